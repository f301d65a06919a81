/**
 * The rules of CX2 as the specification (cytoscape.org/cx/cx2/specification) and NDEx's client
 * (ndex2's CX2Network reader) apply them, as a checker that lists every breach it finds:
 * - a JSON array: the descriptor `{CXVersion: "2.0"}` first, the `status` aspect last;
 * - each other element holds one aspect; without `hasFragments`, each aspect appears once;
 * - metaData names each aspect present with an `elementCount` equal to its number of elements;
 * - attributeDeclarations type every attribute used (`d`, string when omitted) with one of the
 *   CX2 data types, aliases `a` unique, defaults `v` of the declared type;
 * - nodes and edges have integer ids, unique within their aspect; nodes' `x`/`y` are numbers;
 *   edges' `s`/`t` are ids of existing nodes;
 * - every value in `v` (and every network attribute) is declared and of its declared type.
 */
import { CX2_TYPES } from '../../src/domain/export-cx2';

type Json = unknown;
const isObject = (x: Json): x is Record<string, Json> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function matches(type: string, value: Json): boolean {
  if (type.startsWith('list_of_')) {
    const inner = type.slice('list_of_'.length);
    return Array.isArray(value) && value.every((x) => matches(inner, x));
  }
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'double':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return (
        Number.isInteger(value) && (value as number) >= -(2 ** 31) && (value as number) < 2 ** 31
      );
    case 'long':
      return Number.isSafeInteger(value);
    default:
      return false;
  }
}

/** Every breach of the CX2 rules in `doc`; empty when it conforms. */
export function checkCx2(doc: Json): string[] {
  const errors: string[] = [];
  if (!Array.isArray(doc) || doc.length < 2) return ['a CX2 document is a JSON array of aspects'];
  const [descriptor, ...rest] = doc;
  if (!isObject(descriptor) || typeof descriptor.CXVersion !== 'string') {
    errors.push('the first element must be the descriptor with CXVersion');
  } else if (!/^2\.\d+$/.test(descriptor.CXVersion)) {
    errors.push(`CXVersion ${descriptor.CXVersion} is not 2.x`);
  }
  const fragments = isObject(descriptor) && descriptor.hasFragments === true;

  const aspects = new Map<string, Json[]>();
  for (const el of rest) {
    if (!isObject(el) || Object.keys(el).length !== 1) {
      errors.push('each element after the descriptor must hold exactly one aspect');
      continue;
    }
    const [name, value] = Object.entries(el)[0]!;
    if (!Array.isArray(value)) {
      errors.push(`aspect ${name} must be an array`);
      continue;
    }
    if (aspects.has(name) && !fragments) errors.push(`aspect ${name} appears twice`);
    aspects.set(name, [...(aspects.get(name) ?? []), ...value]);
  }
  const last = rest[rest.length - 1];
  if (!isObject(last) || !('status' in last)) errors.push('the last element must be the status');
  else {
    const s = (last.status as Json[])[0];
    if (!isObject(s) || typeof s.success !== 'boolean' || typeof s.error !== 'string') {
      errors.push('status must be [{ error: string, success: boolean }]');
    }
  }

  // metaData: a count for each aspect, matching it.
  const meta = aspects.get('metaData') ?? [];
  const counted = new Map<string, number>();
  for (const m of meta) {
    if (!isObject(m) || typeof m.name !== 'string') {
      errors.push('metaData entries need a name');
      continue;
    }
    if (m.elementCount !== undefined) counted.set(m.name, m.elementCount as number);
    if (!aspects.has(m.name)) errors.push(`metaData names ${m.name}, which is not in the document`);
  }
  for (const [name, elements] of aspects) {
    if (name === 'metaData' || name === 'status') continue;
    if (!counted.has(name)) errors.push(`metaData has no elementCount for ${name}`);
    else if (counted.get(name) !== elements.length) {
      errors.push(
        `metaData counts ${counted.get(name)} ${name}, the aspect has ${elements.length}`,
      );
    }
  }

  // attributeDeclarations: types, aliases, defaults.
  const declared: Record<string, Map<string, string>> = {};
  const decls = aspects.get('attributeDeclarations') ?? [];
  if (decls.length > 1) errors.push('attributeDeclarations holds one object');
  for (const decl of decls) {
    if (!isObject(decl)) continue;
    for (const [aspect, attrs] of Object.entries(decl)) {
      const names = new Map<string, string>();
      const aliases = new Set<string>();
      for (const [attr, spec] of Object.entries(attrs as Record<string, Json>)) {
        if (!isObject(spec)) {
          errors.push(`${aspect}.${attr}: declaration must be an object`);
          continue;
        }
        const d = (spec.d as string | undefined) ?? 'string';
        if (!(CX2_TYPES as readonly string[]).includes(d))
          errors.push(`${aspect}.${attr}: type ${d} is not a CX2 type`);
        if (spec.v !== undefined && !matches(d, spec.v))
          errors.push(`${aspect}.${attr}: default is not a ${d}`);
        const key = typeof spec.a === 'string' ? spec.a : attr;
        if (typeof spec.a === 'string') {
          if (aliases.has(spec.a)) errors.push(`${aspect}: alias ${spec.a} used twice`);
          aliases.add(spec.a);
        }
        names.set(key, d);
      }
      declared[aspect] = names;
    }
  }
  const checkValues = (aspect: string, where: string, values: Json) => {
    if (values === undefined) return;
    if (!isObject(values)) {
      errors.push(`${where}: v must be an object`);
      return;
    }
    for (const [k, v] of Object.entries(values)) {
      const type = declared[aspect]?.get(k);
      if (!type) errors.push(`${where}: attribute ${k} is not declared`);
      else if (!matches(type, v)) errors.push(`${where}: ${k} is not a ${type}`);
    }
  };

  for (const attrs of aspects.get('networkAttributes') ?? []) {
    checkValues('networkAttributes', 'networkAttributes', attrs);
  }

  const nodeIds = new Set<number>();
  for (const n of aspects.get('nodes') ?? []) {
    if (!isObject(n) || !Number.isSafeInteger(n.id)) {
      errors.push('a node needs an integer id');
      continue;
    }
    const id = n.id as number;
    if (nodeIds.has(id)) errors.push(`node id ${id} is not unique`);
    nodeIds.add(id);
    for (const k of ['x', 'y', 'z'] as const) {
      if (n[k] !== undefined && !matches('double', n[k]))
        errors.push(`node ${id}: ${k} is not a number`);
    }
    checkValues('nodes', `node ${id}`, n.v);
  }
  const edgeIds = new Set<number>();
  for (const e of aspects.get('edges') ?? []) {
    if (!isObject(e) || !Number.isSafeInteger(e.id)) {
      errors.push('an edge needs an integer id');
      continue;
    }
    const id = e.id as number;
    if (edgeIds.has(id)) errors.push(`edge id ${id} is not unique`);
    edgeIds.add(id);
    for (const k of ['s', 't'] as const) {
      if (!nodeIds.has(e[k] as number))
        errors.push(`edge ${id}: ${k} = ${String(e[k])} is no node`);
    }
    checkValues('edges', `edge ${id}`, e.v);
  }
  return errors;
}
