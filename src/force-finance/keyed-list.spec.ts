import fc from 'fast-check';
import {
  emptyKeyedList,
  keyedAppend,
  keyedAt,
  keyedGet,
  keyedIndexOf,
  keyedItems,
  keyedLength,
  keyedListOf,
  keyedReplace,
  PAGE_SIZE,
  type KeyedList,
} from './keyed-list';

interface Row {
  id: string;
  value: number;
}

const rows = (n: number): Row[] => Array.from({ length: n }, (_, i) => ({ id: `item-${i * 7}`, value: i }));
const build = (list: readonly Row[]) => keyedListOf(list, (r) => r.id);

describe('KeyedList', () => {
  it('keeps records in the order they were added, across pages, and finds each by key', () => {
    const list = build(rows(3 * PAGE_SIZE + 5));
    expect(keyedLength(list)).toBe(3 * PAGE_SIZE + 5);
    expect(list.pages.map((p) => p.length)).toEqual([PAGE_SIZE, PAGE_SIZE, PAGE_SIZE, 5]);
    expect(keyedItems(list)).toEqual(rows(3 * PAGE_SIZE + 5));
    for (const row of rows(3 * PAGE_SIZE + 5)) expect(keyedGet(list, row.id)).toEqual(row);
    expect(keyedGet(list, 'item-1')).toBeUndefined();
    expect(keyedIndexOf(list, 'nothing')).toBe(-1);
    expect(keyedAt(list, -1)).toBeUndefined();
  });

  it('keeps the order of keys that look like numbers (a JSON object would reorder them)', () => {
    const list = build([
      { id: '30', value: 0 },
      { id: '4', value: 1 },
      { id: 'b', value: 2 },
      { id: '1', value: 3 },
    ]);
    expect(keyedItems(list).map((r) => r.id)).toEqual(['30', '4', 'b', '1']);
    expect(keyedGet(list, '1')).toEqual({ id: '1', value: 3 });
  });

  it('never changes the list it is given, and shares the pages a change does not touch', () => {
    const before = build(rows(2 * PAGE_SIZE + 3));
    const frozen = JSON.stringify(before);
    const replaced = keyedReplace(before, 5, { id: 'item-35', value: 99 });
    const appended = keyedAppend(before, 'new', { id: 'new', value: 100 });
    expect(JSON.stringify(before)).toBe(frozen);
    expect(keyedGet(replaced, 'item-35')).toEqual({ id: 'item-35', value: 99 });
    expect(keyedGet(before, 'item-35')).toEqual({ id: 'item-35', value: 5 });
    expect(replaced.pages[1]).toBe(before.pages[1]);
    expect(replaced.pages[2]).toBe(before.pages[2]);
    expect(appended.pages[0]).toBe(before.pages[0]);
    expect(keyedGet(before, 'new')).toBeUndefined();
  });

  it('refuses to replace a record that is not there', () => {
    const list = build(rows(3));
    expect(() => keyedReplace(list, 3, { id: 'x', value: 0 })).toThrow(RangeError);
    expect(() => keyedReplace(list, -1, { id: 'x', value: 0 })).toThrow(RangeError);
  });

  it('finds the first record under a key added twice', () => {
    const list = keyedAppend(build(rows(2)), 'item-0', { id: 'item-0', value: 7 });
    expect(keyedLength(list)).toBe(3);
    expect(keyedGet(list, 'item-0')).toEqual({ id: 'item-0', value: 0 });
  });

  it('is plain JSON: a list read back from its JSON answers the same', () => {
    const list = build(rows(PAGE_SIZE + 1));
    const copy = JSON.parse(JSON.stringify(list)) as KeyedList<Row>;
    expect(keyedItems(copy)).toEqual(keyedItems(list));
    expect(keyedGet(copy, `item-${PAGE_SIZE * 7}`)).toEqual({ id: `item-${PAGE_SIZE * 7}`, value: PAGE_SIZE });
    expect(keyedItems(keyedAppend(copy, 'z', { id: 'z', value: -1 })).at(-1)).toEqual({ id: 'z', value: -1 });
  });

  it('behaves as a flat array would, for any sequence of additions and replacements', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), id: fc.string({ minLength: 1, maxLength: 6 }) }),
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 150 }), (ops) => {
        let list = emptyKeyedList<Row>();
        const model: Row[] = [];
        ops.forEach((o, step) => {
          if (o.kind === 'add') {
            if (model.some((r) => r.id === o.id)) return;
            list = keyedAppend(list, o.id, { id: o.id, value: step });
            model.push({ id: o.id, value: step });
          } else if (model.length > 0) {
            const at = o.at % model.length;
            list = keyedReplace(list, at, { id: model[at].id, value: -step });
            model[at] = { id: model[at].id, value: -step };
          }
        });
        expect(keyedItems(list)).toEqual(model);
        for (const [i, row] of model.entries()) expect(keyedIndexOf(list, row.id)).toBe(i);
      }),
    );
  });
});
