import { sourceHref, type GraphIndex } from '../../domain/graph-index';
import type { GraphEvidence, GraphSource } from '../../domain/schema';
import { sentenceContext } from '../../domain/text';
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

/**
 * One passage, emphasised within the rest of its sentence, followed by its citation and language.
 * Text only. `compact` leaves out the context (the dose card).
 */
export function Quote({
  evidence,
  index,
  compact = false,
}: {
  evidence: GraphEvidence;
  index: GraphIndex;
  compact?: boolean;
}) {
  const source = index.sources.get(evidence.sourceId);
  const href = sourceHref(source);
  const ctx = sentenceContext(evidence.prefix, evidence.suffix, evidence.quote);
  return (
    <figure className={compact ? 'quote compact' : 'quote'}>
      <blockquote cite={href} lang={evidence.language}>
        <p>
          {!compact && ctx.before && (
            <span className="quote-context">
              {ctx.beforeCut && '…'}
              {ctx.before}
            </span>
          )}
          <mark>{evidence.quote}</mark>
          {!compact && ctx.after && (
            <span className="quote-context">
              {ctx.after}
              {ctx.afterCut && '…'}
            </span>
          )}
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
