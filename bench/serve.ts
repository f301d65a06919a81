/** A static server on 127.0.0.1 for the browser benchmarks: `/<mount>/…` → a folder, with optional file overrides. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export interface Mount {
  dir: string;
  overrides?: Record<string, string>;
}

export async function serve(
  mounts: Record<string, Mount>,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const [, mount, ...rest] = url.pathname.split('/');
    const m = mounts[mount ?? ''];
    let rel = rest.join('/') || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const override = m?.overrides?.[rel];
    const file = override ?? (m ? path.join(m.dir, rel) : '');
    if (
      !m ||
      !file.startsWith(override ? file : m.dir) ||
      !existsSync(file) ||
      statSync(file).isDirectory()
    ) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
