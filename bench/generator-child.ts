// Runs the generator once on a corpus in a fresh process and prints time and peak memory as JSON.
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { allEvidence } from '../src/domain/graph-index';
import { generate } from '../src/pipeline/generate';
import { planOutput } from '../src/pipeline/emit';

const [dir, sourcesDir, curationDir] = process.argv.slice(2) as [string, string?, string?];
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const r = generate({
  sourcesDir: sourcesDir ?? path.join(dir, 'sources'),
  curationDir: curationDir ?? path.join(dir, 'curation'),
});
const t1 = performance.now();
const errors = r.problems.filter((p) => p.severity === 'error');
if (!r.graph || errors.length) {
  console.error(errors.slice(0, 5));
  process.exit(1);
}
const plan = planOutput(r.graph, r.sources, {
  out: path.join(dir, 'out'),
  curation: dir,
  sources: dir,
});
const t2 = performance.now();
process.stdout.write(
  JSON.stringify({
    ms: t2 - t0,
    // CPU time of this process (user + system): on a shared machine, wall time also counts the
    // time other processes held the cores; CPU time does not.
    cpuMs: (({ user, system }) => (user + system) / 1000)(process.cpuUsage(cpu0)),
    generateMs: t1 - t0,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    bytes: plan.reduce((n, f) => n + f.content.length, 0),
    warnings: r.problems.length,
    quotes: allEvidence(r.graph).length,
    nodes: r.graph.elements.nodes.length,
  }),
);
