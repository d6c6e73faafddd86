import { Money } from '../common/money';

/** An exact amount together with the ids of the events it came from. */
export interface SourcedMoney {
  value: Money;
  sources: string[];
}

/** Event ids from several figures, each once, in the order first cited. */
export function mergeSources(...lists: ReadonlyArray<readonly string[]>): string[] {
  return mergeSourceLists(lists);
}

/**
 * False while a figure is worked out for its value alone (valuesOnly): then no event ids are
 * merged. Synchronous work only, so nothing else runs while it is false.
 */
let citing = true;

/**
 * Works out figures whose sources nobody reads – a member's NRE for the share bases, which only
 * its value enters – without merging their event ids (each figure cites none): merging the ids
 * of a year's hundreds of budget items is much of the work of a year's NRE. The values are
 * exactly those worked out with sources. Nothing worked out inside may be kept for readers who
 * want the sources (net-revenue-for-year.ts keeps nothing).
 */
export function valuesOnly<T>(work: () => T): T {
  const was = citing;
  citing = false;
  try {
    return work();
  } finally {
    citing = was;
  }
}

/** Up to this many ids, a scan of the few already merged is cheaper than building a Set. */
const SCAN_UP_TO = 16;

/**
 * mergeSources over a list of lists; always a new array. Most figures cite a handful of events,
 * so no Set for those; more are put through one Set at once (a Set keeps the order first added),
 * which is several times quicker than adding them one by one.
 */
export function mergeSourceLists(lists: ReadonlyArray<readonly string[]>): string[] {
  if (!citing) return [];
  let count = 0;
  for (let l = 0; l < lists.length; l++) count += lists[l].length;
  if (count <= SCAN_UP_TO) {
    const merged: string[] = [];
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l];
      for (let i = 0; i < list.length; i++) if (!merged.includes(list[i])) merged.push(list[i]);
    }
    return merged;
  }
  let all: string[];
  if (lists.length === 1) all = lists[0].slice();
  else {
    all = new Array<string>(count);
    let at = 0;
    for (const list of lists) for (const id of list) all[at++] = id;
  }
  const once = new Set(all);
  return once.size < all.length ? Array.from(once) : all;
}

export function sourcedMoney(value: Money, ...sources: ReadonlyArray<readonly string[]>): SourcedMoney {
  return { value, sources: mergeSources(...sources) };
}

export function sumSourced(figures: readonly SourcedMoney[]): SourcedMoney {
  return { value: Money.sum(figures.map((f) => f.value)), sources: mergeSourceLists(figures.map((f) => f.sources)) };
}
