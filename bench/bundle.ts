/**
 * Sizes of the production build: every chunk, and what the first view loads (index.html, the
 * scripts and styles it references and their static imports, and the web fonts its styles
 * declare). Text counts gzip -9; a WOFF2 font is compressed already and counts as is. Sizes are
 * deterministic, so `--check` fails when the first view exceeds its budget.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const FIRST_VIEW_BUDGET_KB = 260;

export interface BundleReport {
  /** `size` is what the file weighs on the wire: gzip -9 for text, the bytes of a font. */
  chunks: Array<{ file: string; bytes: number; size: number; firstView: boolean }>;
  /** The first view's total of `size`, in bytes (budget: FIRST_VIEW_BUDGET_KB). */
  firstViewSize: number;
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;
const FONT = /\.(?:woff2?|ttf|otf)$/;

/**
 * The font files a stylesheet makes the browser fetch: the first `url()` of each `@font-face`
 * `src` (browsers take the first format they support, and the build lists WOFF2 first).
 */
export function fontsOfCss(css: string): string[] {
  const files: string[] = [];
  for (const face of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const src = /(?:^|[;{\s])src\s*:([^;}]*)/.exec(face[1] as string);
    const url = src && /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(src[1] as string);
    if (url) files.push(url[1] as string);
  }
  return files;
}

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
    if (file.endsWith('.css')) {
      const css = readFileSync(path.join(dist, file), 'utf8');
      for (const font of fontsOfCss(css)) {
        visit(path.posix.normalize(path.posix.join(path.posix.dirname(file), font)));
      }
    }
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
      size: FONT.test(file) ? buf.length : gz(buf),
      firstView: file === 'index.html' || first.has(file),
    };
  });
  return {
    chunks,
    firstViewSize: chunks.filter((c) => c.firstView).reduce((n, c) => n + c.size, 0),
  };
}

export function printBundle(r: BundleReport) {
  console.log('\n## Bundle (gzip -9 of the production build; fonts as they are)');
  console.log('| file | bytes | gzip (font: bytes) | first view |');
  console.log('| --- | ---: | ---: | :---: |');
  for (const c of [...r.chunks].sort((a, b) => b.size - a.size)) {
    console.log(`| ${c.file} | ${c.bytes} | ${c.size} | ${c.firstView ? 'yes' : ''} |`);
  }
  const kb = r.firstViewSize / 1024;
  const fonts = r.chunks.filter((c) => c.firstView && FONT.test(c.file));
  const fontKb = fonts.reduce((n, c) => n + c.size, 0) / 1024;
  console.log(
    `first view: ${kb.toFixed(1)} KB (code and styles ${(kb - fontKb).toFixed(1)} KB gzip + ${fonts.length} font file(s) ${fontKb.toFixed(1)} KB); budget ${FIRST_VIEW_BUDGET_KB} KB; ${((kb / FIRST_VIEW_BUDGET_KB) * 100).toFixed(0)}% of budget; code ÷ React + Cytoscape alone (≈ 205 KB) ${((kb - fontKb) / 205).toFixed(2)}`,
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
  if (process.argv.includes('--check') && r.firstViewSize / 1024 > FIRST_VIEW_BUDGET_KB) {
    console.error(
      `first view ${(r.firstViewSize / 1024).toFixed(1)} KB (gzip, fonts included) exceeds the ${FIRST_VIEW_BUDGET_KB} KB budget`,
    );
    process.exit(1);
  }
}
