/**
 * A small deterministic generator (mulberry32), so every run of the benchmark builds exactly
 * the same histories and two runs can be compared figure by figure.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** A decimal string of pounds and pence between the two amounts, e.g. "1234567.89". */
  pounds(minPounds: number, maxPounds: number): string {
    const pence = this.int(Math.round(minPounds * 100), Math.round(maxPounds * 100));
    if (pence < 0) return `-${this.format(-pence)}`;
    return this.format(pence);
  }

  private format(pence: number): string {
    return `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
  }

  /** A decimal fraction string with the given number of places, e.g. rate(0.01, 0.03, 4) -> "0.0215". */
  rate(min: number, max: number, places: number): string {
    const scale = 10 ** places;
    const units = this.int(Math.round(min * scale), Math.round(max * scale));
    return (units / scale).toFixed(places);
  }
}
