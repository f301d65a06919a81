/**
 * Guided walkthroughs, built as stories a class can follow. A hypothesis walkthrough walks its
 * cascade from the drug: each step is one node, shown with the arrow that leads to it and one
 * passage; the dose walkthrough walks the shared start, then the two branches side by side.
 *
 * The rules hold by construction, whatever order `tours.yaml` gives:
 * - at most {@link MAX_STEPS} steps, the last a closing step that shows the whole path at once;
 * - the first step is the drug, and the last story step is an effect (steps after it are cut);
 * - two consecutive steps never show the same passage (a step that could only repeat the
 *   previous passage joins the previous step instead).
 */
import type { GraphIndex } from './graph-index';
import { DOSE_TOUR } from './ids';
import { samePassage } from './panel';
import type { GraphEdgeData, GraphEvidence } from './schema';

export { DOSE_TOUR };

/** A walkthrough never has more steps than this, its closing step included. */
export const MAX_STEPS = 12;

export type Lane = 'subanesthetic' | 'high-dose';

export interface TourEntry {
  /** The element the step is about (a node, or an edge where the order names one alone). */
  id: string;
  lane?: Lane;
  /** Elements shown with it: the arrow that leads in, side arrows and merged steps. */
  with: string[];
  /** The one passage shown for this entry. */
  quote: GraphEvidence | null;
}

export interface TourStep {
  entries: TourEntry[];
  /** Every id the canvas highlights at this step. */
  ids: string[];
  /** The closing step: the whole path at once, no new passage. */
  closing?: boolean;
  /** The lecturer's note for this step (presenter's screen only; never evidence). */
  note?: string;
}

export interface Tour {
  id: string;
  label: string;
  steps: TourStep[];
}

const NOT_CAUSAL = new Set(['contrasts-with', 'located-in', 'form-of']);

/** Tour ids a link may name: one per hypothesis, plus the dose comparison. */
export function tourIds(index: GraphIndex): string[] {
  return [...index.graph.hypotheses.map((h) => h.id as string), DOSE_TOUR];
}

/** A story step before its passage is chosen: a main element and what is shown with it. */
interface Stage {
  id: string;
  lane?: Lane;
  with: string[];
}

export function buildTour(index: GraphIndex, id: string): Tour | null {
  if (id === DOSE_TOUR) return doseTour(index);
  const h = index.graph.hypotheses.find((x) => x.id === id);
  if (!h) return null;
  const curated = index.graph.tours?.find((t) => t.id === id);
  const order = curated
    ? curated.steps.filter((s) => index.nodes.has(s) || index.edges.has(s))
    : walk(index, (e) => (e.hypotheses as string[]).includes(id));
  let stages = toStages(index, order);
  const all = unique(stages.flatMap((s) => [s.id, ...s.with]));
  stages = endOnEffect(index, stages);
  if (stages.length > MAX_STEPS - 1) stages = dropSideStages(index, stages);
  const steps = fitSteps(
    index,
    stages.map((s) => [s]),
  );
  steps.push(closingStep(all));
  return { id, label: h.label, steps: withNotes(steps, curated?.notes) };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/**
 * Node-centred stages from an order of node and edge ids: an arrow listed before its target
 * comes with that target; any other arrow comes with the stage of the node it touches.
 */
function toStages(index: GraphIndex, order: string[]): Stage[] {
  const stages: Stage[] = [];
  const at = new Map<string, Stage>();
  const pending = new Map<string, string[]>();
  const orphans: string[] = [];
  for (const id of order) {
    const e = index.edges.get(id);
    if (!e) {
      if (at.has(id)) continue;
      const stage: Stage = { id, with: pending.get(id) ?? [] };
      pending.delete(id);
      stages.push(stage);
      at.set(id, stage);
      continue;
    }
    const target = at.get(e.target);
    const source = at.get(e.source);
    if (!target && order.includes(e.target))
      pending.set(e.target, [...(pending.get(e.target) ?? []), id]);
    else if (target) target.with.push(id);
    else if (source) source.with.push(id);
    else orphans.push(id);
  }
  // An arrow whose ends are never stages of their own: a stage of its own (rare).
  for (const id of [...orphans, ...[...pending.values()].flat()]) {
    const e = index.edges.get(id)!;
    const home = at.get(e.source) ?? at.get(e.target);
    if (home) home.with.push(id);
    else stages.push({ id, with: [] });
  }
  return stages;
}

/** Stages after the last effect are cut: the story ends on the effect. */
function endOnEffect(index: GraphIndex, stages: Stage[]): Stage[] {
  let last = -1;
  stages.forEach((s, i) => {
    if (index.nodes.get(s.id)?.kind === 'effect') last = i;
  });
  return last >= 0 ? stages.slice(0, last + 1) : stages;
}

/** Drops stages that lead to no effect of the story (side branches), keeping the first. */
function dropSideStages(index: GraphIndex, stages: Stage[]): Stage[] {
  const inStory = new Set(stages.flatMap((s) => [s.id, ...s.with]));
  const effects = stages.filter((s) => index.nodes.get(s.id)?.kind === 'effect').map((s) => s.id);
  const reaches = new Set(effects);
  let grew = true;
  while (grew) {
    grew = false;
    for (const e of index.edges.values()) {
      if (!inStory.has(e.id) || NOT_CAUSAL.has(e.relation)) continue;
      if (reaches.has(e.target) && !reaches.has(e.source)) {
        reaches.add(e.source);
        grew = true;
      }
    }
  }
  return stages.filter((s, i) => i === 0 || reaches.has(s.id) || index.edges.has(s.id));
}

/**
 * The passages an element can show, most telling first: its arrow in, then itself, then the rest.
 * A passage that supports the step comes before one that disputes it (a story step is told by
 * what the sources say; the dispute stays in the panel and the step's certainty), and an English
 * passage before its French original (the class reads English; the French is one click away).
 */
function candidates(index: GraphIndex, stage: Stage): GraphEvidence[] {
  const ev = (id: string) => (index.nodes.get(id) ?? index.edges.get(id))?.evidence ?? [];
  const into = stage.with.filter((w) => index.edges.get(w)?.target === stage.id);
  const rest = stage.with.filter((w) => !into.includes(w));
  const all = [...into.flatMap(ev), ...ev(stage.id), ...rest.flatMap(ev)];
  const rank = (e: GraphEvidence) =>
    (e.certainty === 'disputes' ? 2 : 0) + ((e.language ?? 'en') === 'en' ? 0 : 1);
  // Array.prototype.sort is stable: within a rank the order above holds.
  return [...all].sort((a, b) => rank(a) - rank(b));
}

/**
 * Turns groups of stages (one group per step; lanes side by side) into steps with one passage
 * per entry, never one of the previous step's; a group that can only repeat joins the previous
 * step. Then, while there are too many steps, neighbouring steps merge from the middle out.
 */
function fitSteps(index: GraphIndex, groups: Stage[][]): TourStep[] {
  let current = groups;
  for (;;) {
    const steps = assignQuotes(index, current);
    if (steps.length <= MAX_STEPS - 1) return steps;
    current = mergeMiddle(
      steps.map((s) => s.entries.map((e) => ({ id: e.id, lane: e.lane, with: e.with }))),
    );
  }
}

function assignQuotes(index: GraphIndex, groups: Stage[][]): TourStep[] {
  const steps: TourStep[] = [];
  const shown: GraphEvidence[] = [];
  for (const group of groups) {
    const prev = steps.at(-1);
    const before = prev?.entries.flatMap((e) => (e.quote ? [e.quote] : [])) ?? [];
    const entries: TourEntry[] = [];
    let repeats = false;
    for (const stage of group) {
      const taken = [...before, ...entries.flatMap((e) => (e.quote ? [e.quote] : []))];
      const options = candidates(index, stage).filter(
        (ev) => !taken.some((t) => samePassage(ev, t)),
      );
      const fresh = options.find((ev) => !shown.some((t) => samePassage(ev, t)));
      const quote = fresh ?? options[0] ?? null;
      if (!quote && candidates(index, stage).length > 0) repeats = true;
      entries.push({ id: stage.id, lane: stage.lane, with: stage.with, quote });
    }
    if (repeats && prev) {
      // Nothing new to quote: the step joins the previous one rather than repeat its passage.
      for (const entry of entries) {
        const same = prev.entries.find((e) => e.lane === entry.lane) ?? prev.entries[0]!;
        same.with = unique([...same.with, entry.id, ...entry.with]);
      }
      prev.ids = idsOf(prev.entries);
      continue;
    }
    for (const e of entries) if (e.quote) shown.push(e.quote);
    steps.push({ entries, ids: idsOf(entries) });
  }
  return steps;
}

function idsOf(entries: TourEntry[]): string[] {
  return unique(entries.flatMap((e) => [e.id, ...e.with]));
}

/** Merges the two middle steps: the first and last steps (drug, effect) stay as they are. */
function mergeMiddle(groups: Stage[][]): Stage[][] {
  const i = Math.max(1, Math.floor((groups.length - 1) / 2));
  const a = groups[i]!;
  const b = groups[i + 1] ?? [];
  const merged: Stage[] = a.map((s) => ({ ...s, with: [...s.with] }));
  for (const s of b) {
    const same = merged.find((m) => m.lane === s.lane) ?? merged[0];
    if (same) same.with.push(s.id, ...s.with);
    else merged.push(s);
  }
  return [...groups.slice(0, i), merged, ...groups.slice(i + 2)];
}

function closingStep(all: string[]): TourStep {
  return { entries: [], ids: all, closing: true };
}

/** Attaches each lecturer's note to the step that shows the element it is keyed by. */
function withNotes(steps: TourStep[], notes: Record<string, string> | undefined): TourStep[] {
  if (!notes) return steps;
  return steps.map((s) => {
    if (s.closing) return notes.closing ? { ...s, note: notes.closing } : s;
    const key = s.entries.map((e) => e.id).find((id) => notes[id]);
    return key ? { ...s, note: notes[key] } : s;
  });
}

/** Top-down order of a subgraph: Kahn's algorithm, ties broken by layout position; cycles by position. */
function walk(index: GraphIndex, keep: (e: GraphEdgeData) => boolean): string[] {
  const edges = [...index.edges.values()].filter(keep);
  const causal = edges.filter((e) => !NOT_CAUSAL.has(e.relation));
  const nodes = new Set(edges.flatMap((e) => [e.source, e.target] as string[]));
  const pos = (id: string) =>
    index.graph.elements.nodes.find((n) => n.data.id === id)?.position ?? { x: 0, y: 0 };
  const byPosition = (a: string, b: string) => pos(a).y - pos(b).y || pos(a).x - pos(b).x;
  const indegree = new Map([...nodes].map((n) => [n, 0]));
  for (const e of causal)
    if (nodes.has(e.source) && nodes.has(e.target))
      indegree.set(e.target, (indegree.get(e.target) ?? 0) + 1);
  const done = new Set<string>();
  const order: string[] = [];
  const steps: string[] = [];
  while (done.size < nodes.size) {
    const ready = [...nodes]
      .filter((n) => !done.has(n) && (indegree.get(n) ?? 0) === 0)
      .sort(byPosition);
    const next = ready[0] ?? [...nodes].filter((n) => !done.has(n)).sort(byPosition)[0];
    if (next === undefined) break;
    // The arrow that brings the walk to this node, from the earliest node already visited.
    const into = edges
      .filter((e) => e.target === next && done.has(e.source))
      .sort(
        (a, b) =>
          order.indexOf(a.source) - order.indexOf(b.source) ||
          (NOT_CAUSAL.has(a.relation) ? 1 : 0) - (NOT_CAUSAL.has(b.relation) ? 1 : 0),
      )[0];
    if (into) steps.push(into.id);
    steps.push(next);
    done.add(next);
    order.push(next);
    for (const e of causal)
      if (e.source === next && nodes.has(e.target))
        indegree.set(e.target, (indegree.get(e.target) ?? 1) - 1);
  }
  // A drug starts the story, whatever the layout puts above it.
  const drug = steps.find((s) => index.nodes.get(s)?.kind === 'drug');
  if (drug && steps[0] !== drug) return [drug, ...steps.filter((s) => s !== drug)];
  return steps;
}

/** The longest causal path from `from` to an effect along `keep` edges, as alternating edge/node ids. */
function longestPath(
  index: GraphIndex,
  from: string,
  keep: (e: GraphEdgeData) => boolean,
): string[] {
  const memo = new Map<string, string[]>();
  const visit = (n: string, seen: Set<string>): string[] => {
    if (memo.has(n)) return memo.get(n) as string[];
    let best: string[] = [];
    for (const e of index.outgoing.get(n) ?? []) {
      if (!keep(e) || NOT_CAUSAL.has(e.relation) || seen.has(e.target)) continue;
      const rest = visit(e.target, new Set([...seen, e.target]));
      const reachesEffect = index.nodes.get(e.target)?.kind === 'effect' || rest.length > 0;
      if (reachesEffect && rest.length + 2 > best.length) best = [e.id, e.target, ...rest];
    }
    memo.set(n, best);
    return best;
  };
  return visit(from, new Set([from]));
}

/** Ketamine to the NMDA receptor together, then the subanesthetic and high-dose branches side by side. */
function doseTour(index: GraphIndex): Tour | null {
  const both = (e: GraphEdgeData) => e.branches.length === 2;
  const start = 'ketamine';
  if (!index.nodes.has(start)) return null;
  const shared = [start, ...longestSharedPath(index, start, both)];
  const fork = shared[shared.length - 1] as string;
  const lane = (b: Lane): Stage[] => {
    const only = (e: GraphEdgeData) =>
      (e.branches as string[]).includes(b) && e.branches.length === 1;
    const main = longestPath(index, fork, only);
    // Effects the main path misses, each by its own arrow.
    const extra: string[] = [];
    for (const e of index.outgoing.get(fork) ?? []) {
      if (!only(e) || NOT_CAUSAL.has(e.relation) || main.includes(e.target)) continue;
      if (index.nodes.get(e.target)?.kind === 'effect') extra.push(e.id, e.target);
    }
    return toStages(index, [...main, ...extra]).map((s) => ({ ...s, lane: b }));
  };
  const sub = lane('subanesthetic');
  const high = lane('high-dose');
  const groups: Stage[][] = toStages(index, shared).map((s) => [s]);
  for (let i = 0; i < Math.max(sub.length, high.length); i++)
    groups.push([sub[i], high[i]].filter((s): s is Stage => s !== undefined));
  const steps = fitSteps(index, groups);
  steps.push(closingStep(unique(steps.flatMap((s) => s.ids))));
  const curated = index.graph.tours?.find((t) => (t.id as string) === DOSE_TOUR);
  return {
    id: DOSE_TOUR,
    label: 'Where the doses part ways',
    steps: withNotes(steps, curated?.notes),
  };
}

function longestSharedPath(
  index: GraphIndex,
  from: string,
  keep: (e: GraphEdgeData) => boolean,
): string[] {
  const out: string[] = [];
  let at = from;
  for (;;) {
    const next = (index.outgoing.get(at) ?? []).find(
      (e) => keep(e) && !NOT_CAUSAL.has(e.relation) && !out.includes(e.target),
    );
    if (!next) return out;
    out.push(next.id, next.target);
    at = next.target;
  }
}

/** How the closing line writes each relation between its two ends. */
const PATH_RELATION: Record<GraphEdgeData['relation'], string> = {
  increases: '→',
  decreases: '⊣',
  blocks: '⊣',
  'metabolized-to': 'is metabolized to',
  'form-of': 'is a form of',
  'acts-on': 'acts on',
  'located-in': 'is located in',
  'contrasts-with': 'contrasts with',
};

/** One arrow of the whole path, as drawn: "A → B", "A ⊣ B", "A contrasts with B". */
export interface PathArrow {
  id: string;
  /** "Ketamine ⊣ NMDA receptor" */
  text: string;
  /** The arrow's certainty word (established, hypothesised, debated), when graph.json has it. */
  certainty?: string;
}

/** The arrows of one part of the path: the shared start, one dose branch, or the whole story. */
export interface PathGroup {
  /** Set in the dose walkthrough: 'both' for the shared start, else the branch. */
  lane?: Lane | 'both';
  arrows: PathArrow[];
}

/** "Ketamine ⊣ NMDA receptor (established)": one arrow of the whole path as a line of text. */
export function pathLine(a: PathArrow): string {
  return a.certainty ? `${a.text} (${a.certainty})` : a.text;
}

/**
 * The closing step's whole path, from the arrows the graph actually has between the story's
 * elements (never a chain of labels: parallel arrows stay two arrows, a contrast stays a
 * contrast), in the order the story reaches them, grouped by dose branch in the dose walkthrough.
 */
export function wholePath(index: GraphIndex, tour: Tour): PathGroup[] {
  const closing = tour.steps.find((s) => s.closing);
  const story = tour.steps.filter((s) => !s.closing);
  const lanes = story.some((s) => s.entries.some((e) => e.lane));
  const groups = new Map<string, PathGroup>();
  const seen = new Set<string>();
  const add = (id: string, lane: Lane | 'both' | undefined) => {
    const e = index.edges.get(id);
    if (!e || seen.has(id)) return;
    seen.add(id);
    const key = lane ?? 'path';
    let g = groups.get(key);
    if (!g) {
      g = lane ? { lane, arrows: [] } : { arrows: [] };
      groups.set(key, g);
    }
    const name = (n: string) => index.nodes.get(n)?.label ?? n;
    g.arrows.push({
      id,
      text: `${name(e.source)} ${PATH_RELATION[e.relation]} ${name(e.target)}`,
      ...(e.certainty ? { certainty: e.certainty } : {}),
    });
  };
  if (lanes) groups.set('both', { lane: 'both', arrows: [] });
  for (const step of story)
    for (const entry of step.entries)
      for (const id of [entry.id, ...entry.with])
        add(id, lanes ? (entry.lane ?? 'both') : undefined);
  // Arrows the closing step highlights that no step told (the story's cut side branches).
  for (const id of closing?.ids ?? []) add(id, lanes ? 'both' : undefined);
  const order = ['path', 'both', 'subanesthetic', 'high-dose'];
  return [...groups.entries()]
    .filter(([, g]) => g.arrows.length > 0)
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([, g]) => g);
}
