/** A source's full text with one passage marked and scrolled into view. Loaded on demand. */
import { useEffect, useRef } from 'react';
import { useSourceText } from '../../app/source-query';
import { sourceHref, type GraphIndex } from '../../domain/graph-index';
import { useUiStore, type ReaderState } from '../../store/ui-store';

export default function SourceReader({
  index,
  reader,
}: {
  index: GraphIndex;
  reader: ReaderState;
}) {
  const source = index.sources.get(reader.sourceId);
  const { data: text, error, refetch, isFetching } = useSourceText(reader.sourceId);
  const markRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnTo = useRef<Element | null>(null);

  useEffect(() => {
    returnTo.current = document.activeElement;
    headingRef.current?.focus();
    return () => (returnTo.current as HTMLElement | null)?.focus?.();
  }, []);
  useEffect(() => {
    markRef.current?.scrollIntoView?.({ block: 'center' });
  }, [text, reader]);

  const close = () => useUiStore.setState({ reader: null });
  const href = sourceHref(source);
  const fits = text !== undefined && reader.end <= text.length;
  return (
    <div className="reader-backdrop" onClick={(e) => e.target === e.currentTarget && close()}>
      <div
        className="reader"
        role="dialog"
        aria-modal="true"
        aria-labelledby="reader-heading"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            close();
          }
        }}
      >
        <header className="reader-header">
          <h2 id="reader-heading" ref={headingRef} tabIndex={-1}>
            {source?.titleStated === false
              ? `[${source.title}]`
              : (source?.title ?? reader.sourceId)}
          </h2>
          <button type="button" className="close" onClick={close} aria-label="Close the source">
            ×
          </button>
        </header>
        <p className="muted reader-citation">
          {source?.citation}
          {href && (
            <>
              {' '}
              <a href={href} target="_blank" rel="noopener noreferrer">
                Open the original
              </a>
            </>
          )}
        </p>
        {error ? (
          <div role="alert">
            <p>{error.message}</p>
            <button type="button" onClick={() => refetch()} disabled={isFetching}>
              Retry
            </button>
          </div>
        ) : text === undefined ? (
          <p role="status">Loading the source text…</p>
        ) : (
          <div
            className="reader-text"
            lang={source?.language}
            tabIndex={0}
            aria-label="Source text"
          >
            {fits ? (
              <>
                {text.slice(0, reader.start)}
                <mark ref={markRef}>{text.slice(reader.start, reader.end)}</mark>
                {text.slice(reader.end)}
              </>
            ) : (
              text
            )}
          </div>
        )}
      </div>
    </div>
  );
}
