/**
 * The keys a walkthrough moves with, in the projected window and in the presenter view alike:
 * ← → and what presentation clickers send (PageUp/PageDown), and Space as on a slide (not on a
 * button, link or disclosure, where Space presses it). Keys typed into a field are left alone.
 */
export function clickerStep(e: KeyboardEvent): -1 | 0 | 1 {
  if (isTyping(e.target) || e.altKey || e.ctrlKey || e.metaKey) return 0;
  if (e.key === 'ArrowRight' || e.key === 'PageDown') return 1;
  if (e.key === 'ArrowLeft' || e.key === 'PageUp') return -1;
  const onControl = (e.target as HTMLElement | null)?.closest?.('button, a, summary');
  if (e.key === ' ' && !onControl) return e.shiftKey ? -1 : 1;
  return 0;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el &&
    (el.tagName === 'INPUT' ||
      el.tagName === 'TEXTAREA' ||
      el.tagName === 'SELECT' ||
      el.isContentEditable)
  );
}
