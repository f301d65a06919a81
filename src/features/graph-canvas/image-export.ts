/**
 * Images of the graph, loaded on demand with the cytoscape-svg extension. Each image is drawn by
 * a copy of the canvas in a detached container, so the live view never changes: the copy takes
 * the live positions, routes and classes, drops what is faded or hidden, applies a walkthrough
 * frame's highlight and build-up, and draws the whole of what is left (not the viewport, and for a
 * frame, framed to what the story has reached), with a title, the legend and a source credit.
 */
import cytoscape, { type Collection, type Core, type StylesheetJson } from 'cytoscape';
import svg from 'cytoscape-svg';
import type { Graph, GraphView } from '../../domain/schema';
import type { ImageFrame, ImageSpec } from './image-spec';
import { DIMMED_OPACITY, STYLESHEET } from './stylesheet';
import {
  CERTAINTY_STYLE,
  DOSE_STYLE,
  type DoseClass,
  HIGH_DOSE_COLOR,
  RELATION_STYLE,
} from './visual-language';

let registered = false;

const PAD = 24;
const TITLE_PX = 30;
const TEXT_PX = 17;
const LEGEND_ROW = 26;
/** Where a legend row's words start, right of its mark (unscaled pixels). */
const LEGEND_TEXT_X = 64;
const CREDIT_PX = 14;
const FONT = '"Atkinson Hyperlegible", system-ui, sans-serif';

/**
 * The SVG renderer ignores the canvas composite mode that hollows a double border, so in SVG a
 * high-dose box gets its double line as a border plus an outline ring a gap away.
 */
const SVG_OVERRIDES: StylesheetJson = [
  {
    selector: 'node.high-dose-only',
    style: {
      'border-style': 'solid',
      'border-width': 2.5,
      'outline-width': 2.5,
      'outline-color': HIGH_DOSE_COLOR,
      'outline-offset': 2.5,
      'outline-style': 'solid',
    } as never,
  },
];

/** A legend row: a line sample (colour, dash, start mark) or a box sample, and its words. */
interface LegendRow {
  label: string;
  color: string;
  dash: number[];
  mark: 'none' | 'square' | 'circle' | 'hollow' | 'box-double' | 'box';
  /** The arrowhead: Cytoscape's shape name. */
  head?: string;
}

function legendRows(eles: Collection): LegendRow[] {
  const rows: LegendRow[] = [];
  const shown = (sel: string) => eles.filter(sel).nonempty();
  for (const k of Object.keys(DOSE_STYLE) as DoseClass[]) {
    if (!shown(`edge.${k}, node.${k}`)) continue;
    const d = DOSE_STYLE[k];
    rows.push({
      label: `${d.label} (box: ${d.node})`,
      color: d.color,
      dash: [],
      mark: k === 'dose-independent' ? 'hollow' : (d.marker as LegendRow['mark']),
    });
  }
  const relations = new Set(eles.edges().map((e) => e.data('relation') as string));
  for (const [rel, r] of Object.entries(RELATION_STYLE)) {
    if (!relations.has(rel)) continue;
    rows.push({
      label: r.label,
      head: r.arrow,
      color: '#3b4a5a',
      dash: [],
      mark: 'none',
    });
  }
  // Line style is certainty's: how firmly the sources say an arrow.
  for (const [c, st] of Object.entries(CERTAINTY_STYLE)) {
    if (c !== 'established' && !shown(`edge.${c}`)) continue;
    rows.push({ label: st.label, color: '#3b4a5a', dash: st.dash ?? [], mark: 'none' });
  }
  if (eles.filter('.selected').nonempty())
    rows.push({ label: 'black, thick: this step', color: '#000', dash: [], mark: 'box' });
  return rows;
}

/** A copy of the live canvas in a detached, sized container: nothing the viewer sees moves. */
function copyOf(cy: Core, format: 'png' | 'svg'): { copy: Core; done: () => void } {
  const div = document.createElement('div');
  // CSSOM properties, not a style attribute: the strict CSP allows these.
  div.style.position = 'fixed';
  div.style.left = '-10000px';
  div.style.top = '0';
  div.style.width = `${Math.max(cy.width(), 400)}px`;
  div.style.height = `${Math.max(cy.height(), 300)}px`;
  div.setAttribute('aria-hidden', 'true');
  document.body.append(div);
  cy.stop(true, true);
  const style = [...STYLESHEET, ...(format === 'svg' ? SVG_OVERRIDES : [])];
  const faded = cy
    .elements()
    .filter(
      (el) => el.style('display') === 'none' || Number(el.style('opacity')) <= DIMMED_OPACITY,
    );
  // Everything faded (a filter that leaves nothing): draw it all rather than nothing.
  const gone = faded.length === cy.elements().length ? cy.collection() : faded;
  const elements = cy.elements().map((el) => {
    const j = el.json() as { data: object; position?: object; classes?: string };
    return { ...j, classes: `${el.classes().join(' ')}${gone.has(el) ? ' export-gone' : ''}` };
  });
  const copy = cytoscape({
    container: div,
    elements: elements as never,
    style: [
      ...style,
      { selector: '.export-gone', style: { display: 'none' } },
      { selector: '.export-out', style: { display: 'none' } },
    ] as StylesheetJson,
    layout: { name: 'preset' },
    styleEnabled: true,
    boxSelectionEnabled: false,
    autoungrabify: true,
  });
  return {
    copy,
    done: () => {
      copy.destroy();
      div.remove();
    },
  };
}

/** The full view as a view: every element at its own position, along its own route. */
function fullView(graph: Graph): GraphView {
  return {
    id: 'full',
    kind: 'hypothesis',
    nodes: Object.fromEntries(graph.elements.nodes.map((n) => [n.data.id, n.position])),
    edges: Object.fromEntries(graph.elements.edges.map((e) => [e.data.id, e.data])),
  } as GraphView;
}

/** Moves the copy to a view's positions and routes (a walkthrough's own layout). */
function applyView(copy: Core, view: GraphView) {
  copy.batch(() => {
    copy.nodes().forEach((n) => {
      const p = view.nodes[n.id()];
      if (p) n.position({ ...p });
      else n.addClass('export-out');
    });
    copy.edges().forEach((e) => {
      const r = view.edges[e.id()];
      if (!r) {
        e.addClass('export-out');
        return;
      }
      e.data({
        bends: r.bends,
        segmentDistances: r.segmentDistances,
        segmentWeights: r.segmentWeights,
        sourceEndpoint: r.sourceEndpoint,
        targetEndpoint: r.targetEndpoint,
      });
      e.toggleClass('straight', r.bends.length === 0);
    });
  });
}

/**
 * A walkthrough frame, as the screen shows it in a story view: the step's elements highlighted,
 * those already shown in context, and everything else (the story's later steps included: build-up)
 * not drawn, so the image is framed to what the story has reached.
 */
function applyFrame(copy: Core, frame: ImageFrame) {
  const current = new Set(frame.current);
  const visited = new Set(frame.visited);
  copy.batch(() => {
    copy.elements().forEach((el) => {
      const id = el.id();
      el.removeClass('cascade selected export-gone');
      if (current.has(id)) el.addClass('selected');
      else if (visited.has(id)) el.addClass('cascade');
      else el.addClass('export-gone');
    });
    // An arrow is drawn only with both its ends.
    copy.edges().forEach((e) => {
      if (e.source().hasClass('export-gone') || e.target().hasClass('export-gone'))
        e.addClass('export-gone');
    });
  });
}

function blobToImage(blob: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(blob);
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve(img);
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the graph image could not be read back'));
    };
    img.src = url;
  });
}

function drawMark(
  ctx: CanvasRenderingContext2D,
  row: LegendRow,
  x: number,
  y: number,
  scale: number,
) {
  ctx.save();
  ctx.strokeStyle = row.color;
  ctx.fillStyle = row.color;
  ctx.lineWidth = 3 * scale;
  if (row.mark === 'box' || row.mark === 'box-double') {
    ctx.lineWidth = 5 * scale;
    ctx.strokeRect(x + 4 * scale, y - 8 * scale, 40 * scale, 16 * scale);
    ctx.restore();
    return;
  }
  ctx.setLineDash(row.dash.map((d) => d * scale));
  ctx.beginPath();
  ctx.moveTo(x + 6 * scale, y);
  ctx.lineTo(x + 44 * scale, y);
  ctx.stroke();
  ctx.setLineDash([]);
  const hx = x + 46 * scale;
  if (row.head === 'tee') ctx.fillRect(hx, y - 8 * scale, 4 * scale, 16 * scale);
  else if (row.head === 'circle' || row.head === 'diamond' || row.head === 'square') {
    ctx.beginPath();
    if (row.head === 'circle') ctx.arc(hx + 4 * scale, y, 5 * scale, 0, Math.PI * 2);
    else if (row.head === 'square') ctx.rect(hx, y - 5 * scale, 10 * scale, 10 * scale);
    else {
      ctx.moveTo(hx, y);
      ctx.lineTo(hx + 6 * scale, y - 6 * scale);
      ctx.lineTo(hx + 12 * scale, y);
      ctx.lineTo(hx + 6 * scale, y + 6 * scale);
    }
    ctx.fill();
  } else {
    ctx.beginPath();
    ctx.moveTo(x + 44 * scale, y - 6 * scale);
    ctx.lineTo(x + 52 * scale, y);
    ctx.lineTo(x + 44 * scale, y + 6 * scale);
    ctx.fill();
  }
  if (row.mark === 'square') ctx.fillRect(x, y - 5 * scale, 10 * scale, 10 * scale);
  if (row.mark === 'circle' || row.mark === 'hollow') {
    ctx.beginPath();
    ctx.arc(x + 5 * scale, y, 5 * scale, 0, Math.PI * 2);
    if (row.mark === 'circle') ctx.fill();
    else {
      ctx.fillStyle = '#fff';
      ctx.fill();
      ctx.lineWidth = 2 * scale;
      ctx.stroke();
    }
  }
  ctx.restore();
}

/**
 * The legend column's width in pixels at `scale`: its widest line (the bold heading, or a row's
 * mark and words), measured with the font it is drawn in. 0 without a legend.
 */
export function legendColumnWidth(
  rows: Array<{ label: string }>,
  textWidth: (font: string, text: string) => number,
  scale: number,
): number {
  if (!rows.length) return 0;
  return Math.max(
    textWidth(`700 ${TEXT_PX * scale}px ${FONT}`, 'Legend'),
    ...rows.map(
      (r) => LEGEND_TEXT_X * scale + textWidth(`400 ${TEXT_PX * scale}px ${FONT}`, r.label),
    ),
  );
}

/** A 2D context's text width, for the SVG's layout (its text is measured as the PNG's is). */
function measureWith(): (font: string, text: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  return (font, text) => {
    if (!text) return 0;
    // No 2D context (never in a browser): a generous estimate rather than a cut line.
    if (!ctx) return text.length * 0.62 * Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 17);
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

/** Title, graph, legend and credit on one canvas: a PNG a slide can take as it is. */
async function composePng(graphPng: Blob, spec: ImageSpec, rows: LegendRow[]): Promise<Blob> {
  const img = await blobToImage(graphPng);
  const s = spec.scale ?? 2;
  const title = spec.title ?? '';
  const credit = spec.credit ?? '';
  const top = title ? (TITLE_PX + PAD) * s : 0;
  const legendHeight = rows.length * LEGEND_ROW * s + (rows.length ? 30 * s : 0);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  // Wide enough for the title, the credit and every legend line whole, however small the graph
  // (one step's drug) and however long a legend line (the certainty rows).
  const textWidth = (font: string, text: string) => {
    ctx.font = font;
    return text ? ctx.measureText(text).width : 0;
  };
  const legendWidth = legendColumnWidth(rows, textWidth, s);
  const width = Math.max(
    img.width + legendWidth + 3 * PAD * s,
    600 * s,
    textWidth(`700 ${TITLE_PX * s}px ${FONT}`, title) + 2 * PAD * s,
    textWidth(`400 ${CREDIT_PX * s}px ${FONT}`, credit) + 2 * PAD * s,
  );
  const height =
    top + Math.max(img.height, legendHeight) + (credit ? (CREDIT_PX + PAD) * s : 0) + 2 * PAD * s;
  canvas.width = Math.round(width);
  canvas.height = Math.round(height);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#111';
  ctx.textBaseline = 'alphabetic';
  if (title) {
    ctx.font = `700 ${TITLE_PX * s}px ${FONT}`;
    ctx.fillText(title, PAD * s, (PAD + TITLE_PX) * s);
  }
  ctx.drawImage(img, PAD * s, top + PAD * s);
  if (rows.length) {
    const lx = PAD * s * 2 + img.width;
    let ly = top + PAD * s + 18 * s;
    ctx.font = `700 ${TEXT_PX * s}px ${FONT}`;
    ctx.fillText('Legend', lx, ly);
    ly += LEGEND_ROW * s;
    ctx.font = `400 ${TEXT_PX * s}px ${FONT}`;
    for (const row of rows) {
      drawMark(ctx, row, lx, ly - 5 * s, s);
      ctx.fillStyle = '#111';
      ctx.fillText(row.label, lx + LEGEND_TEXT_X * s, ly);
      ly += LEGEND_ROW * s;
    }
  }
  if (credit) {
    ctx.font = `400 ${CREDIT_PX * s}px ${FONT}`;
    ctx.fillStyle = '#333';
    ctx.fillText(credit, PAD * s, canvas.height - PAD * s);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))),
      'image/png',
    ),
  );
}

const esc = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The SVG mark of a legend row, the same shapes as the PNG's. */
function svgMark(row: LegendRow, x: number, y: number): string {
  if (row.mark === 'box' || row.mark === 'box-double')
    return `<rect x="${x + 4}" y="${y - 8}" width="40" height="16" fill="none" stroke="${row.color}" stroke-width="5"/>`;
  const dash = row.dash.length ? ` stroke-dasharray="${row.dash.join(' ')}"` : '';
  let out = `<line x1="${x + 6}" y1="${y}" x2="${x + 44}" y2="${y}" stroke="${row.color}" stroke-width="3"${dash}/>`;
  const hx = x + 46;
  if (row.head === 'tee')
    out += `<rect x="${hx}" y="${y - 8}" width="4" height="16" fill="${row.color}"/>`;
  else if (row.head === 'circle')
    out += `<circle cx="${hx + 4}" cy="${y}" r="5" fill="${row.color}"/>`;
  else if (row.head === 'square')
    out += `<rect x="${hx}" y="${y - 5}" width="10" height="10" fill="${row.color}"/>`;
  else if (row.head === 'diamond')
    out += `<path d="M${hx} ${y}L${hx + 6} ${y - 6}L${hx + 12} ${y}L${hx + 6} ${y + 6}Z" fill="${row.color}"/>`;
  else
    out += `<path d="M${x + 44} ${y - 6}L${x + 52} ${y}L${x + 44} ${y + 6}Z" fill="${row.color}"/>`;
  if (row.mark === 'square')
    out += `<rect x="${x}" y="${y - 5}" width="10" height="10" fill="${row.color}"/>`;
  if (row.mark === 'circle') out += `<circle cx="${x + 5}" cy="${y}" r="5" fill="${row.color}"/>`;
  if (row.mark === 'hollow')
    out += `<circle cx="${x + 5}" cy="${y}" r="5" fill="#fff" stroke="${row.color}" stroke-width="2"/>`;
  return out;
}

/** The graph's SVG nested in one with the title, the legend and the credit, as text. */
function composeSvg(graphSvg: string, spec: ImageSpec, rows: LegendRow[]): string {
  const inner = graphSvg.replace(/^<\?xml[^>]*>\s*/, '');
  const w = Number(/<svg[^>]*\swidth="([\d.]+)/.exec(inner)?.[1] ?? 800);
  const h = Number(/<svg[^>]*\sheight="([\d.]+)/.exec(inner)?.[1] ?? 600);
  const title = spec.title ?? '';
  const credit = spec.credit ?? '';
  const top = title ? TITLE_PX + PAD : 0;
  // Measured as the PNG's, plus a margin for a viewer that draws the fallback font wider.
  const legendWidth = rows.length ? Math.ceil(legendColumnWidth(rows, measureWith(), 1) * 1.1) : 0;
  const legendHeight = rows.length * LEGEND_ROW + (rows.length ? 30 : 0);
  const width = Math.max(w + legendWidth + 3 * PAD, 600);
  const height = top + Math.max(h, legendHeight) + (credit ? CREDIT_PX + PAD : 0) + 2 * PAD;
  const nested = inner.replace(/^<svg/, `<svg x="${PAD}" y="${top + PAD}"`);
  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Atkinson Hyperlegible, system-ui, sans-serif">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
  ];
  if (title)
    parts.push(
      `<text x="${PAD}" y="${PAD + TITLE_PX}" font-size="${TITLE_PX}" font-weight="700" fill="#111">${esc(title)}</text>`,
    );
  parts.push(nested);
  if (rows.length) {
    const lx = 2 * PAD + w;
    let ly = top + PAD + 18;
    parts.push(
      `<g class="legend"><text x="${lx}" y="${ly}" font-size="${TEXT_PX}" font-weight="700" fill="#111">Legend</text>`,
    );
    for (const row of rows) {
      ly += LEGEND_ROW;
      parts.push(svgMark(row, lx, ly - 5));
      parts.push(
        `<text x="${lx + LEGEND_TEXT_X}" y="${ly}" font-size="${TEXT_PX}" fill="#111">${esc(row.label)}</text>`,
      );
    }
    parts.push('</g>');
  }
  if (credit)
    parts.push(
      `<text x="${PAD}" y="${height - PAD}" font-size="${CREDIT_PX}" fill="#333">${esc(credit)}</text>`,
    );
  parts.push('</svg>');
  return parts.join('\n');
}

/** Pixels per model unit of a PNG's graph: `fit` draws a frame with few elements larger. */
function graphScale(copy: Core, spec: ImageSpec): number {
  if (!spec.fit) return spec.scale ?? 2;
  const bb = copy.elements().boundingBox();
  const { width, height, maxScale } = spec.fit;
  return Math.min(maxScale, width / Math.max(bb.w, 1), height / Math.max(bb.h, 1));
}

/**
 * The images a spec asks for: one per walkthrough frame, or one of the view as it stands. Each
 * draws the whole of what is shown (`full`), never the viewport.
 */
export async function renderImages(cy: Core, graph: Graph, spec: ImageSpec): Promise<Blob[]> {
  if (spec.format === 'svg' && !registered) {
    cytoscape.use(svg);
    registered = true;
  }
  const { copy, done } = copyOf(cy, spec.format);
  try {
    const want = spec.view;
    if (want) {
      const view =
        want === 'full'
          ? fullView(graph)
          : graph.views.find((v) => v.kind === want.kind && v.id === want.id);
      applyView(copy, view ?? fullView(graph));
    }
    const frames: Array<ImageFrame | null> = spec.frames?.length ? spec.frames : [null];
    const out: Blob[] = [];
    for (const frame of frames) {
      if (frame) applyFrame(copy, frame);
      const rows = spec.legend === false ? [] : legendRows(copy.elements(':visible'));
      if (spec.format === 'png') {
        const graph = copy.png({
          output: 'blob',
          bg: '#ffffff',
          full: true,
          scale: graphScale(copy, spec),
        }) as unknown as Blob;
        out.push(await composePng(graph, spec, rows));
      } else {
        const text = (copy as unknown as { svg(o: object): string }).svg({
          full: true,
          bg: '#ffffff',
          scale: 1,
        });
        out.push(new Blob([composeSvg(text, spec, rows)], { type: 'image/svg+xml' }));
      }
    }
    return out;
  } finally {
    done();
  }
}
