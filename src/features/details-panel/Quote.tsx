import { sourceHref, type GraphIndex } from '../../domain/graph-index';
import type { GraphEvidence, GraphSource } from '../../domain/schema';
import { useUiStore } from '../../store/ui-store';
import { EvidenceCertaintyTag } from './Certainty';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'French' };

/** "Chem Res Toxicol 2021" style: venue and year where the text states them, else the short title. */
export function shortCitation(s: GraphSource): string {
  const lead = s.authors?.length
    ? `${s.authors[0]?.split(',')[0]} et al.`
    : (s.venue ?? s.shortTitle);
  return [lead, s.year].filter(Boolean).join(' ');
}

/** One passage, emphasised within its context, followed by its citation and language. Text only. */
export function Quote({ evidence, index }: { evidence: GraphEvidence; index: GraphIndex }) {
  const source = index.sources.get(evidence.sourceId);
  const href = sourceHref(source);
  return (
    <figure className="quote">
      <blockquote cite={href} lang={evidence.language}>
        <p>
          <span className="quote-context">…{evidence.prefix}</span>
          <mark>{evidence.quote}</mark>
          <span className="quote-context">{evidence.suffix}…</span>
        </p>
      </blockquote>
      <figcaption>
        {source ? (
          <>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer" title={source.citation}>
                {shortCitation(source)}
              </a>
            ) : (
              <span title={source.citation}>{shortCitation(source)}</span>
            )}
            {source.shortTitle !== shortCitation(source) && (
              <>
                {' · '}
                <span>{source.shortTitle}</span>
              </>
            )}
          </>
        ) : (
          evidence.sourceId
        )}
        {' · '}
        <span className="quote-language">
          {LANGUAGE_NAMES[evidence.language] ?? evidence.language}
        </span>
        <EvidenceCertaintyTag evidence={evidence} />
        {' · '}
        <button
          type="button"
          className="link-button"
          onClick={() =>
            useUiStore.setState({
              reader: { sourceId: evidence.sourceId, start: evidence.start, end: evidence.end },
            })
          }
        >
          Read in source
        </button>
      </figcaption>
    </figure>
  );
}
