import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleReport, fontsOfCss } from '../../bench/bundle';

describe('bundle report', () => {
  it('counts the entry and its static imports in the first view, not dynamic imports', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'kp-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(
      path.join(dist, 'index.html'),
      '<script type="module" src="./assets/main.js"></script><link rel="stylesheet" href="./assets/main.css">',
    );
    writeFileSync(
      path.join(dist, 'assets/main.js'),
      'import{a}from"./shared.js";const x=()=>import("./lazy.js");',
    );
    writeFileSync(path.join(dist, 'assets/shared.js'), 'export const a=1;'.repeat(50));
    writeFileSync(path.join(dist, 'assets/lazy.js'), 'export const b=2;'.repeat(5000));
    writeFileSync(path.join(dist, 'assets/main.css'), 'body{color:red}');
    const r = bundleReport(dist);
    const first = r.chunks
      .filter((c) => c.firstView)
      .map((c) => c.file)
      .sort();
    expect(first).toEqual(['assets/main.css', 'assets/main.js', 'assets/shared.js', 'index.html']);
    expect(r.firstViewSize).toBe(
      r.chunks.filter((c) => c.firstView).reduce((n, c) => n + c.size, 0),
    );
    expect(r.chunks.find((c) => c.file === 'assets/lazy.js')?.firstView).toBe(false);
  });

  it("counts the WOFF2 font the first view's stylesheet declares, at its own size, and not its WOFF fallback", () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'kp-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(
      path.join(dist, 'index.html'),
      '<script type="module" src="./assets/main.js"></script><link rel="stylesheet" href="./assets/main.css">',
    );
    writeFileSync(path.join(dist, 'assets/main.js'), 'export const a=1;');
    writeFileSync(
      path.join(dist, 'assets/main.css'),
      '@font-face{font-family:X;font-weight:700;src:url(./label-700.woff2)format("woff2"),url(./label-700.woff)format("woff")}body{font-family:X}',
    );
    // Random bytes do not compress: a font already is compressed, and counts as it is.
    const woff2 = randomBytes(20_000);
    writeFileSync(path.join(dist, 'assets/label-700.woff2'), woff2);
    writeFileSync(path.join(dist, 'assets/label-700.woff'), randomBytes(30_000));
    writeFileSync(path.join(dist, 'assets/unused.woff2'), randomBytes(10_000));
    const r = bundleReport(dist);
    const font = r.chunks.find((c) => c.file === 'assets/label-700.woff2');
    expect(font).toMatchObject({ firstView: true, bytes: 20_000, size: 20_000 });
    expect(r.chunks.find((c) => c.file === 'assets/label-700.woff')?.firstView).toBe(false);
    expect(r.chunks.find((c) => c.file === 'assets/unused.woff2')?.firstView).toBe(false);
    const code = r.chunks
      .filter((c) => c.firstView && !c.file.endsWith('.woff2'))
      .reduce((n, c) => n + c.size, 0);
    expect(r.firstViewSize).toBe(code + 20_000);
  });

  it('reads the font url of each @font-face, with or without quotes', () => {
    expect(
      fontsOfCss(
        '@font-face{font-family:"A";src:url("./a.woff2") format("woff2")}p{src:x}@font-face{src:url(b.woff2)}',
      ),
    ).toEqual(['./a.woff2', 'b.woff2']);
  });
});
