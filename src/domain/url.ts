/**
 * The shareable view in the URL: `node`, `hyp`, `src`, `dose`, `firm`, `tour`/`step`, `present`,
 * `view`, `quiz`/`q`/`seed`, and `presenter=1` (the presenter view's window, never written back). Every value is checked against
 * an allow-list taken from the loaded graph; anything else is dropped and reported.
 */
import { DOSES, type Dose, type Filters } from './filter';
import { DOSE_TOUR } from './ids';
import type { Graph } from './schema';

export interface ViewState {
  selected: string | null;
  filters: Filters;
  /** `tour=<id>&step=<n>`; step is 0-based here. */
  tour: { id: string; step: number } | null;
  /** `present=1` */
  presentation: boolean;
  /** `quiz=<id>&q=<n>&seed=<n>`; q is 0-based here. A quiz and a walkthrough never run together. */
  quiz?: { id: string; q: number; seed: number } | null;
  /** `view=story`: a hypothesis or dose filter shows its precomputed story layout (default `context`). */
  story?: boolean;
}

const MAX_SEED = 999_999_999;
/** The seed a quiz link without one uses. */
export const DEFAULT_SEED = 1;

const MAX_STEP = 999;

export interface ParsedView {
  view: ViewState;
  /** Human-readable notes about values that were ignored. */
  ignored: string[];
}

const MAX_PARAM = 2000;

/**
 * `presenter=1`: this window is the presenter view (the lecturer's screen), not the explorer.
 * Any other value is not.
 */
export function isPresenterWindow(search: string): boolean {
  return new URLSearchParams(search.slice(0, MAX_PARAM)).get('presenter') === '1';
}

/** Parses a query string against the graph's ids. Never throws. */
export function parseView(search: string, graph: Graph): ParsedView {
  const params = new URLSearchParams(
    search.length > MAX_PARAM * 4 ? search.slice(0, MAX_PARAM * 4) : search,
  );
  const ignored: string[] = [];
  const elementIds = new Set<string>([
    ...graph.elements.nodes.map((n) => n.data.id),
    ...graph.elements.edges.map((e) => e.data.id),
  ]);

  const list = (name: string, allowed: string[]): string[] | undefined => {
    const raw = params.get(name);
    if (raw === null) return undefined;
    const ok = new Set(allowed);
    const out: string[] = [];
    for (const v of raw.slice(0, MAX_PARAM).split(',').filter(Boolean)) {
      if (ok.has(v)) out.push(v);
      else ignored.push(`unknown ${name} "${short(v)}"`);
    }
    return [...new Set(out)];
  };

  const hyp = list(
    'hyp',
    graph.hypotheses.map((h) => h.id),
  );
  const src = list(
    'src',
    graph.sources.map((s) => s.id),
  );
  let dose: Dose = 'both';
  const rawDose = params.get('dose');
  if (rawDose !== null) {
    if ((DOSES as readonly string[]).includes(rawDose)) dose = rawDose as Dose;
    else ignored.push(`unknown dose "${short(rawDose)}"`);
  }
  let selected: string | null = null;
  const rawNode = params.get('node');
  if (rawNode !== null) {
    if (elementIds.has(rawNode)) selected = rawNode;
    else ignored.push(`unknown node "${short(rawNode)}"`);
  }
  let tour: ViewState['tour'] = null;
  const rawTour = params.get('tour');
  if (rawTour !== null) {
    const tours = [...graph.hypotheses.map((h) => h.id as string), DOSE_TOUR];
    if (tours.includes(rawTour)) {
      const rawStep = params.get('step') ?? '1';
      const n = /^\d{1,4}$/.test(rawStep) ? Number(rawStep) : NaN;
      if (!(n >= 1 && n <= MAX_STEP)) ignored.push(`unknown step "${short(rawStep)}"`);
      tour = { id: rawTour, step: n >= 1 && n <= MAX_STEP ? n - 1 : 0 };
    } else ignored.push(`unknown tour "${short(rawTour)}"`);
  }
  let quiz: ViewState['quiz'] = null;
  const rawQuiz = params.get('quiz');
  if (rawQuiz !== null) {
    const scopes = [...graph.hypotheses.map((h) => h.id as string), DOSE_TOUR];
    if (scopes.includes(rawQuiz)) {
      const rawQ = params.get('q') ?? '1';
      const n = /^\d{1,4}$/.test(rawQ) ? Number(rawQ) : NaN;
      if (!(n >= 1 && n <= MAX_STEP)) ignored.push(`unknown q "${short(rawQ)}"`);
      const rawSeed = params.get('seed') ?? String(DEFAULT_SEED);
      const seed = /^\d{1,9}$/.test(rawSeed) ? Number(rawSeed) : NaN;
      if (!(seed >= 0 && seed <= MAX_SEED)) ignored.push(`unknown seed "${short(rawSeed)}"`);
      quiz = {
        id: rawQuiz,
        q: n >= 1 && n <= MAX_STEP ? n - 1 : 0,
        seed: seed >= 0 && seed <= MAX_SEED ? seed : DEFAULT_SEED,
      };
      if (tour) {
        ignored.push('the walkthrough, during a quiz');
        tour = null;
      }
    } else ignored.push(`unknown quiz "${short(rawQuiz)}"`);
  }
  const rawFirm = params.get('firm');
  if (rawFirm !== null && rawFirm !== '1' && rawFirm !== '0')
    ignored.push(`unknown firm "${short(rawFirm)}"`);
  const rawPresent = params.get('present');
  if (rawPresent !== null && rawPresent !== '1' && rawPresent !== '0')
    ignored.push(`unknown present "${short(rawPresent)}"`);
  const rawPresenter = params.get('presenter');
  if (rawPresenter !== null && rawPresenter !== '1')
    ignored.push(`unknown presenter "${short(rawPresenter)}"`);
  const rawMode = params.get('view');
  if (rawMode !== null && rawMode !== 'story' && rawMode !== 'context')
    ignored.push(`unknown view "${short(rawMode)}"`);
  return {
    view: {
      tour,
      ...(quiz ? { quiz } : {}),
      presentation: rawPresent === '1',
      ...(rawMode === 'story' ? { story: true } : {}),
      selected,
      filters: {
        hypotheses: hyp ?? graph.hypotheses.map((h) => h.id),
        sources: src ?? graph.sources.map((s) => s.id),
        dose,
        ...(rawFirm === '1' ? { firm: true } : {}),
      },
    },
    ignored,
  };
}

/** The query string for a view; parameters at their defaults are left out. */
export function serializeView(view: ViewState, graph: Graph): string {
  const params = new URLSearchParams();
  if (view.selected) params.set('node', view.selected);
  const allHyp = graph.hypotheses.map((h) => h.id);
  if (!sameSet(view.filters.hypotheses, allHyp))
    params.set('hyp', ordered(view.filters.hypotheses, allHyp).join(','));
  const allSrc = graph.sources.map((s) => s.id);
  if (!sameSet(view.filters.sources, allSrc))
    params.set('src', ordered(view.filters.sources, allSrc).join(','));
  if (view.filters.dose !== 'both') params.set('dose', view.filters.dose);
  if (view.filters.firm) params.set('firm', '1');
  if (view.tour) {
    params.set('tour', view.tour.id);
    params.set('step', String(view.tour.step + 1));
  }
  if (view.quiz) {
    params.set('quiz', view.quiz.id);
    params.set('q', String(view.quiz.q + 1));
    params.set('seed', String(view.quiz.seed));
  }
  if (view.presentation) params.set('present', '1');
  if (view.story) params.set('view', 'story');
  const s = params.toString();
  return s ? `?${s.replace(/%2C/g, ',')}` : '';
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && b.every((x) => a.includes(x));
}

function ordered(values: string[], order: string[]): string[] {
  return order.filter((x) => values.includes(x));
}

function short(v: string): string {
  return v.length > 40 ? `${v.slice(0, 40)}…` : v;
}
