import type { StylesheetJson } from 'cytoscape';
import { NODE_HEIGHT, NODE_WIDTH } from '../../domain/layout-constants';
import { CERTAINTY_STYLE, EDGE_COLOR, HIGH_DOSE_COLOR } from './visual-language';

/**
 * How elements the filters leave out look: faded and inert. Applied as a style bypass on just the
 * elements that change, not as a class: a class change makes Cytoscape recompute every property
 * of the element, which on a 2,000-node graph cost about a third of the filter toggle.
 */
export const FILTERED_STYLE = { opacity: 0.08, events: 'no' } as const;

/** A module constant: react-cytoscapejs compares it by reference, so it is built once. */
export const STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-max-width': `${NODE_WIDTH - 10}px`,
      'text-valign': 'center',
      'text-halign': 'center',
      'font-family': 'system-ui, "DejaVu Sans", sans-serif',
      'font-size': 17,
      'font-weight': 600,
      'line-height': 1.05,
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
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-style': 'solid',
      'target-arrow-shape': 'data(arrow)' as never,
      'line-color': EDGE_COLOR,
      'target-arrow-color': EDGE_COLOR,
      'source-arrow-color': EDGE_COLOR,
      'curve-style': 'bezier',
      'arrow-scale': 1.3,
    },
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
    style: { 'line-color': HIGH_DOSE_COLOR, 'target-arrow-color': HIGH_DOSE_COLOR },
  },
  { selector: 'node.present', style: { 'font-size': 19, 'border-width': 3.5, color: '#000' } },
  { selector: 'edge.present', style: { 'arrow-scale': 1.6 } },
  { selector: '.dimmed', style: { opacity: 0.25 } },
  { selector: 'node.cascade', style: { 'border-width': 4 } },
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
  { selector: ':active', style: { 'overlay-opacity': 0 } },
];
