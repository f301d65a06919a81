import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoErrors, openApp, SHOTS } from './helpers';

async function save(page: import('@playwright/test').Page, button: string) {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const file = `${SHOTS}/../exports/${dl.suggestedFilename()}`;
  await dl.saveAs(file);
  return { name: dl.suggestedFilename(), file, bytes: readFileSync(file) };
}

test('the view exports as a PNG that holds the drawn graph', async ({ page }) => {
  const errors = await openApp(page);
  const loaded = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((r) => r.name),
  );
  expect(loaded.some((n) => /image-export/.test(n))).toBe(false);
  const { name, bytes } = await save(page, 'View as PNG');
  expect(name).toBe('ketamine-pathways-view.png');
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(50_000);
  // Width and height from the IHDR chunk: the whole graph at scale 2 (not the viewport), with
  // room for the title, the legend and the credit.
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const bb = await page.evaluate(() => window.__cy!.elements().boundingBox({}));
  expect(width).toBeGreaterThan(bb.w * 2);
  expect(height).toBeGreaterThan(bb.h * 2);
  // The legend's longest line ('hypothesised: the sources only hedge it ("may", …)') ends inside
  // the image: the right margin is background on every row, and the legend's words reach close
  // to it (the image is as wide as the legend needs, not cut at a guessed width).
  const margin = await page.evaluate(async (b64) => {
    const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bin], { type: 'image/png' }));
    const c = document.createElement('canvas');
    c.width = bmp.width;
    c.height = bmp.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const inked = (x0: number, x1: number) => {
      const d = ctx.getImageData(x0, 0, x1 - x0, bmp.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4)
        if (d[i]! < 200 || d[i + 1]! < 200 || d[i + 2]! < 200) n++;
      return n;
    };
    return { edge: inked(bmp.width - 40, bmp.width), near: inked(bmp.width - 120, bmp.width - 40) };
  }, bytes.toString('base64'));
  expect(margin.edge, 'ink in the right margin: a legend line is cut').toBe(0);
  expect(margin.near).toBeGreaterThan(0);
  await expect(page.getByText('the view as PNG saved.')).toBeVisible();
  await expectNoErrors(errors);
});

test('the view exports as an SVG with the nodes drawn as shapes and labels', async ({ page }) => {
  await openApp(page);
  const { name, bytes } = await save(page, 'View as SVG');
  expect(name).toBe('ketamine-pathways-view.svg');
  const svg = bytes.toString('utf8');
  expect(svg).toMatch(/^<\?xml|^<svg/);
  expect(svg).toContain('<svg');
  expect(svg).toContain('Ketamine');
  expect(svg).toContain('mTOR');
  expect((svg.match(/<path/g) ?? []).length).toBeGreaterThan(50);
  expect(svg).toContain('Legend');
  expect(svg).toContain('every node and arrow quotes');
});

test('an image of a filtered view leaves the faded elements out', async ({ page }) => {
  await openApp(page, '/?hyp=ampa-mtor');
  const { bytes } = await save(page, 'View as SVG');
  const svg = bytes.toString('utf8');
  expect(svg).toContain('hypothesis: AMPA/mTOR');
  expect(svg).toContain('mTOR');
  // Anesthesia is not part of the AMPA/mTOR hypothesis: faded on screen, absent from the image.
  expect(svg).not.toContain('Anesthesia');
});

test('the graph, the evidence and the sources export as files', async ({ page }) => {
  await openApp(page);
  const cyjs = JSON.parse((await save(page, 'Graph for Cytoscape (.cyjs)')).bytes.toString('utf8'));
  expect(cyjs.format_version).toBe('1.0');
  expect(cyjs.elements.nodes.length).toBe(33);
  const ld = JSON.parse(
    (await save(page, 'Evidence as Web Annotations (JSON-LD)')).bytes.toString('utf8'),
  );
  expect(ld['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  const targets = new Set<string>(
    ld.first.items.map((a: { target: { source: string } }) => a.target.source),
  );
  expect(targets).toContain('https://doi.org/10.1021/acs.chemrestox.0c00411');
  expect([...targets].filter((t) => /\/data\/sources\/[a-z0-9-]+\.txt$/.test(t))).toEqual([
    expect.stringMatching(
      /^http:\/\/127\.0\.0\.1:\d+\/data\/sources\/dottorino-ketamine-esketamine\.txt$/,
    ),
  ]);
  const list = (await save(page, 'Source list (citations)')).bytes.toString('utf8');
  expect(list.split('\n').filter(Boolean)).toHaveLength(5);
  const bib = await save(page, 'Citations as BibTeX');
  expect(bib.name).toBe('ketamine-pathways-sources.bib');
  expect(bib.bytes.toString('utf8').match(/^@\w+\{/gm)).toHaveLength(5);
  expect(bib.bytes.toString('utf8')).toContain(
    'author = {Kojic, M. and Saelens, J. and Kadriu, B. and Zarate, C.A. and Kraus, C.}',
  );
  const ris = await save(page, 'Citations as RIS');
  expect(ris.name).toBe('ketamine-pathways-sources.ris');
  expect(ris.bytes.toString('utf8').match(/^TY {2}- /gm)).toHaveLength(5);
  expect(ris.bytes.toString('utf8')).toContain('AU  - Kojic, M.\r\n');
});

test('the map exports as SBGN-ML and the network as CX2, each loaded only when asked for', async ({
  page,
}) => {
  const errors = await openApp(page);
  const loaded = () =>
    page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  expect((await loaded()).some((n) => /export-(sbgn|cx2)/.test(n))).toBe(false);

  const sbgn = await save(page, 'SBGN-ML');
  expect(sbgn.name).toBe('ketamine-pathways.sbgn');
  const xml = sbgn.bytes.toString('utf8');
  expect(xml).toMatch(
    /^<\?xml version="1.0" encoding="UTF-8"\?>\n<sbgn xmlns="http:\/\/sbgn.org\/libsbgn\/0.3">/,
  );
  expect(xml).toContain('language="activity flow"');
  expect((xml.match(/<glyph class="(biological activity|phenotype)"/g) ?? []).length).toBe(33);
  expect(xml).toContain('<arc class="negative influence" id="arc-ketamine-blocks-nmda-receptor"');
  // The file as the browser saved it validates against libSBGN's schema (beside the repository).
  const lint = spawnSync(
    'xmllint',
    ['--noout', '--schema', path.resolve('../shared/schemas/sbgn/SBGN.xsd'), sbgn.file],
    { encoding: 'utf8' },
  );
  expect(lint.error, 'xmllint (Debian: libxml2-utils)').toBeUndefined();
  expect(`${lint.stdout}${lint.stderr}`).toContain('validates');
  await expect(page.getByText('the map as SBGN-ML saved.')).toBeVisible();
  expect((await loaded()).some((n) => /export-sbgn/.test(n))).toBe(true);

  const cx2 = JSON.parse((await save(page, 'CX2')).bytes.toString('utf8'));
  expect(cx2[0]).toEqual({ CXVersion: '2.0', hasFragments: false });
  const nodes = cx2.find((a: object) => 'nodes' in a).nodes;
  expect(nodes).toHaveLength(33);
  expect(cx2.find((a: object) => 'metaData' in a).metaData).toContainEqual({
    name: 'nodes',
    elementCount: 33,
  });
  await expect(page.getByText('the network as CX2 saved.')).toBeVisible();
  await expectNoErrors(errors);
});
