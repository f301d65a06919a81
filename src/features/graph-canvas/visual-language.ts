/**
 * The visual language, modelled on SBGN Activity Flow: node shape and colour by kind, arrowhead
 * and width by relation, line style by certainty (how firmly the sources say it). Meaning never
 * rests on colour alone. The legend reads these tables.
 */
import type { ElementCertainty, NodeKind, Relation } from '../../domain/schema';

// Okabe–Ito palette: distinguishable with the common colour-vision deficiencies.
export const KIND_STYLE: Record<
  NodeKind,
  { label: string; shape: string; fill: string; border: string }
> = {
  drug: { label: 'Drug', shape: 'hexagon', fill: '#d7ecfa', border: '#0072b2' },
  metabolite: { label: 'Metabolite', shape: 'octagon', fill: '#e4f4fc', border: '#56b4e9' },
  'receptor-channel': {
    label: 'Receptor or channel',
    shape: 'barrel',
    fill: '#d4f0e6',
    border: '#009e73',
  },
  'cell-region': {
    label: 'Cell type or brain region',
    shape: 'round-rectangle',
    fill: '#eeeeee',
    border: '#555555',
  },
  'signaling-molecule': {
    label: 'Signaling molecule',
    shape: 'ellipse',
    fill: '#f6e3ee',
    border: '#cc79a7',
  },
  process: { label: 'Process', shape: 'rectangle', fill: '#fdf0d5', border: '#e69f00' },
  effect: { label: 'Effect', shape: 'cut-rectangle', fill: '#fff8c5', border: '#8a7a00' },
};

export const RELATION_STYLE: Record<
  Relation,
  {
    label: string;
    arrow: string;
    width: number;
    glyph: string;
  }
> = {
  increases: {
    label: 'increases, activates',
    arrow: 'triangle',
    width: 2.5,
    glyph: '→',
  },
  decreases: { label: 'decreases, inhibits', arrow: 'tee', width: 2.5, glyph: '⊣' },
  blocks: { label: 'blocks (antagonist)', arrow: 'tee', width: 5, glyph: '⊣' },
  'metabolized-to': {
    label: 'is metabolized to',
    arrow: 'vee',
    width: 2.5,
    glyph: '⇢',
  },
  'form-of': {
    label: 'is a form (enantiomer) of',
    arrow: 'triangle-backcurve',
    width: 2.5,
    glyph: '⋯▸',
  },
  'acts-on': {
    label: 'acts on (direction not stated)',
    arrow: 'circle',
    width: 2,
    glyph: '—●',
  },
  'located-in': {
    label: 'is located in',
    arrow: 'square',
    width: 1.5,
    glyph: '⋯■',
  },
  'contrasts-with': {
    label: 'contrasts with',
    arrow: 'diamond',
    width: 1.5,
    glyph: '⇠◆',
  },
};

/** High-dose-only elements: vermillion plus a double border, so the branch survives greyscale. */
export const HIGH_DOSE_COLOR = '#d55e00';
export const EDGE_COLOR = '#3b4a5a';

/**
 * Line style by certainty: solid when a source states it plainly, long dashes when every source
 * only hedges it, dots with a hollow diamond at mid-arrow when a source disputes it.
 */
export const CERTAINTY_STYLE: Record<
  ElementCertainty,
  { label: string; dash: number[] | null; marker: boolean }
> = {
  established: { label: 'established: a source states it plainly', dash: null, marker: false },
  hypothesised: {
    label: 'hypothesised: the sources only hedge it ("may", "is thought")',
    dash: [14, 9],
    marker: false,
  },
  debated: { label: 'debated: a source disputes it', dash: [3, 6], marker: true },
};
