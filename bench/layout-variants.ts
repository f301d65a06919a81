/**
 * Measures ELK option variants on the real graph with the layout report (all views). Used to
 * choose the shipped options by measurement: `npx tsx bench/layout-variants.ts [name…]`.
 */
import path from 'node:path';
import { generate } from '../src/pipeline/generate';
import { layOutGraph } from '../src/pipeline/lay-out-graph';

const root = path.resolve(import.meta.dirname, '..');
const base = generate({
  sourcesDir: path.join(root, 'data/sources'),
  curationDir: path.join(root, 'data/curation'),
});
if (!base.graph) throw new Error('the generator failed on the real data');

export const VARIANTS: Record<string, Record<string, string>> = {
  shipped: {},
  'merge false': { 'elk.layered.mergeEdges': 'false' },
};
const M = { 'elk.layered.mergeEdges': 'false' };
const add = (name: string, o: Record<string, string>) => (VARIANTS[name] = { ...M, ...o });
for (const v of ['2', '3', '4'])
  add(`mf eeBL ${v}`, { 'elk.layered.spacing.edgeEdgeBetweenLayers': v });
for (const v of ['3', '4']) add(`mf ee ${v}`, { 'elk.spacing.edgeEdge': v });
for (const v of ['16', '20'])
  add(`mf nnBL ${v}`, { 'elk.layered.spacing.nodeNodeBetweenLayers': v });
for (const v of ['4', '6']) add(`mf enBL ${v}`, { 'elk.layered.spacing.edgeNodeBetweenLayers': v });
add('mf thor 100', { 'elk.layered.thoroughness': '100' });
add('mf thor 10', { 'elk.layered.thoroughness': '10' });
add('mf BK', { 'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF' });
add('mf LINEAR_SEGMENTS', { 'elk.layered.nodePlacement.strategy': 'LINEAR_SEGMENTS' });
add('mf unnecessary true', { 'elk.layered.unnecessaryBendpoints': 'true' });
for (const v of ['NODES_AND_EDGES', 'PREFER_EDGES', 'PREFER_NODES'])
  add(`mf modelOrder ${v}`, { 'elk.layered.considerModelOrder.strategy': v });
add('mf greedy ONE_SIDED', { 'elk.layered.crossingMinimization.greedySwitch.type': 'ONE_SIDED' });
add('mf greedy OFF', { 'elk.layered.crossingMinimization.greedySwitch.type': 'OFF' });
add('mf compact', {
  'elk.layered.spacing.edgeEdgeBetweenLayers': '3',
  'elk.layered.spacing.edgeNodeBetweenLayers': '6',
  'elk.layered.spacing.nodeNodeBetweenLayers': '18',
  'elk.spacing.edgeEdge': '4',
});
for (const seed of ['2', '3', '4', '5', '7']) add(`mf seed ${seed}`, { 'elk.randomSeed': seed });

function size(g: NonNullable<typeof base.graph>): string {
  let x1 = Infinity,
    x2 = -Infinity,
    y1 = Infinity,
    y2 = -Infinity;
  for (const n of g.elements.nodes) {
    x1 = Math.min(x1, n.position.x - n.data.width / 2);
    x2 = Math.max(x2, n.position.x + n.data.width / 2);
    y1 = Math.min(y1, n.position.y - n.data.height / 2);
    y2 = Math.max(y2, n.position.y + n.data.height / 2);
  }
  for (const e of g.elements.edges)
    for (const p of e.data.bends) {
      x1 = Math.min(x1, p.x);
      x2 = Math.max(x2, p.x);
      y1 = Math.min(y1, p.y);
      y2 = Math.max(y2, p.y);
    }
  return `${Math.round(x2 - x1)}×${Math.round(y2 - y1)}`;
}
const T = { 'elk.layered.thoroughness': '100' };
const addT = (name: string, o: Record<string, string>) => add(`mf t100 ${name}`, { ...T, ...o });
for (const v of ['EDGE_LENGTH', 'LEFT', 'RIGHT', 'LEFT_RIGHT_CONSTRAINT_LOCKING', 'EDGE_LENGTH'])
  addT(`postCompaction ${v}`, { 'elk.layered.compaction.postCompaction.strategy': v });
addT('highDegree', { 'elk.layered.highDegreeNodes.treatment': 'true' });
for (const v of [
  'LONGEST_PATH',
  'COFFMAN_GRAHAM',
  'MIN_WIDTH',
  'STRETCH_WIDTH',
  'LONGEST_PATH_SOURCE',
])
  addT(`layering ${v}`, { 'elk.layered.layering.strategy': v });
addT('favorStraight false', { 'elk.layered.nodePlacement.favorStraightEdges': 'false' });
for (const v of ['NONE', 'NODE_SIZE', 'PORT_POSITION', 'NODE_SIZE_WHERE_SPACE_PERMITS'])
  addT(`nodeFlexibility ${v}`, {
    'elk.layered.nodePlacement.networkSimplex.nodeFlexibility.default': v,
  });
for (const v of ['120', '140', '160']) addT(`wrap ${v}`, { 'kp.wrap': v });
addT('nn 8', { 'elk.spacing.nodeNode': '8' });
addT('en 4', { 'elk.spacing.edgeNode': '4' });
addT('ee 3', { 'elk.spacing.edgeEdge': '3' });
addT('BK', { 'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF' });
addT('BK balanced', {
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
});
addT('semiInteractive', { 'elk.layered.crossingMinimization.semiInteractive': 'true' });
addT('feedbackEdges', { 'elk.layered.feedbackEdges': 'true' });
for (const m of ['heads', 'sign', 'all']) {
  VARIANTS[`merged, ports ${m}`] = { 'kp.ports': m };
  VARIANTS[`merged t100, ports ${m}`] = { 'kp.ports': m, ...T };
}
const PC = { 'elk.layered.compaction.postCompaction.strategy': 'EDGE_LENGTH' };
for (const w of ['110', '120', '130', '140', '150'])
  for (const extra of [
    ['', {}],
    [' nn8 en4', { 'elk.spacing.nodeNode': '8', 'elk.spacing.edgeNode': '4' }],
  ] as const)
    addT(`pc wrap ${w}${extra[0]}`, { ...PC, 'kp.wrap': w, ...extra[1] });
for (const seed of ['2', '3', '4', '5', '6', '7', '8'])
  addT(`pc wrap 140 seed ${seed}`, { ...PC, 'kp.wrap': '140', 'elk.randomSeed': seed });
addT('pc wrap 140 modelOrder PREFER_NODES', {
  ...PC,
  'kp.wrap': '140',
  'elk.layered.considerModelOrder.strategy': 'PREFER_NODES',
});
const NE = { 'elk.spacing.nodeNode': '8', 'elk.spacing.edgeNode': '4' };
for (const w of ['120', '130'])
  for (const [n, o] of Object.entries({
    eeBL4: { 'elk.layered.spacing.edgeEdgeBetweenLayers': '4' },
    'eeBL4 enBL6': {
      'elk.layered.spacing.edgeEdgeBetweenLayers': '4',
      'elk.layered.spacing.edgeNodeBetweenLayers': '6',
    },
    'eeBL4 enBL6 nnBL16': {
      'elk.layered.spacing.edgeEdgeBetweenLayers': '4',
      'elk.layered.spacing.edgeNodeBetweenLayers': '6',
      'elk.layered.spacing.nodeNodeBetweenLayers': '16',
    },
    'eeBL3 enBL5 nnBL12': {
      'elk.layered.spacing.edgeEdgeBetweenLayers': '3',
      'elk.layered.spacing.edgeNodeBetweenLayers': '5',
      'elk.layered.spacing.nodeNodeBetweenLayers': '12',
    },
    'eeBL5 enBL8 nnBL20 ee4': {
      'elk.layered.spacing.edgeEdgeBetweenLayers': '5',
      'elk.layered.spacing.edgeNodeBetweenLayers': '8',
      'elk.layered.spacing.nodeNodeBetweenLayers': '20',
      'elk.spacing.edgeEdge': '4',
    },
  }))
    addT(`pc nn8 en4 wrap ${w} ${n}`, { ...PC, ...NE, 'kp.wrap': w, ...o });
const BEST = {
  ...M,
  ...T,
  ...PC,
  ...NE,
  'kp.wrap': '120',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '4',
  'elk.layered.spacing.edgeNodeBetweenLayers': '6',
  'elk.layered.spacing.nodeNodeBetweenLayers': '16',
};
VARIANTS['best'] = BEST;
VARIANTS['best ee4'] = { ...BEST, 'elk.spacing.edgeEdge': '4' };
VARIANTS['best ee4 nn6 en3'] = {
  ...BEST,
  'elk.spacing.edgeEdge': '4',
  'elk.spacing.nodeNode': '6',
  'elk.spacing.edgeNode': '3',
};
VARIANTS['best wrap 100'] = { ...BEST, 'kp.wrap': '100' };
for (const seed of ['2', '3', '5', '8', '9', '11'])
  VARIANTS[`best seed ${seed}`] = { ...BEST, 'elk.randomSeed': seed };
VARIANTS['best modelOrder PREFER_NODES'] = {
  ...BEST,
  'elk.layered.considerModelOrder.strategy': 'PREFER_NODES',
};
const which = process.argv.slice(2);
for (const [name, options] of Object.entries(VARIANTS)) {
  if (which.length && !which.includes(name)) continue;
  const t0 = performance.now();
  const { reports, graph } = layOutGraph(base.graph, {
    options,
    ...(options['kp.wrap'] ? { wrapWidth: Number(options['kp.wrap']) } : {}),
  });
  const dims = size(graph);
  const ms = Math.round(performance.now() - t0);
  const full = reports[0]!;
  const stories = reports.slice(1);
  const worst = (k: 'crossings' | 'throughBoxes' | 'overlaps' | 'overflows' | 'sharedEnds') =>
    Math.max(...stories.map((r) => r[k]));
  console.log(
    `| ${name} | ${full.crossings} | ${full.throughBoxes} | ${full.overlaps} | ${full.overflows} | ${full.smallestLabelPx} | ${full.sharedEnds} | ${full.mostEndsAtOnePoint} | ${worst('crossings')} | ${worst('throughBoxes')} | ${worst('overlaps')} | ${Math.min(...stories.map((r) => r.smallestLabelPx))} | ${worst('sharedEnds')} | ${ms} | ${dims} |`,
  );
  if (process.env.DETAILS) for (const r of reports) console.log(r.view, r.details.join('\n  '));
}
