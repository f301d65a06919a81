/**
 * Self-test questions generated from graph.json alone: no question text is written by hand.
 * Five kinds: what comes next (a causal arrow's target), which way (the net effect of ketamine
 * on a node at one dose), how sure (an arrow's certainty), which source (who says a passage) and
 * which branch (the dose an arrow belongs to). Every question has exactly one correct option
 * according to the graph, no distractor is also correct, and every answer cites at least one
 * evidence item. A question the graph cannot answer unambiguously is not generated.
 *
 * "Which way" and "how sure" read the format-2 fields of decision 004 (`netEffects`,
 * `certainty`, evidence `certainty`/`hedges`) when they are present and yield nothing otherwise.
 */
import { RELATION_PHRASES } from './graph-index';
import { ANY_DOSE, DOSE_TOUR } from './ids';
import type { Graph, GraphEdgeData, GraphEvidence, GraphNodeData } from './schema';
import { normalize } from './text';
import { arrowSentence } from './wording';

// ---------------------------------------------------------------------------------------------
// The graph's format-2 fields (decision 004). A graph stripped of them (tests do that) yields no
// "which way" or "how sure" questions: the code reads them defensively.
// ---------------------------------------------------------------------------------------------

export type EvidenceCertainty = GraphEvidence['certainty'];
export type ElementCertainty = GraphNodeData['certainty'];
export type NetEffect = GraphNodeData['netEffects'][number];
export type NetSign = NetEffect['sign'];
export type QuizEvidence = GraphEvidence;
export type QuizNodeData = GraphNodeData;
export type QuizEdgeData = GraphEdgeData;
export type QuizGraph = Graph;

// ---------------------------------------------------------------------------------------------
// Questions
// ---------------------------------------------------------------------------------------------

export const QUIZ_KINDS = [
  'next',
  'which-way',
  'how-sure',
  'which-source',
  'which-branch',
] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];

export interface QuizOption {
  /** A node id, a source id, or one of the fixed answers (`up`, `established`, `both`, ...). */
  id: string;
  label: string;
}

export interface QuizQuestion {
  /** Stable across seeds: `<kind>:<element id>[:<branch or evidence index>]`. */
  id: string;
  kind: QuizKind;
  prompt: string;
  /** The passage asked about (which source). */
  passage?: string;
  options: QuizOption[];
  /** The id of the one correct option. */
  answer: string;
  /** Why the answer is right, in one sentence built from the graph. */
  explanation: string;
  /** The quotes that decide the answer: at least one. */
  evidence: QuizEvidence[];
  /** What the canvas highlights while the question is asked: the element, then its context (empty: nothing). */
  ask: string[];
  /** What the canvas highlights once it is answered: the element first, then its context. */
  reveal: string[];
  /** Node ids whose labels the canvas hides until the question is answered. */
  hiddenLabels: string[];
}

export interface Quiz {
  scope: string;
  label: string;
  seed: number;
  questions: QuizQuestion[];
}

/** How many questions a quiz asks at most. */
export const QUIZ_LENGTH = 10;
const MAX_OPTIONS = 4;
const MIN_OPTIONS = 3;
/** A shorter passage could stand in more than one source by chance. */
const MIN_PASSAGE = 40;
const MAX_CITED = 3;

/** Relations along which a signal flows: the others do not make a "next step". */
const CAUSAL = new Set(['increases', 'decreases', 'blocks', 'acts-on', 'metabolized-to']);
const SIGNED: Record<string, 1 | -1> = { increases: 1, decreases: -1, blocks: -1 };

const CERTAINTY_OPTIONS: QuizOption[] = [
  { id: 'established', label: 'A source states it plainly' },
  { id: 'hypothesised', label: 'The sources only hypothesise it (they hedge)' },
  { id: 'debated', label: 'A source disputes it' },
];
const EVIDENCE_FOR: Record<ElementCertainty, EvidenceCertainty> = {
  established: 'stated',
  hypothesised: 'hedged',
  debated: 'disputes',
};
const SIGN_OPTIONS: QuizOption[] = [
  { id: 'up', label: 'Up: it increases' },
  { id: 'down', label: 'Down: it decreases' },
];

/** Quiz scopes a link may name: one per hypothesis, plus the dose branches. */
export function quizScopes(graph: Pick<Graph, 'hypotheses'>): string[] {
  return [...graph.hypotheses.map((h) => h.id as string), DOSE_TOUR];
}

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence, everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

interface Ctx {
  graph: QuizGraph;
  nodes: Map<string, QuizNodeData>;
  out: Map<string, QuizEdgeData[]>;
  /** "Subanesthetic", "High-dose": the branch label without its parenthesis. */
  branchLabel: (id: string) => string;
  /** "a subanesthetic dose", "a high dose". */
  dose: (id: string) => string;
  label: (id: string) => string;
}

function context(graph: QuizGraph): Ctx {
  const nodes = new Map(graph.elements.nodes.map((n) => [n.data.id as string, n.data]));
  const out = new Map<string, QuizEdgeData[]>();
  for (const { data: e } of graph.elements.edges)
    out.set(e.source, [...(out.get(e.source) ?? []), e]);
  const branchLabel = (id: string) =>
    graph.branches.find((b) => b.id === id)?.label.replace(/\s*\(.*\)\s*$/, '') ?? id;
  return {
    graph,
    nodes,
    out,
    label: (id) => nodes.get(id)?.label ?? id,
    branchLabel,
    dose: (id) =>
      `a ${branchLabel(id)
        .toLowerCase()
        .replace(/-dose$/, '')} dose`,
  };
}

/** The scope's label: a hypothesis' label, or the dose comparison. */
function scopeLabel(graph: QuizGraph, scope: string): string | null {
  if (scope === DOSE_TOUR) return 'Where the doses part ways';
  return graph.hypotheses.find((h) => h.id === scope)?.label ?? null;
}

/** Edges in a scope: a hypothesis' edges, or (dose-branches) every edge with a dose branch. */
function scopeEdges(ctx: Ctx, scope: string): QuizEdgeData[] {
  return ctx.graph.elements.edges
    .map((e) => e.data)
    .filter((e) =>
      scope === DOSE_TOUR ? e.branches.length > 0 : (e.hypotheses as string[]).includes(scope),
    );
}

function scopeNodes(ctx: Ctx, scope: string): QuizNodeData[] {
  return ctx.graph.elements.nodes
    .map((n) => n.data)
    .filter((n) =>
      scope === DOSE_TOUR ? n.branches.length > 0 : (n.hypotheses as string[]).includes(scope),
    );
}

/** Every node reachable from `from` along arrows of any relation (its direct and later steps). */
function downstream(ctx: Ctx, from: string): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length) {
    const id = queue.shift() as string;
    for (const e of ctx.out.get(id) ?? []) {
      if (!seen.has(e.target)) {
        seen.add(e.target);
        queue.push(e.target);
      }
    }
  }
  return seen;
}

const cite = (items: QuizEvidence[]) => items.slice(0, MAX_CITED);

/**
 * "What comes next": the target of a causal arrow in the scope. Distractors are nodes the source
 * node does not reach by any arrow, directly or later, preferring nodes of the same story.
 */
function nextQuestions(
  ctx: Ctx,
  scope: string,
  scopeName: string,
  random: () => number,
): QuizQuestion[] {
  const out: QuizQuestion[] = [];
  const inScope = scopeNodes(ctx, scope).map((n) => n.id as string);
  const all = [...ctx.nodes.keys()];
  for (const e of scopeEdges(ctx, scope)) {
    if (!CAUSAL.has(e.relation) || e.source === e.target) continue;
    const reached = downstream(ctx, e.source);
    const wrong = (id: string) => id !== e.source && !reached.has(id);
    const pool = [
      ...shuffle(inScope.filter(wrong), random),
      ...shuffle(
        all.filter((id) => wrong(id) && !inScope.includes(id)),
        random,
      ),
    ];
    const distractors = pool.slice(0, MAX_OPTIONS - 1);
    if (distractors.length < MIN_OPTIONS - 1) continue;
    const where =
      scope === DOSE_TOUR
        ? e.branches.length > 1
          ? 'At either dose'
          : `At ${ctx.dose(e.branches[0] as string)}`
        : `In the ${scopeName} story`;
    out.push({
      id: `next:${e.id}`,
      kind: 'next',
      prompt: `${where}, which of these comes directly after ${ctx.label(e.source)}?`,
      options: [e.target as string, ...distractors].map((id) => ({ id, label: ctx.label(id) })),
      answer: e.target,
      explanation: `${arrowWords(ctx, e)}.`,
      evidence: cite(e.evidence),
      ask: [e.source, e.id, e.target],
      reveal: [e.id, e.source, e.target],
      hiddenLabels: [e.target],
    });
  }
  return out;
}

/**
 * The arrow as the panel says it (`edgeSentence`): its curated verb, "may" when no source states
 * it plainly, "activity" on a receptor's effect (review 3, #5: the quiz had the bare relation).
 */
function arrowWords(ctx: Ctx, e: QuizEdgeData): string {
  const s = ctx.nodes.get(e.source);
  const t = ctx.nodes.get(e.target);
  if (!s || !t)
    return `${ctx.label(e.source)} ${RELATION_PHRASES[e.relation]} ${ctx.label(e.target)}`;
  return arrowSentence(e.relation, s, t, e.certainty, e.evidence, e.verb);
}

/** The signed arrow from `a` to `b` on `branch` (or on no branch): the arrow a net-effect path takes. */
function pathEdge(ctx: Ctx, a: string, b: string, branch: string): QuizEdgeData | undefined {
  const candidates = (ctx.out.get(a) ?? []).filter((e) => e.target === b && e.relation in SIGNED);
  return (
    candidates.find((e) => (e.branches as string[]).includes(branch)) ??
    candidates.find((e) => e.branches.length === 0)
  );
}

/** "Which way": a node's net effect under ketamine on one branch, when it is up or down (not mixed). */
function whichWayQuestions(ctx: Ctx, scope: string): QuizQuestion[] {
  const out: QuizQuestion[] = [];
  for (const n of scopeNodes(ctx, scope)) {
    for (const effect of n.netEffects ?? []) {
      // A dose-free net effect (a node on no dose branch) has no dose to ask "at which dose" about.
      if (effect.branch === ANY_DOSE) continue;
      if (effect.sign === 'mixed' || effect.path.length < 2) continue;
      if (scope !== DOSE_TOUR && !(n.branches as string[]).includes(effect.branch)) continue;
      const edges: QuizEdgeData[] = [];
      for (let i = 0; i + 1 < effect.path.length; i++) {
        const e = pathEdge(
          ctx,
          effect.path[i] as string,
          effect.path[i + 1] as string,
          effect.branch,
        );
        if (e) edges.push(e);
      }
      // The path must be made of signed arrows the graph has, else the answer is not checkable.
      if (edges.length !== effect.path.length - 1) continue;
      const sign = edges.reduce((s, e) => s * (SIGNED[e.relation] ?? 1), 1);
      if ((sign > 0 ? 'up' : 'down') !== effect.sign) continue;
      const steps = edges.map((e) => `${ctx.label(e.source)} ${e.relation} ${ctx.label(e.target)}`);
      out.push({
        id: `which-way:${n.id}:${effect.branch}`,
        kind: 'which-way',
        // A net effect every path of which passes a hedged or debated arrow is asked as what the
        // arrows imply, never as a finding (curator review 2, #4).
        prompt: effect.hedged
          ? `With ketamine at ${ctx.dose(effect.branch)}, which way would ${n.label} go if the arrows the sources only hedge or dispute hold?`
          : `With ketamine at ${ctx.dose(effect.branch)}, does ${n.label} go up or down?`,
        options: SIGN_OPTIONS,
        answer: effect.sign,
        explanation: effect.hedged
          ? `${steps.join('; ')}: ${n.label} may go ${effect.sign} (every path passes an arrow the sources only hedge or dispute).`
          : `${steps.join('; ')}: ${n.label} goes ${effect.sign}.`,
        // One quote per arrow of the path: each decides one sign of the product.
        evidence: edges.map((e) => e.evidence[0] as QuizEvidence),
        ask: [n.id],
        reveal: [n.id, ...effect.path, ...edges.map((e) => e.id as string)],
        hiddenLabels: [],
      });
    }
  }
  return out;
}

/** "How sure": an arrow's certainty, decided by the evidence items that carry it. */
function howSureQuestions(ctx: Ctx, scope: string): QuizQuestion[] {
  const out: QuizQuestion[] = [];
  for (const e of scopeEdges(ctx, scope)) {
    if (!e.certainty) continue;
    const deciding = e.evidence.filter((ev) => ev.certainty === EVIDENCE_FOR[e.certainty!]);
    if (deciding.length === 0) continue;
    const sentence = arrowWords(ctx, e);
    const hedges = [...new Set(deciding.flatMap((ev) => ev.hedges ?? []))];
    const why: Record<ElementCertainty, string> = {
      established: 'at least one source states it without hedging, and none disputes it',
      hypothesised: `every source hedges it${hedges.length ? ` (${hedges.map((h) => `“${h}”`).join(', ')})` : ''}`,
      debated: 'a source disputes it',
    };
    out.push({
      id: `how-sure:${e.id}`,
      kind: 'how-sure',
      prompt: `How firmly do the sources back the arrow “${sentence}”?`,
      options: CERTAINTY_OPTIONS,
      answer: e.certainty,
      explanation: `${sentence}: ${why[e.certainty]}.`,
      evidence: cite(deciding),
      ask: [e.id],
      reveal: [e.id, e.source, e.target],
      hiddenLabels: [],
    });
  }
  return out;
}

/**
 * "Which source": who says a passage. Asked only for a passage of at least 40 characters that no
 * other source's evidence also quotes; distractors are the other sources.
 */
function whichSourceQuestions(ctx: Ctx, scope: string, random: () => number): QuizQuestion[] {
  const out: QuizQuestion[] = [];
  const quotedBy = new Map<string, Set<string>>();
  const everyItem: QuizEvidence[] = [
    ...ctx.graph.hypotheses.flatMap((h) => h.evidence),
    ...ctx.graph.branches.flatMap((b) => b.evidence),
    ...ctx.graph.elements.nodes.flatMap((n) => [
      ...n.data.evidence,
      ...n.data.facts.flatMap((f) => f.evidence),
    ]),
    ...ctx.graph.elements.edges.flatMap((e) => e.data.evidence),
  ];
  for (const ev of everyItem) {
    const key = normalize(ev.quote).toLowerCase();
    quotedBy.set(key, new Set([...(quotedBy.get(key) ?? []), ev.sourceId]));
  }
  const quotedElsewhere = (ev: QuizEvidence) => {
    const key = normalize(ev.quote).toLowerCase();
    for (const [other, sources] of quotedBy)
      if (
        (other.includes(key) || key.includes(other)) &&
        [...sources].some((s) => s !== ev.sourceId)
      )
        return true;
    return false;
  };
  const elements: (QuizNodeData | QuizEdgeData)[] = [
    ...scopeNodes(ctx, scope),
    ...scopeEdges(ctx, scope),
  ];
  for (const el of elements) {
    const i = el.evidence.findIndex((ev) => ev.quote.length >= MIN_PASSAGE && !quotedElsewhere(ev));
    const ev = el.evidence[i];
    if (!ev) continue;
    const others = ctx.graph.sources.filter((s) => s.id !== ev.sourceId).map((s) => s.id as string);
    const distractors = shuffle(others, random).slice(0, MAX_OPTIONS - 1);
    if (distractors.length < MIN_OPTIONS - 1) continue;
    const title = (id: string) => ctx.graph.sources.find((s) => s.id === id)?.shortTitle ?? id;
    out.push({
      id: `which-source:${el.id}:${i}`,
      kind: 'which-source',
      prompt: 'Which of these sources says this passage?',
      passage: ev.quote,
      options: [ev.sourceId as string, ...distractors].map((id) => ({ id, label: title(id) })),
      answer: ev.sourceId,
      explanation: `${title(ev.sourceId)} says it, about ${'relation' in el ? `the arrow ${ctx.label(el.source)} → ${ctx.label(el.target)}` : el.label}.`,
      evidence: [ev],
      ask: [],
      reveal: 'relation' in el ? [el.id, el.source, el.target] : [el.id],
      hiddenLabels: [],
    });
  }
  return out;
}

/** "Which branch": the dose an arrow belongs to. Arrows tied to no dose are not asked about. */
function whichBranchQuestions(ctx: Ctx, scope: string): QuizQuestion[] {
  const out: QuizQuestion[] = [];
  const [first, second] = ctx.graph.branches.map((b) => b.id as string);
  if (!first || !second) return out;
  const options: QuizOption[] = [
    { id: first, label: ctx.branchLabel(first) },
    { id: second, label: ctx.branchLabel(second) },
    { id: 'both', label: 'Both doses' },
  ];
  for (const e of scopeEdges(ctx, scope)) {
    if (!CAUSAL.has(e.relation) || e.branches.length === 0) continue;
    const answer = e.branches.length === 2 ? 'both' : (e.branches[0] as string);
    const sentence = arrowWords(ctx, e);
    out.push({
      id: `which-branch:${e.id}`,
      kind: 'which-branch',
      prompt: `At which dose of ketamine do the sources describe “${sentence}”?`,
      options,
      answer,
      explanation: `In the graph, “${sentence}” belongs to ${answer === 'both' ? 'both dose branches' : `the ${ctx.branchLabel(answer).toLowerCase()} branch`}.`,
      evidence: cite(e.evidence),
      ask: [],
      reveal: [e.id, e.source, e.target],
      hiddenLabels: [],
    });
  }
  return out;
}

/**
 * Every question a scope yields, in a fixed order (kind, then graph order). Which-source
 * distractors are drawn with `seed`; nothing else depends on it.
 */
export function generateQuestions(graph: QuizGraph, scope: string, seed = 1): QuizQuestion[] {
  const name = scopeLabel(graph, scope);
  if (name === null) return [];
  const ctx = context(graph);
  return [
    ...nextQuestions(ctx, scope, name, seededRandom(seed ^ 0x2545f491)),
    ...whichWayQuestions(ctx, scope),
    ...howSureQuestions(ctx, scope),
    ...whichSourceQuestions(ctx, scope, seededRandom(seed ^ 0x5f3759df)),
    ...whichBranchQuestions(ctx, scope),
  ];
}

/**
 * A quiz of up to `length` questions for a scope (a hypothesis id or `dose-branches`), in an
 * order fixed by `seed`: the kinds take turns, each kind's questions and every question's options
 * shuffled. Null for an unknown scope.
 */
export function buildQuiz(
  graph: QuizGraph,
  scope: string,
  seed: number,
  length = QUIZ_LENGTH,
): Quiz | null {
  const label = scopeLabel(graph, scope);
  if (label === null) return null;
  const random = seededRandom(seed);
  const all = generateQuestions(graph, scope, seed);
  const byKind = shuffle(QUIZ_KINDS, random).map((kind) =>
    shuffle(
      all.filter((q) => q.kind === kind),
      random,
    ),
  );
  const picked: QuizQuestion[] = [];
  for (let round = 0; picked.length < length && byKind.some((l) => l.length > round); round++)
    for (const list of byKind) {
      const q = list[round];
      if (q && picked.length < length) picked.push(q);
    }
  const questions = picked.map((q) =>
    q.kind === 'next' || q.kind === 'which-source'
      ? { ...q, options: shuffle(q.options, random) }
      : q,
  );
  return { scope, label, seed, questions };
}
