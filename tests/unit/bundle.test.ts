import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleReport } from '../../bench/bundle';

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
    expect(r.firstViewGzip).toBe(
      r.chunks.filter((c) => c.firstView).reduce((n, c) => n + c.gzip, 0),
    );
    expect(r.chunks.find((c) => c.file === 'assets/lazy.js')?.firstView).toBe(false);
  });
});
