/** YAML files parsed with positions, so every problem can name its line and column. */
import { readFileSync } from 'node:fs';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { Problem } from './problems';

export type Path = ReadonlyArray<string | number>;

export class YamlFile {
  readonly doc: Document;
  readonly lines = new LineCounter();
  readonly problems: Problem[] = [];

  constructor(
    readonly file: string,
    source: string,
  ) {
    this.doc = parseDocument(source, {
      lineCounter: this.lines,
      prettyErrors: true,
      uniqueKeys: true,
    });
    for (const e of [...this.doc.errors, ...this.doc.warnings]) {
      const [line, column] = e.linePos?.[0] ? [e.linePos[0].line, e.linePos[0].col] : [1, 1];
      this.problems.push({
        file,
        line,
        column,
        message: `malformed YAML: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
        severity: 'error',
      });
    }
  }

  static read(file: string, displayName = file): YamlFile {
    return new YamlFile(displayName, readFileSync(file, 'utf8'));
  }

  get ok(): boolean {
    return this.doc.errors.length === 0;
  }

  toJS(): unknown {
    return this.doc.toJS();
  }

  /**
   * The position of the node at `path`; for a key that does not resolve (an unknown field, say)
   * the closest existing ancestor. `key` points at a map key rather than its value.
   */
  position(path: Path, key?: string): { line: number; column: number } {
    let node: unknown = this.doc.contents;
    let offset = 0;
    const at = (n: unknown) => {
      const range = (n as { range?: [number, number, number] } | null)?.range;
      if (range) offset = range[0];
    };
    at(node);
    for (const step of path) {
      const next =
        isMap(node) || (node as { items?: unknown })?.items
          ? (node as { get(k: unknown, keep: boolean): unknown }).get(step, true)
          : undefined;
      if (next === undefined || next === null) break;
      node = next;
      at(node);
    }
    if (key !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      if (pair && isScalar(pair.key)) at(pair.key);
    }
    const pos = this.lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  }

  problem(
    path: Path,
    message: string,
    severity: Problem['severity'] = 'error',
    key?: string,
  ): Problem {
    return { file: this.file, ...this.position(path, key), message, severity };
  }
}
