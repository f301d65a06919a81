/**
 * Lays out the full graph and every story view (each hypothesis and each dose branch alone), sizes
 * every box to its label, and measures each view (the layout report).
 */
import { allFilters, DOSES, visibleElements, type Dose } from '../domain/filter';
import { KIND_SHAPE } from '../domain/layout-constants';
import type { Point } from '../domain/routes';
import type { Graph, GraphRoute, GraphView } from '../domain/schema';
import { labelBox } from './label-metrics';
import {
  BAR_RELATIONS,
  layoutGraph,
  type Layout,
  type LayoutEdge,
  type LayoutNode,
} from './layout';
import { layoutReport, reportFailures, type LayoutReport } from './layout-report';

/** Network-simplex node placement measures best but grows steeply; big graphs use Brandes–Köpf. */
const BIG_GRAPH = 250;
/** Model px between layers in story views (the full view uses ELK_OPTIONS' 24). */
const STORY_LAYER_GAP = Number(process.env.KP_STORY_GAP ?? 36);

/** Layout settings other than the defaults, for measuring alternatives (bench, experiments). */
export interface LayoutSettings {
  wrapWidth?: number;
  options?: Record<string, string>;
}
let settings: LayoutSettings = {};

/**
 * Story views are shown zoomed in, one step at a time: there an arrow between two layers must be
 * long enough to show its head (a ⊣ bar under the source's dose marker was invisible at 24).
 */
const STORY_OPTIONS = { 'elk.layered.spacing.nodeNodeBetweenLayers': String(STORY_LAYER_GAP) };

function run(
  nodes: LayoutNode[],
  edges: LayoutEdge[],
  effectsLast = true,
  kind: 'full' | 'story' = 'full',
): Layout {
  return layoutGraph(nodes, edges, {
    ...(kind === 'story' ? STORY_OPTIONS : {}),
    ...settings.options,
    ...(nodes.length > BIG_GRAPH ? { 'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF' } : {}),
    ...(effectsLast ? {} : { 'kp.effectsLast': 'false' }),
  });
}

/**
 * Lays out with every effect on the last layer (the reading order the class expects); if that
 * costs more crossings than the thresholds allow, measures the layout without that constraint
 * and keeps whichever passes (or fails less).
 */
function runMeasured(
  nodes: LayoutNode[],
  edges: LayoutEdge[],
  kind: 'full' | 'story',
  measureIt: (l: Layout) => LayoutReport,
): { layout: Layout; report: LayoutReport } {
  const first = run(nodes, edges, true, kind);
  const firstReport = measureIt(first);
  if (reportFailures(firstReport, kind).length === 0 || nodes.length > BIG_GRAPH)
    return { layout: first, report: firstReport };
  const second = run(nodes, edges, false, kind);
  const secondReport = measureIt(second);
  const score = (r: LayoutReport) => [reportFailures(r, kind).length, r.crossings];
  const [a1, a2] = score(firstReport);
  const [b1, b2] = score(secondReport);
  return b1! < a1! || (b1 === a1 && b2! < a2!)
    ? {
        layout: second,
        report: { ...secondReport, view: `${secondReport.view} (effects not forced last)` },
      }
    : { layout: first, report: firstReport };
}

function measure(
  name: string,
  graph: Graph,
  nodeIds: Set<string>,
  edgeIds: Set<string>,
  at: (id: string) => Point,
  route: (id: string) => GraphRoute,
): LayoutReport {
  const nodes = graph.elements.nodes
    .filter((n) => nodeIds.has(n.data.id))
    .map((n) => ({
      id: n.data.id,
      label: n.data.label,
      shape: KIND_SHAPE[n.data.kind],
      width: n.data.width,
      height: n.data.height,
      ...at(n.data.id),
    }));
  const edges = graph.elements.edges
    .filter((e) => edgeIds.has(e.data.id))
    .map((e) => {
      const r = route(e.data.id);
      const s = at(e.data.source);
      const t = at(e.data.target);
      return {
        id: e.data.id,
        source: e.data.source,
        target: e.data.target,
        bar: BAR_RELATIONS.has(e.data.relation),
        points: [
          { x: s.x + r.sourceEndpoint[0], y: s.y + r.sourceEndpoint[1] },
          ...r.bends,
          { x: t.x + r.targetEndpoint[0], y: t.y + r.targetEndpoint[1] },
        ],
      };
    });
  return layoutReport(name, nodes, edges);
}

/** Fills in every box size, position, route and story view of `graph`; returns the layout report per view. */
export function layOutGraph(
  graph: Graph,
  with_: LayoutSettings = {},
): { graph: Graph; reports: LayoutReport[] } {
  settings = with_;
  const nodes = graph.elements.nodes.map((n) => {
    const box = labelBox(n.data.label, KIND_SHAPE[n.data.kind], settings.wrapWidth);
    return { ...n, data: { ...n.data, width: box.width, height: box.height } };
  });
  const layoutNodes = (ids?: Set<string>): LayoutNode[] =>
    nodes
      .filter((n) => !ids || ids.has(n.data.id))
      .map((n) => ({
        id: n.data.id,
        kind: n.data.kind,
        width: n.data.width,
        height: n.data.height,
      }));
  const layoutEdges = (ids?: Set<string>): LayoutEdge[] =>
    graph.elements.edges.filter((e) => !ids || ids.has(e.data.id)).map((e) => e.data);

  const allNodeIds = new Set(nodes.map((n) => n.data.id as string));
  const allEdgeIds = new Set(graph.elements.edges.map((e) => e.data.id as string));
  const sized: Graph = { ...graph, elements: { ...graph.elements, nodes } };
  const { layout: full, report: fullReport } = runMeasured(
    layoutNodes(),
    layoutEdges(),
    'full',
    (l) =>
      measure(
        'full view',
        sized,
        allNodeIds,
        allEdgeIds,
        (id) => l.nodes.get(id)!,
        (id) => l.edges.get(id)!,
      ),
  );
  const out: Graph = {
    ...graph,
    elements: {
      nodes: nodes.map((n) => ({ ...n, position: full.nodes.get(n.data.id) ?? { x: 0, y: 0 } })),
      edges: graph.elements.edges.map((e) => ({
        data: { ...e.data, ...full.edges.get(e.data.id)! },
      })),
    },
  };

  const reports = [fullReport];

  // A story view shows exactly what the filters show for that one hypothesis or dose branch.
  const everything = allFilters(out);
  const wanted: Array<{
    id: string;
    kind: GraphView['kind'];
    visible: ReturnType<typeof visibleElements>;
  }> = [
    ...out.hypotheses.map((h) => ({
      id: h.id as string,
      kind: 'hypothesis' as const,
      visible: visibleElements(out, { ...everything, hypotheses: [h.id] }),
    })),
    ...out.branches
      .filter((b) => (DOSES as readonly string[]).includes(b.id))
      .map((b) => ({
        id: b.id as string,
        kind: 'branch' as const,
        visible: visibleElements(out, { ...everything, dose: b.id as Dose }),
      })),
  ];
  const views: GraphView[] = [];
  for (const w of wanted) {
    if (w.visible.nodes.size === 0) continue;
    const { layout: l, report } = runMeasured(
      layoutNodes(w.visible.nodes),
      layoutEdges(w.visible.edges),
      'story',
      (lay) =>
        measure(
          `${w.kind} ${w.id}`,
          out,
          w.visible.nodes,
          w.visible.edges,
          (id) => lay.nodes.get(id)!,
          (id) => lay.edges.get(id)!,
        ),
    );
    const view: GraphView = {
      id: w.id,
      kind: w.kind,
      nodes: Object.fromEntries([...l.nodes].sort(([a], [b]) => a.localeCompare(b))),
      edges: Object.fromEntries([...l.edges].sort(([a], [b]) => a.localeCompare(b))),
    };
    views.push(view);
    reports.push(report);
  }
  return { graph: { ...out, views }, reports };
}
