/**
 * JSON as the fuzzer writes it. A plain JS value cannot hold what a hostile client can send –
 * a "__proto__" or duplicate key, a number literal like 1e309 that JSON.parse turns into
 * Infinity – so request bodies are built as a small tree and written out by hand.
 */
export type JsonTree =
  { kind: 'raw'; text: string } | { kind: 'array'; items: JsonTree[] } | { kind: 'object'; entries: Array<[string, JsonTree]> };

/** Text written verbatim: a number literal, a string, true/false/null. */
export const raw = (text: string): JsonTree => ({ kind: 'raw', text });

/** A plain JS value as a tree, strings and numbers written as JSON.stringify would. */
export function treeOf(value: unknown): JsonTree {
  if (Array.isArray(value)) return { kind: 'array', items: value.map(treeOf) };
  if (value !== null && typeof value === 'object')
    return { kind: 'object', entries: Object.entries(value).map(([k, v]) => [k, treeOf(v)]) };
  return raw(JSON.stringify(value ?? null));
}

export function jsonText(tree: JsonTree): string {
  switch (tree.kind) {
    case 'raw':
      return tree.text;
    case 'array':
      return `[${tree.items.map(jsonText).join(',')}]`;
    case 'object':
      return `{${tree.entries.map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`).join(',')}}`;
  }
}

/** A place in a tree: object keys and array indexes from the root. */
export type TreePath = Array<string | number>;

/** Every place in a tree that holds a value (the root excluded), parents before children. */
export function pathsOf(tree: JsonTree, prefix: TreePath = []): TreePath[] {
  if (tree.kind === 'object') return tree.entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
  if (tree.kind === 'array') return tree.items.flatMap((v, i) => [[...prefix, i], ...pathsOf(v, [...prefix, i])]);
  return [];
}

/** Every object in a tree (the root included), as the path to it. */
export function objectPathsOf(tree: JsonTree, prefix: TreePath = []): TreePath[] {
  const here = tree.kind === 'object' ? [prefix] : [];
  if (tree.kind === 'object') return [...here, ...tree.entries.flatMap(([k, v]) => objectPathsOf(v, [...prefix, k]))];
  if (tree.kind === 'array') return tree.items.flatMap((v, i) => objectPathsOf(v, [...prefix, i]));
  return here;
}

/** The tree with the value at `path` replaced (undefined: removed). */
export function withValueAt(tree: JsonTree, path: TreePath, value: JsonTree | undefined): JsonTree {
  if (path.length === 0) return value ?? raw('null');
  const [head, ...rest] = path;
  if (tree.kind === 'object') {
    const entries = tree.entries.flatMap(([k, v]): Array<[string, JsonTree]> => {
      if (k !== head) return [[k, v]];
      const next = rest.length === 0 ? value : withValueAt(v, rest, value);
      return next === undefined ? [] : [[k, next]];
    });
    return { kind: 'object', entries };
  }
  if (tree.kind === 'array') {
    const items = tree.items.flatMap((v, i): JsonTree[] => {
      if (i !== head) return [v];
      const next = rest.length === 0 ? value : withValueAt(v, rest, value);
      return next === undefined ? [] : [next];
    });
    return { kind: 'array', items };
  }
  return tree;
}

/** The tree with one more key on the object at `path`. */
export function withKeyAdded(tree: JsonTree, path: TreePath, key: string, value: JsonTree): JsonTree {
  if (path.length === 0) return tree.kind === 'object' ? { kind: 'object', entries: [...tree.entries, [key, value]] } : tree;
  const [head, ...rest] = path;
  if (tree.kind === 'object')
    return { kind: 'object', entries: tree.entries.map(([k, v]) => [k, k === head ? withKeyAdded(v, rest, key, value) : v]) };
  if (tree.kind === 'array')
    return { kind: 'array', items: tree.items.map((v, i) => (i === head ? withKeyAdded(v, rest, key, value) : v)) };
  return tree;
}
