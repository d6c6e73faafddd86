import { Money } from '../common/money';
import type { MoneyPercentiles } from './stress-test-result';

/**
 * Nearest-rank percentiles: the p-th percentile of n values is the ⌈p × n / 100⌉-th smallest,
 * always a value some path actually reached. Found by selection (quickselect) rather than a
 * full sort; `values` is reordered in place.
 */
export function moneyPercentiles(values: Float64Array): MoneyPercentiles {
  const [i5, i50, i95] = [5, 50, 95].map((p) => rankIndex(values.length, p));
  select(values, i5, 0, values.length - 1);
  select(values, i50, i5, values.length - 1);
  select(values, i95, i50, values.length - 1);
  return { p5: pounds(values[i5]), p50: pounds(values[i50]), p95: pounds(values[i95]) };
}

export function rankIndex(count: number, percent: number): number {
  return Math.max(0, Math.ceil((percent * count) / 100) - 1);
}

/**
 * Puts the k-th smallest of values[lo..hi] at index k, with nothing larger before it and nothing
 * smaller after it (Hoare's selection, median-of-three pivot). Deterministic: no random pivots.
 */
export function select(values: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < values[lo]) swap(values, mid, lo);
    if (values[hi] < values[lo]) swap(values, hi, lo);
    if (values[hi] < values[mid]) swap(values, hi, mid);
    const pivot = values[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        swap(values, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function swap(values: Float64Array, a: number, b: number): void {
  const t = values[a];
  values[a] = values[b];
  values[b] = t;
}

/** A floating-point amount as pounds to the penny, half-up, as a decimal string (never a float). */
export function pounds(amount: number): string {
  const shown = Money.of(amount.toFixed(2)).toPence();
  return shown === '-0.00' ? '0.00' : shown;
}
