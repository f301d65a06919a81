/**
 * What Cytoscape desktop's `.cyjs` importer accepts, written as a checker. The rules are read
 * from cytoscape-impl's io-impl `read/json/CytoscapejsMapper.java` (Cytoscape 3.x):
 * - it reads `data` (the network row) and `elements.nodes` / `elements.edges` unconditionally, so
 *   all three must be present; nodes are keyed by `data.id`, and each edge's `data.source` and
 *   `data.target` must name a node (else it adds an edge to nothing and fails);
 * - every key of a `data` object becomes a column of the network, node or edge table; a new
 *   column's type is guessed from the first value met: array → list of the type of its first item
 *   (String for an empty list), boolean → Boolean, number → Double, anything else → String;
 * - later values are read as that type: a number read into a Boolean or Double column from a
 *   string becomes false or 0.0, a scalar put into a list column (or a list into a scalar column)
 *   is rejected, a nested object is read as "" (asText) and null as the text "null";
 * - `SUID` and `selected` are skipped; `name` (and `interaction` on edges) are existing String
 *   columns.
 * So a value Cytoscape keeps as written is a string, number or boolean, or a list of one of those,
 * with one type per column across all rows of a table.
 */
type Json = unknown;
type Column = { list: boolean; type: 'String' | 'Double' | 'Boolean' };

const isObject = (x: Json): x is Record<string, Json> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function scalarType(v: Json): Column['type'] | 'object' | 'null' {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'string') return 'String';
  return 'object';
}

function checkTable(
  table: string,
  rows: Array<{ where: string; data: Record<string, Json> }>,
  builtIn: Record<string, Column>,
  errors: string[],
) {
  const columns = new Map<string, Column>(Object.entries(builtIn));
  for (const { where, data } of rows) {
    for (const [key, value] of Object.entries(data)) {
      if (key === 'SUID' || key === 'selected') continue;
      const at = `${table} ${where}.${key}`;
      let col = columns.get(key);
      if (!col) {
        // The importer's guess from the first value it meets.
        if (Array.isArray(value)) {
          const first = value.length ? scalarType(value[0]) : 'String';
          col = { list: true, type: first === 'Boolean' || first === 'Double' ? first : 'String' };
        } else {
          const t = scalarType(value);
          col = { list: false, type: t === 'Boolean' || t === 'Double' ? t : 'String' };
        }
        columns.set(key, col);
      }
      const check = (v: Json, what: string) => {
        const t = scalarType(v);
        if (t === 'object') errors.push(`${what}: a nested object or list is not a column value`);
        else if (t === 'null') errors.push(`${what}: null would be read as the text "null"`);
        else if (t !== col.type) errors.push(`${what}: a ${t} in a ${col.type} column`);
      };
      if (col.list) {
        if (!Array.isArray(value)) errors.push(`${at}: a scalar in a list column`);
        else value.forEach((v, i) => check(v, `${at}[${i}]`));
      } else if (Array.isArray(value)) errors.push(`${at}: a list in a scalar column`);
      else check(value, at);
    }
  }
}

/** Every reason Cytoscape desktop's importer would fail on `doc` or change a value; empty if none. */
export function checkCyjs(doc: Json): string[] {
  const errors: string[] = [];
  if (!isObject(doc)) return ['a .cyjs file is a JSON object'];
  if (!isObject(doc.data)) errors.push('the network needs a data object');
  const elements = doc.elements;
  if (!isObject(elements) || !Array.isArray(elements.nodes) || !Array.isArray(elements.edges)) {
    return [...errors, 'elements.nodes and elements.edges must both be arrays'];
  }
  const ids = new Set<string>();
  const nodeRows: Array<{ where: string; data: Record<string, Json> }> = [];
  for (const [i, n] of (elements.nodes as Json[]).entries()) {
    if (!isObject(n) || !isObject(n.data) || typeof n.data.id !== 'string') {
      errors.push(`node ${i}: data.id must be a string`);
      continue;
    }
    ids.add(n.data.id);
    nodeRows.push({ where: n.data.id, data: n.data });
    if (n.position !== undefined) {
      const p = n.position;
      if (!isObject(p) || typeof p.x !== 'number' || typeof p.y !== 'number') {
        errors.push(`node ${n.data.id}: position needs numeric x and y`);
      }
    }
  }
  const edgeRows: Array<{ where: string; data: Record<string, Json> }> = [];
  for (const [i, e] of (elements.edges as Json[]).entries()) {
    if (!isObject(e) || !isObject(e.data)) {
      errors.push(`edge ${i}: needs data`);
      continue;
    }
    const where = typeof e.data.id === 'string' ? e.data.id : String(i);
    for (const end of ['source', 'target'] as const) {
      if (typeof e.data[end] !== 'string' || !ids.has(e.data[end])) {
        errors.push(`edge ${where}: ${end} is not a node id`);
      }
    }
    edgeRows.push({ where, data: e.data });
  }
  const str: Column = { list: false, type: 'String' };
  if (isObject(doc.data))
    checkTable('network', [{ where: 'data', data: doc.data }], { name: str }, errors);
  checkTable('node', nodeRows, { name: str }, errors);
  checkTable('edge', edgeRows, { name: str, interaction: str }, errors);
  return errors;
}
