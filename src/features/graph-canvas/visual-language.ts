/**
 * The visual language, modelled on SBGN Activity Flow: node shape and colour by kind, arrowhead
 * and width by relation, line style by certainty (how firmly the sources say it). Meaning never
 * rests on colour alone. The legend reads these tables.
 */
import { KIND_SHAPE } from '../../domain/layout-constants';
import type { ElementCertainty, NodeKind, Relation } from '../../domain/schema';

// Okabe–Ito palette: distinguishable with the common colour-vision deficiencies.
export const KIND_STYLE: Record<
  NodeKind,
  { label: string; shape: string; fill: string; border: string }
> = {
  drug: { label: 'Drug', shape: KIND_SHAPE.drug, fill: '#d7ecfa', border: '#0072b2' },
  metabolite: {
    label: 'Metabolite',
    shape: KIND_SHAPE.metabolite,
    fill: '#e4f4fc',
    border: '#56b4e9',
  },
  'receptor-channel': {
    label: 'Receptor or channel',
    shape: KIND_SHAPE['receptor-channel'],
    fill: '#d4f0e6',
    border: '#009e73',
  },
  'cell-region': {
    label: 'Cell type or brain region',
    shape: KIND_SHAPE['cell-region'],
    fill: '#eeeeee',
    border: '#555555',
  },
  'signaling-molecule': {
    label: 'Signaling molecule',
    shape: KIND_SHAPE['signaling-molecule'],
    fill: '#f6e3ee',
    border: '#cc79a7',
  },
  process: { label: 'Process', shape: KIND_SHAPE.process, fill: '#fdf0d5', border: '#e69f00' },
  effect: { label: 'Effect', shape: KIND_SHAPE.effect, fill: '#fff8c5', border: '#8a7a00' },
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
/** Subanesthetic-only elements: blue, and a ring around nodes. */
export const SUBANESTHETIC_COLOR = '#0072b2';
export const EDGE_COLOR = '#3b4a5a';
/** Dose-independent arrows (metabolism, clinical facts, non-causal relations). */
export const NON_CAUSAL_COLOR = '#7d8894';

export type DoseClass = 'subanesthetic-only' | 'high-dose-only' | 'both-doses' | 'dose-independent';

/**
 * Doses at a glance, by colour and by a mark at the arrow's start (line style is left to
 * certainty): the legend on the canvas reads this table.
 */
export const DOSE_STYLE: Record<
  DoseClass,
  { label: string; color: string; marker: string; node: string }
> = {
  'subanesthetic-only': {
    label: 'subanesthetic only',
    color: SUBANESTHETIC_COLOR,
    marker: 'none',
    node: 'blue ring',
  },
  'high-dose-only': {
    label: 'high dose only',
    color: HIGH_DOSE_COLOR,
    marker: 'square',
    node: 'double border',
  },
  'both-doses': {
    label: 'both doses',
    color: EDGE_COLOR,
    marker: 'circle',
    node: 'dotted ring',
  },
  'dose-independent': {
    label: 'dose-independent',
    color: NON_CAUSAL_COLOR,
    marker: 'circle',
    node: 'no ring',
  },
};

/** The dose class of an element from its branches. */
export function doseClass(branches: readonly string[]): DoseClass {
  const sub = branches.includes('subanesthetic');
  const high = branches.includes('high-dose');
  if (sub && high) return 'both-doses';
  if (sub) return 'subanesthetic-only';
  if (high) return 'high-dose-only';
  return 'dose-independent';
}

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
