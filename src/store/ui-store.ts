/**
 * UI state only (selection, filters, walkthrough, presentation, reader, menus). Graph data lives
 * in react-query; commands to the canvas go through its handle (graph-canvas/canvas-handle.ts).
 */
import { create } from 'zustand';
import { canvas } from '../features/graph-canvas/canvas-handle';
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
  select: (id: string | null, options?: { center?: boolean }) => void;
  setFilters: (f: Filters) => void;
  hover: (id: string | null) => void;
  setNotices: (n: string[]) => void;
}

export const useUiStore = create<UiState>()((set, get) => ({
  selected: null,
  filters: null,
  hovered: null,
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
  select: (id, options) => {
    if (get().selectionLocked && id !== null) {
      set((s) => ({ refusedSelections: s.refusedSelections + 1 }));
      return;
    }
    set({ selected: id });
    if (options?.center && id) canvas.center(id);
  },
  setFilters: (filters) => set({ filters }),
  hover: (hovered) => set({ hovered }),
  setNotices: (notices) => set({ notices }),
}));
