import { describe, expect, it } from 'vitest';
import { judgeAudit } from '../../scripts/audit.mjs';

// Shapes of `npm audit --omit=dev --json` (npm 11): a report, and the error a registry without
// the audit endpoint gives.
const report = (counts: Record<string, number>, vulnerabilities: Record<string, unknown> = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts },
    },
  });

describe('npm audit gate', () => {
  it('passes a report without high or critical advisories, and says what it found', () => {
    expect(judgeAudit(report({ moderate: 1 }))).toEqual({
      status: 'clean',
      text: '0 critical, 0 high, 1 moderate, 0 low in production dependencies',
    });
  });

  it('fails on a high or critical advisory and names the package', () => {
    const r = judgeAudit(
      report({ critical: 1 }, { cytoscape: { name: 'cytoscape', severity: 'critical' } }),
    );
    expect(r.status).toBe('vulnerable');
    expect(r.text).toContain('cytoscape (critical)');
  });

  it('reports an unanswered audit as not run, never as clean', () => {
    const refused = JSON.stringify({
      message:
        '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    });
    expect(judgeAudit(refused)).toEqual({
      status: 'unavailable',
      text: 'the registry did not answer the audit (HTTP 405 from https://registry.npmjs.org/-/npm/v1/security/advisories/bulk)',
    });
    expect(judgeAudit('npm error code ENOTFOUND').status).toBe('unavailable');
  });
});
