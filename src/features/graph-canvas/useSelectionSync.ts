/**
 * syncSelection: a walkthrough step (or a quiz's answer), else the selected (or hovered) node's
 * cascade, is highlighted; the rest is dimmed. syncHiddenLabels: a quiz hides the answer's label.
 */
import type { Core } from 'cytoscape';
import { type RefObject, useEffect } from 'react';
import type { Visible } from '../../domain/filter';
import { cascade, type GraphIndex } from '../../domain/graph-index';
import { useUiStore } from '../../store/ui-store';
import { type Looks, restyleNow, setClass, setDimmed } from './looks';

export function useSelectionSync(
  cy: Core | null,
  index: GraphIndex,
  looks: RefObject<Looks>,
  visible: Visible,
) {
  const selected = useUiStore((s) => s.selected);
  const hovered = useUiStore((s) => s.hovered);
  const tourHighlight = useUiStore((s) => s.tourHighlight);
  const hiddenLabels = useUiStore((s) => s.hiddenLabels);

  useEffect(() => {
    if (!cy) return;
    let current: Set<string> = new Set();
    let context: Set<string> | null = null;
    if (tourHighlight) {
      current = new Set(tourHighlight.current);
      context = new Set(tourHighlight.visited);
    } else {
      const focus = hovered ?? selected;
      const allowed = new Set([...visible.nodes, ...visible.edges]);
      // A selection the filters hide keeps its mark but dims nothing: around a node nobody can
      // see, every shown node would be dimmed.
      if (focus && !allowed.has(focus)) current = new Set([focus]);
      else if (focus && index.nodes.has(focus)) {
        current = new Set([focus]);
        context = new Set([
          ...cascade(index, focus, 'up', allowed),
          ...cascade(index, focus, 'down', allowed),
        ]);
      } else if (focus && index.edges.has(focus)) {
        const e = index.edges.get(focus)!;
        current = new Set([focus]);
        context = new Set([e.source, e.target]);
      }
      if (selected && !hovered) current.add(selected);
    }
    const selectedIds = new Set(
      [...current].filter((id) => tourHighlight !== null || id === selected),
    );
    const cascadeIds = new Set([...(context ?? [])].filter((id) => !current.has(id)));
    const dimmedIds = new Set<string>();
    if (context !== null) {
      cy.elements().forEach((el) => {
        const id = el.id();
        if (!current.has(id) && !context?.has(id)) dimmedIds.add(id);
      });
    }
    cy.batch(() => {
      setClass(cy, looks.current, 'selected', selectedIds);
      setClass(cy, looks.current, 'cascade', cascadeIds);
      setDimmed(cy, looks.current, dimmedIds);
    });
  }, [cy, index, selected, hovered, visible, tourHighlight, looks]);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => setClass(cy, looks.current, 'label-hidden', new Set(hiddenLabels)));
    // The hidden label's font size changes: restyle now, before anything measures a box.
    restyleNow(cy.nodes());
  }, [cy, hiddenLabels, looks]);
}
