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

/** Up to this many ids, a scan of the few already merged is cheaper than building a Set. */
const SCAN_UP_TO = 16;

/** mergeSources over a list of lists; always a new array. Most figures cite a handful of events, so no Set until there are more. */
export function mergeSourceLists(lists: ReadonlyArray<readonly string[]>): string[] {
  const merged: string[] = [];
  let seen: Set<string> | null = null;
  for (const list of lists) {
    for (const id of list) {
      if (seen !== null) {
        if (!seen.has(id)) {
          seen.add(id);
          merged.push(id);
        }
      } else if (!merged.includes(id)) {
        merged.push(id);
        if (merged.length > SCAN_UP_TO) seen = new Set(merged);
      }
    }
  }
  return merged;
}

export function sourcedMoney(value: Money, ...sources: ReadonlyArray<readonly string[]>): SourcedMoney {
  return { value, sources: mergeSources(...sources) };
}

export function sumSourced(figures: readonly SourcedMoney[]): SourcedMoney {
  return { value: Money.sum(figures.map((f) => f.value)), sources: mergeSourceLists(figures.map((f) => f.sources)) };
}
