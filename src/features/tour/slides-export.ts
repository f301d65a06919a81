/**
 * "Export walkthrough as slides": a 16:9 PowerPoint deck written by pptxgenjs, which loads with
 * this module on first use. Each step slide shows the graph at that step (drawn by the canvas,
 * with the step's highlight and the story's build-up), the step's verbatim passage with its
 * citation and certainty, and the legend under the image (the layout: `slideLayout`).
 */
import PptxGenJS from 'pptxgenjs';
import type { GraphIndex } from '../../domain/graph-index';
import { type Deck, SLIDE, SLIDE_DPI, slideLayout, walkthroughDeck } from '../../domain/slides';
import { DOSE_TOUR, type Tour } from '../../domain/tour';
import { imageCredit } from '../exports/canvas-image';
import { canvas } from '../graph-canvas/canvas-handle';
import { download } from '../exports/download';
import { DOSE_STYLE, type DoseClass, RELATION_STYLE } from '../graph-canvas/visual-language';

/**
 * The legend as coloured text runs in lines short enough for its narrowest column (LEGEND_MIN_W):
 * two dose classes a line, three relations a line, then the step's border.
 */
function legendRuns(index: GraphIndex, ids: string[]): PptxGenJS.TextProps[] {
  const relations = new Set(ids.map((id) => index.edges.get(id)?.relation).filter(Boolean));
  const runs: PptxGenJS.TextProps[] = [
    { text: 'Legend  ', options: { bold: true, fontSize: 11, color: '111111' } },
  ];
  const doses = Object.keys(DOSE_STYLE) as DoseClass[];
  doses.forEach((k, i) => {
    const d = DOSE_STYLE[k];
    runs.push({
      text: `━ ${d.label} (${d.node})${i % 2 === 0 && i < doses.length - 1 ? '   ' : ''}`,
      options: {
        fontSize: 11,
        color: d.color.slice(1),
        breakLine: i % 2 === 1 || i === doses.length - 1,
      },
    });
  });
  const shown = Object.entries(RELATION_STYLE).filter(([rel]) => relations.has(rel as never));
  shown.forEach(([, r], i) => {
    const last = i % 3 === 2 || i === shown.length - 1;
    runs.push({
      text: `${r.glyph} ${r.label}${last ? '' : '   '}`,
      options: { fontSize: 11, color: '333333', breakLine: last },
    });
  });
  runs.push({
    text: '▭ thick black border: this step',
    options: { fontSize: 11, color: '111111' },
  });
  return runs;
}

const W = SLIDE.w;
const FONT = 'Arial';

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(new Error('the step image could not be read'));
    r.readAsDataURL(blob);
  });
}

/** A PNG's pixel size, from its header. */
async function pngSize(blob: Blob): Promise<{ w: number; h: number }> {
  const v = new DataView(await blob.slice(16, 24).arrayBuffer());
  return { w: v.getUint32(0), h: v.getUint32(4) };
}

/**
 * Step images: each frame's graph as large as fits 1400 × 1000 px, at most 3 px per model unit (a
 * step with few elements is drawn larger, never blown up past that), placed at {@link SLIDE_DPI}.
 */
const FIT = { width: 1400, height: 1000, maxScale: 3 };

/** Which precomputed view lays the walkthrough out: its hypothesis's story view, else the whole. */
function viewOf(tour: Tour) {
  return tour.id === DOSE_TOUR ? ('full' as const) : { kind: 'hypothesis' as const, id: tour.id };
}

export async function deckFile(index: GraphIndex, tour: Tour): Promise<{ deck: Deck; blob: Blob }> {
  const deck = walkthroughDeck(index, tour);
  const framed = deck.pages.filter((p) => p.frame);
  const images = await canvas.image({
    format: 'png',
    frames: framed.map((p) => p.frame!),
    view: viewOf(tour),
    credit: imageCredit(index.graph.sources.length),
    legend: false,
    scale: 2,
    fit: FIT,
  });
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.subject = "Ketamine's antidepressant mechanisms";
  pptx.company = 'Ketamine pathways';

  let imageAt = 0;
  for (const page of deck.pages) {
    const slide = pptx.addSlide();
    if (page.kind === 'title') {
      slide.addText(page.title, {
        x: 0.6,
        y: 2.3,
        w: W - 1.2,
        h: 1.4,
        fontFace: FONT,
        fontSize: 40,
        bold: true,
        color: '111111',
      });
      slide.addText(page.subtitle ?? '', {
        x: 0.6,
        y: 3.8,
        w: W - 1.2,
        h: 0.8,
        fontFace: FONT,
        fontSize: 20,
        color: '333333',
      });
      continue;
    }
    const image = images[imageAt++];
    // The image and the legend in the left column, the text right of both: nothing overlaps.
    const layout = slideLayout(image ? await pngSize(image) : undefined, SLIDE_DPI);
    slide.addText(page.title, {
      ...layout.title,
      fontFace: FONT,
      fontSize: 26,
      bold: true,
      color: '111111',
      fit: 'shrink',
    });
    if (image && layout.image)
      slide.addImage({
        data: await dataUrl(image),
        ...layout.image,
        altText: `The graph: ${page.title}`,
      });
    slide.addText(legendRuns(index, page.frame?.story ?? []), {
      ...layout.legend,
      fontFace: FONT,
      valign: 'bottom',
      fit: 'shrink',
    });
    // The text beside the image: the step's passages, or the closing path and sources.
    const textBox = { ...layout.text, fontFace: FONT, valign: 'top', fit: 'shrink' } as const;
    if (page.kind === 'step') {
      const runs: PptxGenJS.TextProps[] = [];
      for (const q of page.quotes) {
        if (q.lane)
          runs.push({ text: q.lane, options: { bold: true, fontSize: 16, breakLine: true } });
        runs.push({
          text: `“${q.quote}”`,
          options: { italic: true, fontSize: 17, color: '111111', breakLine: true },
        });
        const about = [
          `— ${q.cite}`,
          q.certainty ? `source: ${q.certainty}` : '',
          q.elementCertainty ? `claim: ${q.elementCertainty}` : '',
        ].filter(Boolean);
        runs.push({
          text: about.join(' · '),
          options: { fontSize: 13, color: '333333', breakLine: true, paraSpaceAfter: 10 },
        });
      }
      slide.addText(runs, textBox);
    } else {
      const runs: PptxGenJS.TextProps[] = [
        { text: 'The path', options: { bold: true, fontSize: 16, breakLine: true } },
        ...(page.path ?? []).flatMap((group) => [
          ...(group.heading
            ? [{ text: group.heading, options: { bold: true, fontSize: 14, breakLine: true } }]
            : []),
          ...group.lines.map((line) => ({
            text: line,
            options: { fontSize: 13, breakLine: true, paraSpaceAfter: 3 },
          })),
        ]),
        { text: 'Sources', options: { bold: true, fontSize: 16, breakLine: true } },
        ...(page.references ?? []).map((line) => ({
          text: line,
          options: { fontSize: 11, breakLine: true, paraSpaceAfter: 4 },
        })),
      ];
      slide.addText(runs, { ...textBox, color: '111111' });
    }
    // Lecturer's notes go to the speaker notes only, marked: they are not evidence.
    if (page.note) slide.addNotes(`Lecturer's note (not from the sources): ${page.note}`);
  }
  const blob = (await pptx.write({ outputType: 'blob' })) as Blob;
  return { deck, blob };
}

/** Writes the deck and saves it as `<walkthrough>-slides.pptx`. */
export async function exportSlides(index: GraphIndex, tour: Tour): Promise<void> {
  const { blob } = await deckFile(index, tour);
  download(`ketamine-pathways-${tour.id}-slides.pptx`, blob);
}
