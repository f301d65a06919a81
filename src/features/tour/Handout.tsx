/**
 * The printable handout of a walkthrough: every step on its own page (print stylesheet in
 * app.css), its verbatim passage and citation, and the whole path with the full citations last.
 * Shown only in print; text only.
 */
import type { GraphIndex } from '../../domain/graph-index';
import { walkthroughDeck } from '../../domain/slides';
import type { Tour } from '../../domain/tour';

export function Handout({ index, tour }: { index: GraphIndex; tour: Tour }) {
  const deck = walkthroughDeck(index, tour);
  return (
    <div className="handout">
      {deck.pages.map((page, i) => (
        <section key={i} className={`handout-page handout-${page.kind}`}>
          <h1>{page.title}</h1>
          {page.subtitle && <p className="handout-subtitle">{page.subtitle}</p>}
          {page.quotes.map((q, n) => (
            <figure key={n} className="handout-quote">
              {q.lane && <h2>{q.lane}</h2>}
              <p className="handout-element">{q.element}</p>
              <blockquote>
                <p>“{q.quote}”</p>
              </blockquote>
              <figcaption>
                — {q.cite}
                {q.certainty && <> · source: {q.certainty}</>}
                {q.elementCertainty && <> · claim: {q.elementCertainty}</>}
              </figcaption>
            </figure>
          ))}
          {page.path && (
            <>
              <h2>The path</h2>
              {page.path.map((group) => (
                <div key={group.heading ?? 'path'} className="handout-path">
                  {group.heading && <h3>{group.heading}</h3>}
                  <ul>
                    {group.lines.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </>
          )}
          {page.references && (
            <>
              <h2>Sources</h2>
              <ol className="handout-references">
                {page.references.map((line) => (
                  <li key={line}>{line.replace(/^\d+\.\s*/, '')}</li>
                ))}
              </ol>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
