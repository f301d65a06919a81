/**
 * The generator's command line, callable in-process.
 * `npm run data` — generate public/data from data/.
 *   --check     regenerate in memory; fail if there is any problem or the output is stale
 *   --strict    warnings (e.g. an edge quote that names neither endpoint) fail the run
 *   --coverage  list source sentences that mention a known entity but are cited by nothing
 *   --sources D --curation D --out D   override the folders (tests use this)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { uncitedSentences } from './coverage';
import { planOutput, staleFiles, writeOutput } from './emit';
import { generate } from './generate';
import { formatReport, reportFailures } from './layout-report';
import { formatProblem, sortProblems } from './problems';

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export function runCli(
  argv: string[],
  out: (s: string) => void = console.log,
  err: (s: string) => void = console.error,
): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      check: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      coverage: { type: 'boolean', default: false },
      sources: { type: 'string', default: 'data/sources' },
      curation: { type: 'string', default: 'data/curation' },
      out: { type: 'string', default: 'public/data' },
    },
  });
  const dirs = {
    sources: path.resolve(values.sources),
    curation: path.resolve(values.curation),
    out: path.resolve(values.out),
  };
  const result = generate({ sourcesDir: dirs.sources, curationDir: dirs.curation });
  const problems = sortProblems(result.problems);
  for (const p of problems) err(formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (!result.graph || errors > 0 || (values.strict && warnings > 0)) {
    err(
      `data: ${errors} error(s), ${warnings} warning(s)${values.strict && warnings ? ' (--strict)' : ''}; output left unchanged`,
    );
    return 1;
  }
  const graph = result.graph;
  const summary = `${graph.elements.nodes.length} nodes, ${graph.elements.edges.length} edges, ${graph.sources.length} sources, ${problems.length} warning(s)`;

  if (values.coverage) {
    const uncited = uncitedSentences(graph, result.sources, result.reviewed);
    for (const s of graph.sources) {
      const list = uncited.filter((u) => u.sourceId === s.id);
      out(
        `\n${s.id} (${s.shortTitle}): ${list.length} uncited sentence(s) mentioning a known entity`,
      );
      for (const u of list) out(`  line ${u.line} [${u.entities.join(', ')}]: ${u.text}`);
    }
    return 0;
  }

  // The layout report: printed always; under --strict a view over its thresholds fails the run.
  let layoutFailures = 0;
  for (const r of result.layout) {
    const failures = reportFailures(r, r.view.startsWith('full view') ? 'full' : 'story');
    out(`layout: ${formatReport(r)}${failures.length ? '  FAILS' : ''}`);
    if (failures.length) {
      layoutFailures++;
      err(`layout: ${r.view}: ${failures.join(', ')}`);
      for (const d of r.details) err(`  ${d}`);
    }
  }
  if (values.strict && layoutFailures > 0) {
    err(`data: the layout of ${layoutFailures} view(s) fails its thresholds (--strict)`);
    return 1;
  }

  const plan = planOutput(graph, result.sources, dirs);
  if (values.check) {
    const stale = staleFiles(plan, dirs.out);
    if (stale.length) {
      for (const f of stale) err(`${path.relative(process.cwd(), f)}: stale; run npm run data`);
      return 1;
    }
    out(`data: up to date (${summary})`);
    return 0;
  }
  writeOutput(plan, dirs.out);
  out(
    `data: wrote ${path.relative(process.cwd(), path.join(dirs.out, 'graph.json'))} (${summary})`,
  );
  return 0;
}
