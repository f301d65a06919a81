/**
 * A walkthrough as a deck (slides, printed handout), pure: what each page says and which part of
 * the graph it shows. The writers (PowerPoint, print) only lay it out.
 */
import { elementLabel, type GraphIndex, sourceHref } from './graph-index';
import type { GraphEvidence, GraphSource } from './schema';
import { type Lane, pathLine, type Tour, wholePath } from './tour';

const LANE_LABEL: Record<Lane, string> = {
  subanesthetic: 'Subanesthetic',
  'high-dose': 'High dose',
};

/** What the graph image of a page shows: highlighted, shown before, and the whole story. */
export interface DeckFrame {
  current: string[];
  visited: string[];
  story: string[];
}

export interface DeckQuote {
  /** The passage, verbatim. */
  quote: string;
  /** Short citation: first author (or venue, or short title) and year. */
  cite: string;
  /** How firmly the source says it, when graph.json records it ("stated", "hedged: may"). */
  certainty?: string;
  /** The element's certainty, when graph.json records it (established, hypothesised, debated). */
  elementCertainty?: string;
  /** The element this passage is shown for. */
  element: string;
  lane?: string;
}

export interface DeckPage {
  kind: 'title' | 'step' | 'closing';
  title: string;
  subtitle?: string;
  quotes: DeckQuote[];
  /** The closing page: the path's arrows as the graph has them, grouped (shared start, each branch). */
  path?: DeckPathGroup[];
  /** The closing page: every cited source in full. */
  references?: string[];
  /** The lecturer's note (never evidence; only the presenter's notes carry it). */
  note?: string;
  /** Step and closing pages: the graph at this point of the story. */
  frame?: DeckFrame;
}

export interface DeckPathGroup {
  /** "Both doses", "Subanesthetic", "High dose"; none in a hypothesis walkthrough. */
  heading?: string;
  /** "Ketamine ⊣ NMDA receptor (established)", one per arrow. */
  lines: string[];
}

/** The whole path of a walkthrough as headed groups of lines (closing slide, handout, caption). */
export function wholePathLines(index: GraphIndex, tour: Tour): DeckPathGroup[] {
  return wholePath(index, tour).map((g) => ({
    ...(g.lane ? { heading: g.lane === 'both' ? 'Both doses' : LANE_LABEL[g.lane] } : {}),
    lines: g.arrows.map(pathLine),
  }));
}

export interface Deck {
  title: string;
  pages: DeckPage[];
}

/** "Duman et al. 2016", else the venue or short title with the year, as the panel cites. */
export function shortCite(s: GraphSource): string {
  const lead = s.authors?.length
    ? `${s.authors[0]?.split(',')[0]} et al.`
    : (s.venue ?? s.shortTitle);
  return [lead, s.year].filter(Boolean).join(' ');
}

function certaintyText(e: GraphEvidence): string | undefined {
  // A graph stripped of certainty (tests do that) shows none rather than a guess.
  if (!e.certainty) return undefined;
  if (e.certainty === 'hedged' && e.hedges?.length)
    return `hedged (${e.hedges.map((h) => `“${h}”`).join(', ')})`;
  if (e.certainty === 'disputes') return 'disputes it';
  return e.certainty;
}

/** Builds the deck of a walkthrough: a title page, one page per step, the closing whole path. */
export function walkthroughDeck(index: GraphIndex, tour: Tour): Deck {
  const storyIds = tour.steps.find((s) => s.closing)?.ids ?? tour.steps.flatMap((s) => s.ids);
  const story = [...new Set(storyIds)];
  const cited = new Set<string>();
  const label = (id: string) => elementLabel(index, id) ?? id;
  const pages: DeckPage[] = [
    {
      kind: 'title',
      title: `Walkthrough: ${tour.label}`,
      subtitle: `Ketamine pathways · ${tour.steps.length} steps · every quote word for word from its source`,
      quotes: [],
    },
  ];
  tour.steps.forEach((step, i) => {
    const frame: DeckFrame = {
      current: step.ids,
      visited: step.closing ? [] : tour.steps.slice(0, i).flatMap((s) => s.ids),
      story,
    };
    if (step.closing) {
      const path = wholePathLines(index, tour);
      const references = graphSourcesIn(index, cited).map((s, n) => {
        const href = sourceHref(s);
        return `${n + 1}. ${s.citation}${href && !s.citation.includes(href) ? `. ${href}` : ''}`;
      });
      pages.push({
        kind: 'closing',
        title: `The whole path: ${tour.label}`,
        quotes: [],
        path,
        references,
        frame,
        ...(step.note ? { note: step.note } : {}),
      });
      return;
    }
    const quotes: DeckQuote[] = [];
    for (const entry of step.entries) {
      if (!entry.quote) continue;
      const source = index.sources.get(entry.quote.sourceId);
      cited.add(entry.quote.sourceId);
      const certainty = certaintyText(entry.quote);
      const el = index.nodes.get(entry.id) ?? index.edges.get(entry.id);
      const elementCertainty = el?.certainty;
      quotes.push({
        quote: entry.quote.quote,
        cite: source ? shortCite(source) : entry.quote.sourceId,
        element: label(entry.id),
        ...(certainty ? { certainty } : {}),
        ...(elementCertainty ? { elementCertainty } : {}),
        ...(entry.lane ? { lane: LANE_LABEL[entry.lane] } : {}),
      });
    }
    const names = step.entries.map((e) =>
      e.lane ? `${LANE_LABEL[e.lane]}: ${label(e.id)}` : label(e.id),
    );
    pages.push({
      kind: 'step',
      title: `${i + 1}. ${names.join(' · ')}`,
      quotes,
      frame,
      ...(step.note ? { note: step.note } : {}),
    });
  });
  return { title: `Walkthrough: ${tour.label}`, pages };
}

/** The sources cited, in the graph's order. */
function graphSourcesIn(index: GraphIndex, ids: Set<string>): GraphSource[] {
  return index.graph.sources.filter((s) => ids.has(s.id));
}

/** A box on a slide, in inches from the top left. */
export interface SlideBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A 16:9 slide (PowerPoint's "wide" layout), in inches. */
export const SLIDE = { w: 13.333, h: 7.5 } as const;
/** Pixels per inch a step image is placed at (smaller only when it does not fit). */
export const SLIDE_DPI = 210;

/** The legend's narrowest column: two dose entries side by side at 11 pt ("Legend ━ subanesthetic
 * only (blue ring)   ━ high dose only (double border)" is about 4.3 in in Arial). */
export const LEGEND_MIN_W = 4.6;
/** The legend's height: up to five lines at 11 pt (heading and doses ×2, relations, this step). */
export const LEGEND_H = 1.05;

/** Where a step or closing slide puts its parts; none of the boxes overlaps another. */
export interface SlideLayout {
  title: SlideBox;
  /** The graph image, at its own aspect ratio (absent without an image). */
  image?: SlideBox;
  /** The legend: the bottom of the left column, under the image, never under the text. */
  legend: SlideBox;
  /** The passages, or the closing path and the sources: the right column, full height. */
  text: SlideBox;
}

const MARGIN = 0.3;
const GAP = 0.3;
const TOP = 1.0;
/** The left column's widest (the image is never wider). */
const LEFT_MAX_W = 7.4;

/**
 * The layout of a step or closing slide around an image of `px` pixels placed at `dpi` (or
 * smaller if it does not fit, so that early steps keep the same label size). The image sits in the
 * left column above the legend; the text column starts right of both, so the closing slide's
 * sources never run under the legend (tester 3: "dose-independent (no ring)" over a source's URL).
 */
export function slideLayout(px: { w: number; h: number } | undefined, dpi: number): SlideLayout {
  const legendY = SLIDE.h - MARGIN / 2 - LEGEND_H;
  const area = { x: MARGIN, y: TOP, w: LEFT_MAX_W, h: legendY - GAP / 2 - TOP };
  let image: SlideBox | undefined;
  if (px && px.w > 0 && px.h > 0) {
    const k = Math.min(area.w / px.w, area.h / px.h, 1 / dpi);
    const h = px.h * k;
    image = { x: area.x, y: area.y + (area.h - h) / 2, w: px.w * k, h };
  }
  const leftW = Math.max(image?.w ?? 0, LEGEND_MIN_W);
  const textX = MARGIN + leftW + GAP;
  return {
    title: { x: 0.4, y: 0.2, w: SLIDE.w - 0.8, h: 0.8 },
    ...(image ? { image } : {}),
    legend: { x: MARGIN, y: legendY, w: leftW, h: LEGEND_H },
    text: { x: textX, y: TOP + 0.1, w: SLIDE.w - textX - MARGIN, h: SLIDE.h - TOP - 0.1 - MARGIN },
  };
}

/** Whether two boxes share any area (touching edges do not). */
export function boxesOverlap(a: SlideBox, b: SlideBox): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
