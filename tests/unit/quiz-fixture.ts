/**
 * A fixture for the quiz's format-2 questions: the real graph.json plus the decision-004 fields
 * (evidence certainty and hedges, element certainty, node netEffects) that issue 12's generator
 * will compute. Computed here by simple rules, for tests only: hedging words found in the quote
 * mark it hedged, and one evidence item (`DISPUTED_EDGE`'s last) is marked as disputing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Graph } from '../../src/domain/schema';
import type { ElementCertainty, NetEffect, QuizEvidence, QuizGraph } from '../../src/domain/quiz';

export const ROOT = path.resolve(__dirname, '../..');
export const realGraph = (): Graph =>
  JSON.parse(readFileSync(path.join(ROOT, 'public/data/graph.json'), 'utf8')) as Graph;

const HEDGES = /\b(may|might|could|hypothes[a-z]*|suggest[a-z]*|possibl[a-z]*|thought)\b/gi;
const SIGN: Record<string, number> = { increases: 1, decreases: -1, blocks: -1 };
/** An edge with two sources whose last evidence item the fixture marks as disputing. */
export const DISPUTED_EDGE = 'ketamine-increases-dissociation';

function withCertainty(items: QuizEvidence[], disputeLast = false): QuizEvidence[] {
  return items.map((ev, i) => {
    if (disputeLast && i === items.length - 1 && items.length > 1)
      return { ...ev, certainty: 'disputes', hedges: [] };
    const hedges = [...new Set(ev.quote.match(HEDGES) ?? [])];
    return { ...ev, certainty: hedges.length ? 'hedged' : 'stated', hedges };
  });
}

function certaintyOf(items: QuizEvidence[]): ElementCertainty {
  if (items.some((e) => e.certainty === 'disputes')) return 'debated';
  if (items.some((e) => e.certainty === 'stated')) return 'established';
  return 'hypothesised';
}

/** Net effect of ketamine on every node it reaches along signed arrows of a branch. */
function netEffects(graph: Graph): Map<string, NetEffect[]> {
  const out = new Map<string, NetEffect[]>();
  for (const { id: branch } of graph.branches) {
    const edges = graph.elements.edges
      .map((e) => e.data)
      .filter(
        (e) =>
          e.relation in SIGN &&
          (e.branches.length === 0 || (e.branches as string[]).includes(branch)),
      );
    const signs = new Map<string, Set<number>>();
    const firstPath = new Map<string, string[]>();
    const walk = (at: string, sign: number, pathSoFar: string[]) => {
      for (const e of edges.filter((x) => x.source === at)) {
        if (pathSoFar.includes(e.target)) continue;
        const s = sign * (SIGN[e.relation] as number);
        const p = [...pathSoFar, e.target];
        signs.set(e.target, new Set([...(signs.get(e.target) ?? []), s]));
        if (!firstPath.has(e.target) || (firstPath.get(e.target) as string[]).length > p.length)
          firstPath.set(e.target, p);
        walk(e.target, s, p);
      }
    };
    walk('ketamine', 1, ['ketamine']);
    for (const [node, set] of signs) {
      const sign = set.size > 1 ? 'mixed' : set.has(1) ? 'up' : 'down';
      out.set(node, [
        ...(out.get(node) ?? []),
        { branch, sign, hedged: false, path: firstPath.get(node) as NetEffect['path'] },
      ]);
    }
  }
  return out;
}

/** The real graph with the decision-004 certainty and net-effect fields added. */
export function formatTwoGraph(): QuizGraph {
  const graph = realGraph();
  const effects = netEffects(graph);
  return {
    ...graph,
    elements: {
      nodes: graph.elements.nodes.map((n) => {
        const evidence = withCertainty(n.data.evidence);
        return {
          ...n,
          data: {
            ...n.data,
            evidence,
            certainty: certaintyOf(evidence),
            netEffects: effects.get(n.data.id) ?? [],
          },
        };
      }),
      edges: graph.elements.edges.map((e) => {
        const evidence = withCertainty(e.data.evidence, e.data.id === DISPUTED_EDGE);
        return { ...e, data: { ...e.data, evidence, certainty: certaintyOf(evidence) } };
      }),
    },
  };
}

/** The real graph without certainty and net effects (as format 1 has it, whatever graph.json holds). */
export function formatOneGraph(): QuizGraph {
  const graph = realGraph() as QuizGraph;
  const FORMAT_TWO = new Set(['certainty', 'hedges', 'netEffects']);
  const plain = <T extends object>(x: T): T =>
    Object.fromEntries(Object.entries(x).filter(([k]) => !FORMAT_TWO.has(k))) as T;
  return {
    ...graph,
    elements: {
      nodes: graph.elements.nodes.map((n) => ({
        ...n,
        data: { ...plain(n.data), evidence: n.data.evidence.map(plain) },
      })),
      edges: graph.elements.edges.map((e) => ({
        ...e,
        data: { ...plain(e.data), evidence: e.data.evidence.map(plain) },
      })),
    },
  };
}
