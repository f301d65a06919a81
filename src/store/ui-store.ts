/**
 * UI state only (selection, filters, walkthrough, presentation, reader, menus, requests to the
 * canvas). Graph data lives in react-query.
 */
import { create } from 'zustand';
import type { Filters } from '../domain/filter';

export interface TourState {
  id: string;
  /** 0-based here; 1-based in the URL. */
  step: number;
}

/** What the walkthrough asks the canvas to show; the canvas knows nothing of tours. */
export interface TourHighlight {
  current: string[];
  visited: string[];
}

/** `quiz=<id>&q=<n>&seed=<n>`: the quiz's scope, the question shown (0-based) and the seed. */
export interface QuizState {
  id: string;
  q: number;
  seed: number;
}

/** One walkthrough step as an image: highlighted now, shown before, reached later (build-up). */
export interface ImageFrame {
  current: string[];
  visited: string[];
  /** Every element of the story: those not yet reached keep their place but are not drawn. */
  story: string[];
}

/** What an image of the graph shows; the canvas draws it (whole, never just the viewport). */
export interface ImageSpec {
  format: 'png' | 'svg';
  /** Walkthrough frames, one image each; none: the view as it stands, faded elements left out. */
  frames?: ImageFrame[];
  /** Positions: a story view (falls back to the full view), the full view, or (absent) as on screen. */
  view?: { kind: 'hypothesis' | 'branch'; id: string } | 'full';
  title?: string;
  credit?: string;
  /** The legend beside the graph (default on). */
  legend?: boolean;
  /** Pixel ratio of a PNG (default 2). */
  scale?: number;
}

export interface ReaderState {
  sourceId: string;
  start: number;
  end: number;
}

export interface UiState {
  /** The selected node or edge id. */
  selected: string | null;
  /** null until the graph has loaded and the URL has been read. */
  filters: Filters | null;
  hovered: string | null;
  /** Increments each time something asks the canvas to centre the selection. */
  centerRequest: number;
  /** Increments each time the canvas should fit the visible elements. */
  fitRequest: number;
  notices: string[];
  tour: TourState | null;
  tourHighlight: TourHighlight | null;
  quiz: QuizState | null;
  /** Node ids whose labels the canvas hides (a quiz's answer until it is answered). */
  hiddenLabels: string[];
  /**
   * While a quiz question is unanswered, selecting an element would open its panel and give the
   * answer away: `select` then refuses, and counts the refusal in `refusedSelections` so the
   * quiz can say why.
   */
  selectionLocked: boolean;
  refusedSelections: number;
  presentation: boolean;
  /** Show a single hypothesis or dose as its precomputed story layout, not faded in place. */
  story: boolean;
  /** The lecturer's notes show in the walkthrough (never in a link, so a shared view has none). */
  notesShown: boolean;
  reader: ReaderState | null;
  /** The outline (text view) is open. */
  outlineOpen: boolean;
  /** Phones: the sidebar shows as a drawer. */
  menuOpen: boolean;
  /** A pending request for an image of the view; the canvas answers it. */
  imageRequest: {
    spec: ImageSpec;
    resolve: (images: Blob[]) => void;
    reject: (e: Error) => void;
  } | null;
  requestImage: (
    spec: ImageSpec,
    resolve: (images: Blob[]) => void,
    reject: (e: Error) => void,
  ) => void;
  select: (id: string | null, options?: { center?: boolean }) => void;
  setFilters: (f: Filters) => void;
  hover: (id: string | null) => void;
  requestFit: () => void;
  setNotices: (n: string[]) => void;
}

export const useUiStore = create<UiState>()((set) => ({
  selected: null,
  filters: null,
  hovered: null,
  centerRequest: 0,
  fitRequest: 0,
  notices: [],
  tour: null,
  tourHighlight: null,
  quiz: null,
  hiddenLabels: [],
  selectionLocked: false,
  refusedSelections: 0,
  presentation: false,
  story: false,
  notesShown: false,
  reader: null,
  menuOpen: false,
  outlineOpen: false,
  imageRequest: null,
  requestImage: (spec, resolve, reject) => set({ imageRequest: { spec, resolve, reject } }),
  select: (id, options) =>
    set((s) =>
      s.selectionLocked && id !== null
        ? { refusedSelections: s.refusedSelections + 1 }
        : {
            selected: id,
            centerRequest: options?.center && id ? s.centerRequest + 1 : s.centerRequest,
          },
    ),
  setFilters: (filters) => set({ filters }),
  hover: (hovered) => set({ hovered }),
  requestFit: () => set((s) => ({ fitRequest: s.fitRequest + 1 })),
  setNotices: (notices) => set({ notices }),
}));
