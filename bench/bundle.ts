/**
 * Gzip sizes of the production build: every chunk, and what the first view loads (index.html,
 * the scripts and styles it references and their static imports). Sizes are deterministic, so
 * `--check` fails when the first view exceeds its budget.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const FIRST_VIEW_BUDGET_KB = 260;

export interface BundleReport {
  chunks: Array<{ file: string; bytes: number; gzip: number; firstView: boolean }>;
  firstViewGzip: number;
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

export function bundleReport(dist: string): BundleReport {
  if (!existsSync(path.join(dist, 'index.html')))
    throw new Error(`${dist}/index.html not found: run npm run build first`);
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] as string,
  );
  // Static imports of the entry: `import … from "./x.js"` (dynamic `import("./y.js")` excluded).
  const first = new Set<string>();
  const visit = (file: string) => {
    if (first.has(file) || !existsSync(path.join(dist, file))) return;
    first.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(path.join(dist, file), 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+\.js)["']/g,
    )) {
      visit(path.posix.join(path.posix.dirname(file), m[1] as string));
    }
  };
  referenced.forEach(visit);
  const files = [
    'index.html',
    ...readdirSync(path.join(dist, 'assets')).map((f) => `assets/${f}`),
    ...readdirSync(dist).filter((f) => /\.js$/.test(f)),
  ];
  const chunks = files.map((file) => {
    const buf = readFileSync(path.join(dist, file));
    return {
      file,
      bytes: buf.length,
      gzip: gz(buf),
      firstView: file === 'index.html' || first.has(file),
    };
  });
  return {
    chunks,
    firstViewGzip: chunks.filter((c) => c.firstView).reduce((n, c) => n + c.gzip, 0),
  };
}

export function printBundle(r: BundleReport) {
  console.log('\n## Bundle (gzip -9 of the production build)');
  console.log('| file | bytes | gzip | first view |');
  console.log('| --- | ---: | ---: | :---: |');
  for (const c of [...r.chunks].sort((a, b) => b.gzip - a.gzip)) {
    console.log(`| ${c.file} | ${c.bytes} | ${c.gzip} | ${c.firstView ? 'yes' : ''} |`);
  }
  const kb = r.firstViewGzip / 1024;
  console.log(
    `first view: ${kb.toFixed(1)} KB gzip; budget ${FIRST_VIEW_BUDGET_KB} KB; ${((kb / FIRST_VIEW_BUDGET_KB) * 100).toFixed(0)}% of budget; React + Cytoscape alone ≈ 205 KB → ratio ${(kb / 205).toFixed(2)}`,
  );
}

// `tsx bench/bundle.ts --check`: the budget gate CI runs after the build.
if (process.argv[1]?.endsWith('bundle.ts')) {
  const r = bundleReport(
    path.resolve(
      process.argv.includes('--dist') ? process.argv[process.argv.indexOf('--dist') + 1]! : 'dist',
    ),
  );
  printBundle(r);
  if (process.argv.includes('--check') && r.firstViewGzip / 1024 > FIRST_VIEW_BUDGET_KB) {
    console.error(
      `first view ${(r.firstViewGzip / 1024).toFixed(1)} KB gzip exceeds the ${FIRST_VIEW_BUDGET_KB} KB budget`,
    );
    process.exit(1);
  }
}
