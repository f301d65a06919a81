import type { StylesheetJson } from 'cytoscape';
import {
  LABEL_FONT_FAMILY,
  LABEL_FONT_SIZE,
  LABEL_FONT_WEIGHT,
  LABEL_LINE_HEIGHT,
  PRESENT_FONT_SIZE,
} from '../../domain/layout-constants';
import {
  CERTAINTY_STYLE,
  DOSE_STYLE,
  EDGE_COLOR,
  HIGH_DOSE_COLOR,
  NON_CAUSAL_COLOR,
  SUBANESTHETIC_COLOR,
} from './visual-language';

/**
 * How elements the filters leave out look: faded and inert. Applied as a style bypass on just the
 * elements that change, not as a class: a class change makes Cytoscape recompute every property
 * of the element, which on a 2,000-node graph cost about a third of the filter toggle.
 */
export const FILTERED_STYLE = { opacity: 0.08, events: 'no' } as const;

/**
 * How elements outside the selection's cascade look: faded, still clickable. A bypass set by
 * `setDimmed` (looks.ts), for the same reason as the filters' fade.
 */
export const DIMMED_OPACITY = 0.25;

/** A module constant: react-cytoscapejs compares it by reference, so it is built once. */
export const STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      // Boxes are sized at build time to the label wrapped in the shipped font, at both sizes.
      width: 'data(width)',
      height: 'data(height)',
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-max-width': 'data(textMaxWidth)' as never,
      'text-valign': 'center',
      'text-halign': 'center',
      'font-family': `"${LABEL_FONT_FAMILY}", system-ui, sans-serif`,
      'font-size': LABEL_FONT_SIZE,
      'font-weight': LABEL_FONT_WEIGHT,
      'line-height': LABEL_LINE_HEIGHT,
      color: '#111',
      // Labels smaller than 7 px on screen are unreadable: skipping them keeps big graphs fast.
      'min-zoomed-font-size': 7,
      'border-width': 2.5,
      // The look by kind comes from each element's data (canvasElements): one selector instead
      // of seven keeps restyling cheap when a filter or the selection changes many elements.
      shape: 'data(shape)' as never,
      'background-color': 'data(fill)',
      'border-color': 'data(border)',
    },
  },
  {
    selector: 'node.high-dose-only',
    style: { 'border-style': 'double', 'border-width': 6, 'border-color': HIGH_DOSE_COLOR },
  },
  {
    selector: 'node.subanesthetic-only',
    style: {
      'outline-width': 3,
      'outline-color': SUBANESTHETIC_COLOR,
      'outline-offset': 2,
    } as never,
  },
  {
    selector: 'node.both-doses',
    style: {
      'outline-width': 3,
      'outline-color': EDGE_COLOR,
      'outline-offset': 2,
      'outline-style': 'dotted',
    } as never,
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-style': 'solid',
      'target-arrow-shape': 'data(arrow)' as never,
      'line-color': EDGE_COLOR,
      'target-arrow-color': EDGE_COLOR,
      'source-arrow-color': EDGE_COLOR,
      // Each edge follows the route computed at build time (ELK), from and to the exact points
      // where it leaves and enters the boxes. Line style stays free for certainty.
      'curve-style': 'round-segments',
      'segment-radius': 8,
      'edge-distances': 'node-position',
      'segment-distances': 'data(segmentDistances)' as never,
      'segment-weights': 'data(segmentWeights)' as never,
      'source-endpoint': 'data(sourceEndpoint)' as never,
      'target-endpoint': 'data(targetEndpoint)' as never,
      'arrow-scale': 1.3,
    } as never,
  },
  { selector: 'edge.straight', style: { 'curve-style': 'straight' } },
  // An arrow into a box may share its last run with others (merged ends, decision in layout.ts):
  // a ⊣ bar is drawn over any → head at the same point and wider, so the sign stays readable.
  { selector: 'edge[arrow = "tee"]', style: { 'z-index': 3, 'arrow-scale': 1.7 } },
  // Doses at a glance: colour plus a mark at the arrow's start, so greyscale keeps them apart.
  {
    selector: 'edge.subanesthetic-only',
    style: { 'line-color': SUBANESTHETIC_COLOR, 'target-arrow-color': SUBANESTHETIC_COLOR },
  },
  {
    selector: 'edge.hypothesised',
    style: {
      'line-style': 'dashed',
      'line-dash-pattern': CERTAINTY_STYLE.hypothesised.dash as number[],
    },
  },
  {
    selector: 'edge.debated',
    style: {
      'line-style': 'dashed',
      'line-dash-pattern': CERTAINTY_STYLE.debated.dash as number[],
      'mid-target-arrow-shape': 'diamond',
      'mid-target-arrow-fill': 'hollow',
      'mid-target-arrow-color': EDGE_COLOR,
    },
  },
  {
    selector: 'edge.high-dose-only',
    style: {
      'line-color': HIGH_DOSE_COLOR,
      'target-arrow-color': HIGH_DOSE_COLOR,
      'source-arrow-color': HIGH_DOSE_COLOR,
      'source-arrow-shape': DOSE_STYLE['high-dose-only'].marker,
      'source-arrow-fill': 'filled',
    } as never,
  },
  {
    selector: 'edge.both-doses',
    style: {
      'source-arrow-shape': DOSE_STYLE['both-doses'].marker,
      'source-arrow-fill': 'filled',
    } as never,
  },
  {
    selector: 'edge.dose-independent',
    style: {
      'line-color': NON_CAUSAL_COLOR,
      'target-arrow-color': NON_CAUSAL_COLOR,
      'source-arrow-color': NON_CAUSAL_COLOR,
      'source-arrow-shape': DOSE_STYLE['dose-independent'].marker,
      'source-arrow-fill': 'hollow',
    } as never,
  },
  // Non-causal relations (contrasts with, located in, form of) are thin, light and drawn under
  // the causal arrows, so they do not read as one more step of the cascade.
  { selector: 'edge.non-causal', style: { 'z-index': 0, opacity: 0.85, 'arrow-scale': 1.1 } },
  {
    selector: 'node.present',
    style: { 'font-size': PRESENT_FONT_SIZE, 'border-width': 3.5, color: '#000' },
  },
  { selector: 'edge.present', style: { 'arrow-scale': 1.6 } },
  // The cascade's nodes keep their border: a border change redraws the node's cached image, and
  // a selection changes the cascade of up to 33 nodes at once (node click 52 → 35 ms in the
  // bench). The cascade reads from its black arrows and everything else being dimmed.
  {
    selector: 'edge.cascade',
    style: { 'line-color': '#111', 'target-arrow-color': '#111', width: 4 },
  },
  {
    selector: 'node.selected',
    style: {
      'border-width': 6,
      'border-color': '#000',
      'overlay-color': '#000',
      'overlay-opacity': 0.08,
      'overlay-padding': 6,
    },
  },
  {
    selector: 'edge.selected',
    style: { width: 7, 'line-color': '#000', 'target-arrow-color': '#000' },
  },
  // A quiz's hidden answer: the box stays, its name becomes a question mark.
  // Its kind and dose must not give it away either (tester 3: the only green receptor box among
  // the options): a plain grey box with no dose ring, of the size the generator gave it.
  {
    selector: 'node.label-hidden',
    style: {
      label: '?',
      'font-size': 30,
      shape: 'round-rectangle',
      'background-color': '#e5e5e5',
      'border-color': '#555',
      'border-style': 'solid',
      'border-width': 3,
      'outline-width': 0,
    } as never,
  },
  { selector: ':active', style: { 'overlay-opacity': 0 } },
];
