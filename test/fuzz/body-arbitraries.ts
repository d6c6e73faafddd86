import fc from 'fast-check';
import { NASTY_TEXT, PLAUSIBLE, RAW_NUMBERS, RESERVED_KEYS } from './fuzz-values';
import { jsonText, objectPathsOf, pathsOf, raw, treeOf, withKeyAdded, withValueAt, type JsonTree } from './json-text';

const fieldNamesOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(fieldNamesOf)
    : value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => [k, ...fieldNamesOf(v)])
      : [];

/** Which endpoint a body is for. */
type EndpointName = { method: string; path: string };

const leaf: fc.Arbitrary<JsonTree> = fc.oneof(
  fc.constantFrom(...NASTY_TEXT).map((s) => raw(JSON.stringify(s))),
  fc.constantFrom(...RAW_NUMBERS).map(raw),
  fc.constantFrom('true', 'false', 'null').map(raw),
  fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => raw(JSON.stringify(s))),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => raw(JSON.stringify(n))),
);

/** JSON values with keys drawn from `key`: a leaf mostly, sometimes a nested tree. */
function jsonValues(key: fc.Arbitrary<string>): { tree: fc.Arbitrary<JsonTree>; value: fc.Arbitrary<JsonTree> } {
  const { tree } = fc.letrec<{ tree: JsonTree; array: JsonTree; object: JsonTree }>((tie) => ({
    tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object')),
    array: fc.array(tie('tree'), { maxLength: 4 }).map((items) => ({ kind: 'array', items })),
    object: fc.array(fc.tuple(key, tie('tree')), { maxLength: 5 }).map((entries) => ({ kind: 'object', entries })),
  }));
  const value = fc.oneof({ arbitrary: leaf, weight: 4 }, { arbitrary: tree, weight: 1 });
  return { tree, value };
}

/** A valid body broken in one or two places: a field replaced, removed, or a field added. */
function mutationOf(valid: JsonTree, key: fc.Arbitrary<string>, value: fc.Arbitrary<JsonTree>): fc.Arbitrary<JsonTree> {
  const paths = pathsOf(valid);
  const objects = objectPathsOf(valid);
  const add = fc.tuple(fc.constantFrom(...objects), key, value).map(([p, k, v]) => withKeyAdded(valid, p, k, v));
  if (paths.length === 0) return add;
  const leaves = plausibleLeaves(valid, paths);
  const plausible =
    leaves.length === 0
      ? fc.constant(valid)
      : fc.constantFrom(...leaves).chain(({ path, values }) => fc.constantFrom(...values).map((v) => withValueAt(valid, path, v)));
  const replace = (base: JsonTree) => fc.tuple(fc.constantFrom(...paths), value).map(([p, v]) => withValueAt(base, p, v));
  const remove = fc.constantFrom(...paths).map((p) => withValueAt(valid, p, undefined));
  const twice = replace(valid).chain((once) => fc.tuple(fc.constantFrom(...paths), value).map(([p, v]) => withValueAt(once, p, v)));
  return fc.oneof(
    { arbitrary: plausible, weight: 8 },
    { arbitrary: replace(valid), weight: 5 },
    { arbitrary: remove, weight: 1 },
    { arbitrary: add, weight: 2 },
    { arbitrary: twice, weight: 2 },
  );
}

/** Leaves of a valid body that look like a kind of value (a year, money…), with plausible wrong values of that kind. */
function plausibleLeaves(
  valid: JsonTree,
  paths: ReturnType<typeof pathsOf>,
): { path: ReturnType<typeof pathsOf>[number]; values: JsonTree[] }[] {
  return paths.flatMap((p) => {
    const at = p.reduce<JsonTree | undefined>(
      (node, step) =>
        node?.kind === 'object'
          ? node.entries.find(([k]) => k === step)?.[1]
          : node?.kind === 'array'
            ? node.items[step as number]
            : undefined,
      valid,
    );
    if (at?.kind !== 'raw') return [];
    const text = at.text.replace(/^"|"$/g, '');
    const kind = PLAUSIBLE.find((k) => k.looksLike.test(text));
    return kind ? [{ path: p, values: kind.values.map((v) => raw(at.text.startsWith('"') ? JSON.stringify(v) : v)) }] : [];
  });
}

/** Whole bodies no field-by-field mutation produces: malformed, deep, wide, oversized. */
function specialBody(valid: JsonTree): fc.Arbitrary<string> {
  const validObject = valid.kind === 'object' ? valid : { kind: 'object' as const, entries: [] };
  const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  return fc.oneof(
    fc.constantFrom(
      '',
      '{',
      '{"a":1,}',
      "{'a':1}",
      'NaN',
      'null',
      '"text"',
      '1',
      'true',
      '[]',
      '[{}]',
      '\ufeff{}',
      '{"a":1}{"b":2}',
      '\u0000',
      '{"code":"x","code":"ab"}',
      'a=1&b=2',
    ),
    fc.constantFrom(64, 2_000, 40_000).map(deepObject),
    fc.constantFrom(64, 5_000, 100_000).map(deepArray),
    fc.constantFrom(200, 20_000).map((depth) => jsonText(withKeyAdded(validObject, [], 'reason', raw(deepObject(depth))))),
    fc.constantFrom(0, 1, 5).map((i) => jsonText(withKeyAdded(validObject, [], RESERVED_KEYS[i], raw('{"admin":true,"role":"admin"}')))),
    fc.constantFrom(200_000, 300_000).map((n) => jsonText(withKeyAdded(validObject, [], 'reason', raw(JSON.stringify('x'.repeat(n)))))),
    fc.constant(`{${Array.from({ length: 20_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`),
    fc.constant(
      jsonText(
        withKeyAdded(
          validObject,
          [],
          'lines',
          raw(`[${Array.from({ length: 3_000 }, () => '{"code":"A","name":"A","kind":"pay","amount":"1.00"}').join(',')}]`),
        ),
      ),
    ),
  );
}

/** Request bodies for each endpoint: its valid body broken in one or two places, arbitrary JSON, or malformed text. */
export function bodyArbitraries(validBodies: Record<string, object>): (endpoint: EndpointName) => fc.Arbitrary<string | undefined> {
  const knownFields = [...new Set([...Object.values(validBodies).flatMap(fieldNamesOf), 'reason'])];

  const key = fc.oneof(
    { arbitrary: fc.constantFrom(...knownFields), weight: 4 },
    { arbitrary: fc.constantFrom(...RESERVED_KEYS), weight: 2 },
    { arbitrary: fc.string({ maxLength: 20 }), weight: 1 },
  );
  const { tree, value } = jsonValues(key);

  const bodyFor = (endpoint: EndpointName): fc.Arbitrary<string | undefined> => {
    const known = validBodies[`${endpoint.method} ${endpoint.path}`];
    const valid = treeOf(known ?? {});
    const arbitraryObject = fc.array(fc.tuple(key, value), { maxLength: 6 }).map((entries): JsonTree => ({ kind: 'object', entries }));
    if (endpoint.method === 'GET' || endpoint.method === 'DELETE') {
      return fc.oneof({ arbitrary: fc.constant(undefined), weight: 8 }, { arbitrary: tree.map(jsonText), weight: 1 });
    }
    return fc.oneof(
      { arbitrary: mutationOf(valid, key, value).map(jsonText), weight: known ? 8 : 0 },
      { arbitrary: fc.constant(jsonText(valid)), weight: known ? 1 : 0 },
      { arbitrary: arbitraryObject.map(jsonText), weight: 3 },
      { arbitrary: tree.map(jsonText), weight: 1 },
      { arbitrary: specialBody(valid), weight: 2 },
      { arbitrary: fc.constant(undefined), weight: 1 },
    );
  };

  return bodyFor;
}
