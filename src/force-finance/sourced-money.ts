import { Money } from '../common/money';

/** An exact amount together with the ids of the events it came from. */
export interface SourcedMoney {
  value: Money;
  sources: string[];
}

/** Event ids from several figures, each once, in the order first cited. */
export function mergeSources(...lists: ReadonlyArray<readonly string[]>): string[] {
  const seen = new Set<string>();
  for (const list of lists) for (const id of list) seen.add(id);
  return [...seen];
}

export function sourcedMoney(value: Money, ...sources: ReadonlyArray<readonly string[]>): SourcedMoney {
  return { value, sources: mergeSources(...sources) };
}

export function sumSourced(figures: readonly SourcedMoney[]): SourcedMoney {
  return { value: Money.sum(figures.map((f) => f.value)), sources: mergeSources(...figures.map((f) => f.sources)) };
}
