/**
 * Lays out the full graph and every story view (each hypothesis and each dose branch alone), sizes
 * every box to its label, and measures each view (the layout report).
 */
import { allFilters, DOSES, visibleElements, type Dose } from '../domain/filter';
import { KIND_SHAPE } from '../domain/layout-constants';
import type { Point } from '../domain/routes';
import type { Graph, GraphRoute, GraphView } from '../domain/schema';
import { labelBox } from './label-metrics';
import { layoutGraph, type Layout, type LayoutEdge, type LayoutNode } from './layout';
import { layoutReport, type LayoutReport } from './layout-report';

/** Network-simplex node placement measures best but grows steeply; big graphs use Brandes–Köpf. */
const BIG_GRAPH = 250;

function run(nodes: LayoutNode[], edges: LayoutEdge[]): Layout {
  return layoutGraph(
    nodes,
    edges,
    nodes.length > BIG_GRAPH ? { 'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF' } : {},
  );
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
export function layOutGraph(graph: Graph): { graph: Graph; reports: LayoutReport[] } {
  const nodes = graph.elements.nodes.map((n) => {
    const box = labelBox(n.data.label, KIND_SHAPE[n.data.kind]);
    return { ...n, data: { ...n.data, width: box.width, height: box.height } };
  });
  const layoutNodes = (ids?: Set<string>): LayoutNode[] =>
    nodes
      .filter((n) => !ids || ids.has(n.data.id))
      .map((n) => ({ id: n.data.id, kind: n.data.kind, width: n.data.width, height: n.data.height }));
  const layoutEdges = (ids?: Set<string>): LayoutEdge[] =>
    graph.elements.edges
      .filter((e) => !ids || ids.has(e.data.id))
      .map((e) => e.data);

  const full = run(layoutNodes(), layoutEdges());
  const out: Graph = {
    ...graph,
    elements: {
      nodes: nodes.map((n) => ({ ...n, position: full.nodes.get(n.data.id) ?? { x: 0, y: 0 } })),
      edges: graph.elements.edges.map((e) => ({
        data: { ...e.data, ...full.edges.get(e.data.id)! },
      })),
    },
  };

  const reports = [
    measure(
      'full view',
      out,
      new Set(nodes.map((n) => n.data.id)),
      new Set(graph.elements.edges.map((e) => e.data.id)),
      (id) => full.nodes.get(id)!,
      (id) => full.edges.get(id)!,
    ),
  ];

  // A story view shows exactly what the filters show for that one hypothesis or dose branch.
  const everything = allFilters(out);
  const wanted: Array<{ id: string; kind: GraphView['kind']; visible: ReturnType<typeof visibleElements> }> = [
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
    const l = run(layoutNodes(w.visible.nodes), layoutEdges(w.visible.edges));
    const view: GraphView = {
      id: w.id,
      kind: w.kind,
      nodes: Object.fromEntries([...l.nodes].sort(([a], [b]) => a.localeCompare(b))),
      edges: Object.fromEntries([...l.edges].sort(([a], [b]) => a.localeCompare(b))),
    };
    views.push(view);
    reports.push(
      measure(
        `${w.kind} ${w.id}`,
        out,
        w.visible.nodes,
        w.visible.edges,
        (id) => l.nodes.get(id)!,
        (id) => l.edges.get(id)!,
      ),
    );
  }
  return { graph: { ...out, views }, reports };
}
