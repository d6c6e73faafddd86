import { moneyPercentiles, pounds, rankIndex, select } from './percentiles';
import { SeededRandom } from './seeded-random';

describe('percentiles', () => {
  it('are nearest-rank: the ⌈p·n/100⌉-th smallest value', () => {
    const values = Float64Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1
    expect(moneyPercentiles(values)).toEqual({ p5: '5.00', p50: '50.00', p95: '95.00' });
    expect(moneyPercentiles(Float64Array.of(7.5))).toEqual({ p5: '7.50', p50: '7.50', p95: '7.50' });
    expect([rankIndex(10_000, 5), rankIndex(10_000, 50), rankIndex(10_000, 95)]).toEqual([499, 4999, 9499]);
  });

  it('select the same values a full sort finds, duplicates and all', () => {
    const random = new SeededRandom(99);
    for (const n of [2, 3, 17, 1000, 10_001]) {
      const values = Float64Array.from({ length: n }, () => Math.floor(random.nextFloat() * 50) - 25);
      const sorted = Float64Array.from(values).sort();
      for (const k of [0, rankIndex(n, 5), rankIndex(n, 50), rankIndex(n, 95), n - 1]) {
        const copy = Float64Array.from(values);
        select(copy, k, 0, n - 1);
        expect(copy[k]).toBe(sorted[k]);
        expect(copy.subarray(0, k).every((v) => v <= copy[k])).toBe(true);
        expect(copy.subarray(k + 1).every((v) => v >= copy[k])).toBe(true);
      }
    }
  });

  it('round money to the penny as decimal strings, with no negative zero', () => {
    expect(pounds(1234567.891)).toBe('1234567.89');
    expect(pounds(-0.001)).toBe('0.00');
    expect(pounds(-2500000)).toBe('-2500000.00');
  });
});
