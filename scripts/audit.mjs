#!/usr/bin/env node
/**
 * `npm run audit`: `npm audit --omit=dev`, failing on high or critical advisories. When the
 * registry cannot answer audits (this machine's answers 405), it says so and fails nothing: an
 * unanswered audit is reported as unanswered, never as clean.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Reads `npm audit --json` output: { status: 'clean' | 'vulnerable' | 'unavailable', text }. */
export function judgeAudit(stdout) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { status: 'unavailable', text: 'npm audit printed no JSON report' };
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const why = report?.statusCode
      ? `HTTP ${report.statusCode} from ${report.uri ?? 'the registry'}`
      : (report?.error?.summary ?? report?.message ?? 'no advisory data');
    return { status: 'unavailable', text: `the registry did not answer the audit (${why})` };
  }
  const high = counts.high ?? 0;
  const critical = counts.critical ?? 0;
  const names = Object.values(report.vulnerabilities ?? {})
    .filter((v) => v.severity === 'high' || v.severity === 'critical')
    .map((v) => `${v.name} (${v.severity})`);
  const text = `${critical} critical, ${high} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low in production dependencies`;
  return high + critical > 0
    ? { status: 'vulnerable', text: `${text}: ${names.join(', ')}` }
    : { status: 'clean', text };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const { status, text } = judgeAudit(run.stdout ?? '');
  console.log(`npm audit: ${status === 'unavailable' ? 'NOT RUN' : status}: ${text}`);
  process.exit(status === 'vulnerable' ? 1 : 0);
}
