/** Export buttons. The builders and the SVG extension load on first use, not with the first view. */
import { useState } from 'react';
import type { Graph } from '../../domain/schema';
import { useUiStore } from '../../store/ui-store';
import { useCanvas } from '../graph-canvas/canvas-handle';
import { imageCredit } from './canvas-image';
import { download } from './download';

const JSON_TYPE = 'application/json';

/** The image's title: what the filters leave on screen. */
function viewTitle(graph: Graph): string {
  const f = useUiStore.getState().filters;
  const parts = ["Ketamine's antidepressant mechanisms"];
  if (f && f.hypotheses.length === 1) {
    const h = graph.hypotheses.find((x) => x.id === f.hypotheses[0]);
    if (h) parts.push(`hypothesis: ${h.label}`);
  }
  if (f && f.dose !== 'both') {
    const b = graph.branches.find((x) => x.id === f.dose);
    parts.push(b ? b.label : f.dose);
  }
  return parts.join(' · ');
}

export function ExportControls({ graph }: { graph: Graph }) {
  const [status, setStatus] = useState('');
  const canvas = useCanvas();
  const run = async (what: string, job: () => Promise<void>) => {
    setStatus(`Preparing ${what}…`);
    try {
      await job();
      setStatus(`${what} saved.`);
    } catch (e) {
      setStatus(`Could not export ${what}: ${(e as Error).message}`);
    }
  };
  const file = async (
    what: string,
    name: string,
    type: string,
    make: (m: typeof import('../../domain/exports')) => string,
  ) =>
    run(what, async () => {
      const m = await import('../../domain/exports');
      download(name, new Blob([make(m)], { type }));
    });
  const image = (format: 'png' | 'svg') =>
    run(`the view as ${format.toUpperCase()}`, async () => {
      const [blob] = await canvas.image({
        format,
        title: viewTitle(graph),
        credit: imageCredit(graph.sources.length),
      });
      if (!blob) throw new Error('no image');
      download(`ketamine-pathways-view.${format}`, blob);
    });
  const actions: Array<[string, () => void]> = [
    ['View as PNG', () => image('png')],
    ['View as SVG', () => image('svg')],
    [
      'Graph for Cytoscape (.cyjs)',
      () =>
        file('the graph', 'ketamine-pathways.cyjs', JSON_TYPE, (m) =>
          JSON.stringify(m.toCyjs(graph), null, 2),
        ),
    ],
    [
      'SBGN-ML',
      () =>
        run('the map as SBGN-ML', async () => {
          const { toSbgnMl } = await import('../../domain/export-sbgn');
          download(
            'ketamine-pathways.sbgn',
            new Blob([toSbgnMl(graph)], { type: 'application/xml' }),
          );
        }),
    ],
    [
      'CX2',
      () =>
        run('the network as CX2', async () => {
          const { toCx2 } = await import('../../domain/export-cx2');
          download(
            'ketamine-pathways.cx2',
            new Blob([JSON.stringify(toCx2(graph), null, 2)], { type: JSON_TYPE }),
          );
        }),
    ],
    [
      'Evidence as Web Annotations (JSON-LD)',
      () =>
        file('the evidence', 'ketamine-pathways-evidence.jsonld', 'application/ld+json', (m) =>
          JSON.stringify(m.toWebAnnotations(graph, window.location.href), null, 2),
        ),
    ],
    [
      'Source list (citations)',
      () =>
        file('the source list', 'ketamine-pathways-sources.txt', 'text/plain;charset=utf-8', (m) =>
          m.citationList(graph),
        ),
    ],
    [
      'Citations as BibTeX',
      () =>
        run('the citations as BibTeX', async () => {
          const { toBibtex } = await import('../../domain/export-citations');
          download(
            'ketamine-pathways-sources.bib',
            new Blob([toBibtex(graph.sources)], { type: 'application/x-bibtex;charset=utf-8' }),
          );
        }),
    ],
    [
      'Citations as RIS',
      () =>
        run('the citations as RIS', async () => {
          const { toRis } = await import('../../domain/export-citations');
          download(
            'ketamine-pathways-sources.ris',
            new Blob([toRis(graph.sources)], {
              type: 'application/x-research-info-systems;charset=utf-8',
            }),
          );
        }),
    ],
  ];
  return (
    <section className="exports" aria-labelledby="exports-heading">
      <h2 id="exports-heading">Export</h2>
      <ul>
        {actions.map(([label, act]) => (
          <li key={label}>
            <button type="button" onClick={act}>
              {label}
            </button>
          </li>
        ))}
      </ul>
      <p className="muted" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
