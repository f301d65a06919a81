import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/pipeline/run';

export const FIXTURES = path.resolve(__dirname, '../fixtures');

/** A scratch copy of fixture folders, so generated schema files never land in the repo. */
export function workspace(curation = 'valid', sources = 'sources') {
  const dir = mkdtempSync(path.join(tmpdir(), 'kp-'));
  cpSync(path.join(FIXTURES, sources), path.join(dir, 'sources'), { recursive: true });
  cpSync(path.join(FIXTURES, curation), path.join(dir, 'curation'), { recursive: true });
  const args = [
    '--sources',
    path.join(dir, 'sources'),
    '--curation',
    path.join(dir, 'curation'),
    '--out',
    path.join(dir, 'out'),
  ];
  return {
    dir,
    graphPath: path.join(dir, 'out', 'graph.json'),
    run(extra: string[] = []) {
      const out: string[] = [];
      const err: string[] = [];
      const code = runCli(
        [...args, ...extra],
        (s) => out.push(s),
        (s) => err.push(s),
      );
      return { code, out: out.join('\n'), err: err.join('\n') };
    },
    read(rel: string) {
      return readFileSync(path.join(dir, rel), 'utf8');
    },
  };
}
