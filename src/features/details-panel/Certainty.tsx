/**
 * How firmly the sources say it, in words: the element's certainty with the hedging words the
 * sources use, how many distinct sources support it, and the curator's inference when there is
 * one. The first line says it; the sources' names and other hedges are one click away. A small component so that the details panel can place it wherever it is laid out.
 */
import { useState } from 'react';
import type { GraphIndex } from '../../domain/graph-index';
import type { ElementCertainty, GraphEvidence } from '../../domain/schema';

const HEADINGS: Record<ElementCertainty, string> = {
  established: 'Established',
  hypothesised: 'Hypothesised',
  debated: 'Debated',
};

const quoteWords = (words: string[]) => words.map((w) => `“${w}”`).join(', ');

/** The distinct hedging words of the hedged items, in order of first use. */
export function hedgeWords(evidence: readonly GraphEvidence[]): string[] {
  return [...new Set(evidence.filter((e) => e.certainty === 'hedged').flatMap((e) => e.hedges))];
}

export function Certainty({
  certainty,
  evidence,
  sourceCount,
  inference,
  index,
}: {
  certainty: ElementCertainty;
  evidence: readonly GraphEvidence[];
  sourceCount: number;
  inference?: string | undefined;
  index: GraphIndex;
}) {
  const [open, setOpen] = useState(false);
  const hedges = hedgeWords(evidence);
  const name = (id: string) => index.sources.get(id)?.shortTitle ?? id;
  const disputing = [
    ...new Set(evidence.filter((e) => e.certainty === 'disputes').map((e) => e.sourceId)),
  ];
  const supporting = [
    ...new Set(evidence.filter((e) => e.certainty !== 'disputes').map((e) => e.sourceId)),
  ];
  let words: string;
  if (certainty === 'hypothesised') words = `the sources say ${quoteWords(hedges)}`;
  else if (certainty === 'debated')
    words = `${disputing.map(name).join(' and ')} ${disputing.length > 1 ? 'question' : 'questions'} it`;
  else words = 'a source states it plainly';
  return (
    <section
      className={`certainty certainty-${certainty}`}
      aria-label="How firmly the sources say it"
    >
      <p className="certainty-line">
        <strong>{HEADINGS[certainty]}</strong>: {words}
        <span className="muted">
          {' · '}
          {sourceCount} {sourceCount === 1 ? 'source' : 'sources'}
        </span>{' '}
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? 'less' : 'which'}
        </button>
      </p>
      {open && (
        <>
          {certainty !== 'hypothesised' && hedges.length > 0 && (
            <p>Others hedge it: {quoteWords(hedges)}</p>
          )}
          <p className="agreement">
            Supported by {sourceCount} {sourceCount === 1 ? 'source' : 'distinct sources'}
            {supporting.length > 0 && (
              <span className="muted">: {supporting.map(name).join('; ')}</span>
            )}
          </p>
        </>
      )}
      {inference && (
        <p className="inference">
          <strong>Curator’s inference</strong>: {inference}
        </p>
      )}
    </section>
  );
}

/** One line for captions: "Hypothesised: the sources say “may” · 1 source". */
export function certaintySummary(el: {
  certainty: ElementCertainty;
  evidence: readonly GraphEvidence[];
  sourceCount: number;
}): string {
  const hedges = hedgeWords(el.evidence);
  const how =
    el.certainty === 'hypothesised'
      ? `${HEADINGS.hypothesised}: the sources say ${quoteWords(hedges)}`
      : el.certainty === 'debated'
        ? `${HEADINGS.debated}: a source questions it`
        : `${HEADINGS.established}: a source states it plainly`;
  return `${how} · ${el.sourceCount} ${el.sourceCount === 1 ? 'source' : 'sources'}`;
}

/** A short tag for one quote that is not a plain statement: "hedged: “may”", "disputes this". */
export function EvidenceCertaintyTag({ evidence }: { evidence: GraphEvidence }) {
  if (evidence.certainty === 'stated') return null;
  return (
    <>
      {' · '}
      <span className={`evidence-certainty evidence-${evidence.certainty}`}>
        {evidence.certainty === 'hedged'
          ? `hedged: ${quoteWords(evidence.hedges)}`
          : 'disputes this'}
      </span>
    </>
  );
}
