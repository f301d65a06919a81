import { useUpdate } from './update-state';

/** Says that a newer graph is ready and reloads into it on request. */
export function UpdateNotice() {
  const apply = useUpdate();
  if (!apply) return null;
  return (
    <div className="notice update-notice" role="status">
      <p>A newer version of this graph has been published.</p>
      <button type="button" onClick={apply}>
        Reload to see it
      </button>
    </div>
  );
}
