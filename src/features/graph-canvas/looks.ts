/**
 * The canvas's looks as sets of ids: which elements carry each class, which the filters fade and
 * which a story view hides. Only the elements that enter or leave a set are touched.
 */
import type { CollectionArgument, CollectionReturnValue, Core, NodeCollection } from 'cytoscape';
import { DIMMED_OPACITY, FILTERED_STYLE } from './stylesheet';

/** Per look (a class name, {@link FILTERED} or a hiding key), the ids that have it. */
export type Looks = Map<string, Set<string>>;

export const FIT_PADDING = 30;
export const FILTERED = 'filtered';
/** The elements a selection or a walkthrough step leaves out of its cascade. */
export const DIMMED = 'dimmed';
const FILTERED_PROPS = Object.keys(FILTERED_STYLE).join(' ');

/**
 * Moves the set `key` to exactly `ids`, calling `join` and `leave` once each, with the elements
 * that enter or leave it (possibly none). Cytoscape re-styles every element it touches, which is
 * what costs on big graphs; one call per collection, not per element, also parses the style and
 * notifies the renderer once (filter toggle on the 2,000-node graph: see the README).
 */
export function updateSet(
  cy: Core,
  state: Looks,
  key: string,
  ids: Set<string>,
  join: (eles: CollectionReturnValue) => void,
  leave: (eles: CollectionReturnValue) => void,
) {
  const prev = state.get(key) ?? new Set<string>();
  const leaving = [...prev].filter((id) => !ids.has(id));
  const joining = [...ids].filter((id) => !prev.has(id));
  state.set(key, ids);
  if (leaving.length) leave(collect(cy, leaving));
  if (joining.length) join(collect(cy, joining));
}

/** `cy.collection(elementArray)` is documented; @types/cytoscape types only ids and definitions. */
const collect = (cy: Core, ids: string[]) =>
  cy.collection(ids.map((id) => cy.getElementById(id)) as unknown as CollectionArgument);

export const setClass = (cy: Core, state: Looks, cls: string, ids: Set<string>) =>
  updateSet(
    cy,
    state,
    cls,
    ids,
    (eles) => eles.addClass(cls),
    (eles) => eles.removeClass(cls),
  );

/**
 * The two fades are style bypasses on the same property, not classes: a class change makes
 * Cytoscape recompute every property of the element, and a selection dims most of the graph.
 * Filtered wins over dimmed; an element leaving one fade keeps the other.
 */
export const setFiltered = (cy: Core, state: Looks, ids: Set<string>) =>
  updateSet(
    cy,
    state,
    FILTERED,
    ids,
    (eles) => eles.style(FILTERED_STYLE),
    (eles) => {
      eles.removeStyle(FILTERED_PROPS);
      const dimmed = state.get(DIMMED);
      if (dimmed?.size) eles.filter((el) => dimmed.has(el.id())).style('opacity', DIMMED_OPACITY);
    },
  );

/** Dims `ids` (a bypass of opacity only, so no element texture is redrawn). */
export const setDimmed = (cy: Core, state: Looks, ids: Set<string>) => {
  const unfiltered = (eles: CollectionReturnValue) => {
    const filtered = state.get(FILTERED);
    return filtered?.size ? eles.filter((el) => !filtered.has(el.id())) : eles;
  };
  updateSet(
    cy,
    state,
    DIMMED,
    ids,
    (eles) => void unfiltered(eles).style('opacity', DIMMED_OPACITY),
    (eles) => void unfiltered(eles).removeStyle('opacity'),
  );
};

/**
 * Applies the stylesheet to `eles` now, after a class change that resizes their labels (font
 * size, label text). Cytoscape restyles lazily, at the next frame, and only then marks the label
 * sizes stale. A bounding box asked for in between (`cy.fit`, a selection's box) re-measures the
 * element with the new font but the old label size, caches that label box, and the renderer cuts
 * the label's texture to it for good: labels drawn clipped at both ends, two-line labels squashed
 * (presentation mode's 21 px labels in the 18 px boxes). Reading a style property applies the
 * style at once, which marks the label sizes stale before any box is measured.
 */
export function restyleNow(eles: NodeCollection) {
  eles.forEach((el) => void el.numericStyle('font-size'));
}

/** Fits the view to what the filters leave visible (everything, if nothing is). */
export function fitVisible(cy: Core, looks: Looks) {
  const filtered = looks.get(FILTERED);
  const shown = filtered?.size
    ? cy.elements().filter((el) => !filtered.has(el.id()))
    : cy.elements();
  cy.fit(shown.nonempty() ? shown : undefined, FIT_PADDING);
}
