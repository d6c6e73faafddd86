/**
 * Records with unique keys in the order they were added, as plain JSON data that a pure fold
 * can change cheaply. evolve never mutates the state it is given, so with a flat array every
 * change copies every record, and finding one by key scans them: folding a force's hundreds of
 * budget items, each revised again and again, was quadratic. Here:
 * - the records sit in pages of at most PAGE_SIZE (every page but the last full, so a position
 *   says where a record is); a change copies one page and the list of pages, and the pages it
 *   does not touch are shared with the list it came from;
 * - an index finds a record's position from its key without a scan: BUCKETS buckets chosen by
 *   a hash of the key, each a flat array of [key, position, key, position, ...], so adding a
 *   record copies one small bucket. The index is derived data: a new hash or bucket count
 *   needs a new FOLDS_VERSION, so stored projection state is rebuilt.
 */
export interface KeyedList<T> {
  pages: T[][];
  index: IndexBucket[];
}

/** Alternating keys and positions: [key, position, key, position, ...]. */
export type IndexBucket = Array<string | number>;

export const PAGE_SIZE = 32;
export const BUCKETS = 64;

export function emptyKeyedList<T>(): KeyedList<T> {
  return { pages: [], index: Array.from({ length: BUCKETS }, () => []) };
}

export function keyedListOf<T>(items: readonly T[], keyOf: (item: T) => string): KeyedList<T> {
  let list = emptyKeyedList<T>();
  for (const item of items) list = keyedAppend(list, keyOf(item), item);
  return list;
}

export function keyedLength(list: KeyedList<unknown>): number {
  const { pages } = list;
  return pages.length === 0 ? 0 : (pages.length - 1) * PAGE_SIZE + pages[pages.length - 1].length;
}

/** The records in the order they were added, as a new array. */
export function keyedItems<T>(list: KeyedList<T>): T[] {
  return ([] as T[]).concat(...list.pages);
}

/** Where the record with this key sits in the order they were added, or -1. */
export function keyedIndexOf(list: KeyedList<unknown>, key: string): number {
  const bucket = list.index[bucketOf(key)];
  for (let i = 0; i < bucket.length; i += 2) if (bucket[i] === key) return bucket[i + 1] as number;
  return -1;
}

export function keyedGet<T>(list: KeyedList<T>, key: string): T | undefined {
  return keyedAt(list, keyedIndexOf(list, key));
}

export function keyedAt<T>(list: KeyedList<T>, position: number): T | undefined {
  if (position < 0) return undefined;
  return list.pages[Math.floor(position / PAGE_SIZE)]?.[position % PAGE_SIZE];
}

/** A new list with `item` added at the end under `key`; `list` is left as it was. A key already there keeps finding the first record. */
export function keyedAppend<T>(list: KeyedList<T>, key: string, item: T): KeyedList<T> {
  const position = keyedLength(list);
  const pages = list.pages.slice();
  const last = pages.length - 1;
  if (last >= 0 && pages[last].length < PAGE_SIZE) {
    const page = pages[last].slice();
    page.push(item);
    pages[last] = page;
  } else {
    pages.push([item]);
  }
  if (keyedIndexOf(list, key) >= 0) return { pages, index: list.index };
  const index = list.index.slice();
  const b = bucketOf(key);
  const bucket = index[b].slice();
  bucket.push(key, position);
  index[b] = bucket;
  return { pages, index };
}

/** A new list with the record at `position` replaced by `item` (under the same key); `list` is left as it was. */
export function keyedReplace<T>(list: KeyedList<T>, position: number, item: T): KeyedList<T> {
  const p = Math.floor(position / PAGE_SIZE);
  const slot = position % PAGE_SIZE;
  if (position < 0 || p >= list.pages.length || slot >= list.pages[p].length) throw new RangeError(`No record at position ${position}`);
  const pages = list.pages.slice();
  const page = pages[p].slice();
  page[slot] = item;
  pages[p] = page;
  return { pages, index: list.index };
}

/** FNV-1a over the key's UTF-16 code units: the same bucket on every machine and every run. */
function bucketOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % BUCKETS;
}
