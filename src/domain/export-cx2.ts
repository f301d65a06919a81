/**
 * The graph as CX2 (Cytoscape Exchange format, version 2), which NDEx and Cytoscape Web exchange.
 * Pure: a JSON array of aspects. Loaded on demand.
 *
 * The layout follows the CX2 specification: the descriptor, pre-metadata with each aspect's element
 * count, attributeDeclarations typing every attribute used, networkAttributes, nodes (integer ids,
 * `x`/`y`), edges (`s`/`t` node ids), and the final status. Evidence travels as list attributes,
 * one entry per quote, and as NDEx's `citation` attribute (`doi:…` or the source's URL).
 */
import { edgeSentence, indexGraph, type GraphIndex } from './graph-index';
import { citationId } from './export-fields';
import type { Graph, GraphEdge, GraphEvidence, GraphNode } from './schema';

/** The attribute data types CX2 allows. */
export const CX2_TYPES = [
  'string',
  'long',
  'integer',
  'double',
  'boolean',
  'list_of_string',
  'list_of_long',
  'list_of_integer',
  'list_of_double',
  'list_of_boolean',
] as const;
export type Cx2Type = (typeof CX2_TYPES)[number];
export type Cx2Value = string | number | boolean | string[] | number[] | boolean[];
type Values = Record<string, Cx2Value>;

export interface Cx2Node {
  id: number;
  x: number;
  y: number;
  v: Values;
}
export interface Cx2Edge {
  id: number;
  s: number;
  t: number;
  v: Values;
}
type Declarations = Record<string, { d: Cx2Type }>;
export type Cx2Aspect =
  | { CXVersion: string; hasFragments: boolean }
  | { metaData: Array<{ name: string; elementCount: number }> }
  | {
      attributeDeclarations: Array<{
        networkAttributes: Declarations;
        nodes: Declarations;
        edges: Declarations;
      }>;
    }
  | { networkAttributes: Values[] }
  | { nodes: Cx2Node[] }
  | { edges: Cx2Edge[] }
  | { status: Array<{ error: string; success: boolean }> };

// Every attribute the export may write, with its CX2 type. Only those used are declared.
const NETWORK_TYPES: Record<string, Cx2Type> = {
  name: 'string',
  description: 'string',
  version: 'string',
  sources: 'list_of_string',
  citation: 'list_of_string',
};
const EVIDENCE_TYPES: Record<string, Cx2Type> = {
  element_id: 'string',
  hypotheses: 'list_of_string',
  branches: 'list_of_string',
  citation: 'list_of_string',
  evidence_quotes: 'list_of_string',
  evidence_sources: 'list_of_string',
  evidence_citations: 'list_of_string',
  evidence_start: 'list_of_integer',
  evidence_end: 'list_of_integer',
  evidence_certainty: 'list_of_string',
  evidence_hedges: 'list_of_string',
  certainty: 'string',
  source_count: 'integer',
};
const NODE_TYPES: Record<string, Cx2Type> = {
  name: 'string',
  kind: 'string',
  description: 'string',
  synonyms: 'list_of_string',
  facts: 'list_of_string',
  ...EVIDENCE_TYPES,
};
const EDGE_TYPES: Record<string, Cx2Type> = {
  name: 'string',
  interaction: 'string',
  inference: 'string',
  ...EVIDENCE_TYPES,
};

/** The evidence of one element as parallel lists, one entry per quote, plus its citations. */
function evidenceValues(index: GraphIndex, evidence: GraphEvidence[]): Values {
  const v: Values = {
    citation: [
      ...new Set(
        evidence
          .map((e) => citationId(index.sources.get(e.sourceId)))
          .filter((c): c is string => !!c),
      ),
    ],
    evidence_quotes: evidence.map((e) => e.quote),
    evidence_sources: evidence.map((e) => e.sourceId),
    evidence_citations: evidence.map((e) => index.sources.get(e.sourceId)?.citation ?? e.sourceId),
    evidence_start: evidence.map((e) => e.start),
    evidence_end: evidence.map((e) => e.end),
  };
  if (evidence.some((e) => e.certainty)) {
    v.evidence_certainty = evidence.map((e) => e.certainty ?? '');
    // One entry per quote: its hedging words joined, empty when it has none.
    v.evidence_hedges = evidence.map((e) => (e.hedges ?? []).join(', '));
  }
  return v;
}

function certaintyValues(el: GraphNode | GraphEdge): Values {
  const { certainty, sourceCount } = el.data;
  return {
    ...(certainty ? { certainty } : {}),
    ...(typeof sourceCount === 'number' ? { source_count: sourceCount } : {}),
  };
}

function declare(types: Record<string, Cx2Type>, rows: Values[]): Declarations {
  const used = new Set(rows.flatMap((r) => Object.keys(r)));
  return Object.fromEntries(
    Object.entries(types)
      .filter(([k]) => used.has(k))
      .map(([k, d]) => [k, { d }]),
  );
}

/** The graph as a CX2 network: a JSON array of aspects. */
export function toCx2(graph: Graph): Cx2Aspect[] {
  const index = indexGraph(graph);
  const nodeIds = new Map(graph.elements.nodes.map((n, i) => [n.data.id as string, i]));

  const nodes: Cx2Node[] = graph.elements.nodes.map((n, i) => ({
    id: i,
    x: n.position.x,
    y: n.position.y,
    v: {
      name: n.data.label,
      element_id: n.data.id,
      kind: n.data.kind,
      description: n.data.description,
      synonyms: n.data.synonyms,
      hypotheses: n.data.hypotheses,
      branches: n.data.branches,
      facts: n.data.facts.map((f) => `${f.label}: ${f.value}`),
      ...certaintyValues(n),
      ...evidenceValues(index, n.data.evidence),
    },
  }));

  const edges: Cx2Edge[] = graph.elements.edges.map((e, i) => {
    const s = nodeIds.get(e.data.source);
    const t = nodeIds.get(e.data.target);
    if (s === undefined || t === undefined) {
      throw new Error(`edge ${e.data.id} points at a node that is not in the graph`);
    }
    const { inference } = e.data;
    return {
      id: i,
      s,
      t,
      v: {
        name: edgeSentence(index, e.data),
        element_id: e.data.id,
        interaction: e.data.relation,
        hypotheses: e.data.hypotheses,
        branches: e.data.branches,
        ...(inference ? { inference } : {}),
        ...certaintyValues(e),
        ...evidenceValues(index, e.data.evidence),
      },
    };
  });

  const network: Values = {
    name: 'Ketamine antidepressant mechanisms',
    description:
      "Ketamine's antidepressant signaling cascade. Every node and edge quotes, word for word, the passages of its sources (attributes evidence_quotes, evidence_sources, evidence_citations).",
    version: graph.format,
    sources: graph.sources.map((s) => s.citation),
    citation: graph.sources.map((s) => citationId(s)).filter((c): c is string => !!c),
  };

  const declarations = {
    networkAttributes: declare(NETWORK_TYPES, [network]),
    nodes: declare(
      NODE_TYPES,
      nodes.map((n) => n.v),
    ),
    edges: declare(
      EDGE_TYPES,
      edges.map((e) => e.v),
    ),
  };

  return [
    { CXVersion: '2.0', hasFragments: false },
    {
      metaData: [
        { name: 'attributeDeclarations', elementCount: 1 },
        { name: 'networkAttributes', elementCount: 1 },
        { name: 'nodes', elementCount: nodes.length },
        { name: 'edges', elementCount: edges.length },
      ],
    },
    { attributeDeclarations: [declarations] },
    { networkAttributes: [network] },
    { nodes },
    { edges },
    { status: [{ error: '', success: true }] },
  ];
}
