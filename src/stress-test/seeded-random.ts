/**
 * A seeded pseudo-random generator: xoshiro128** (Blackman and Vigna), its 128-bit state
 * filled from the 32-bit seed by splitmix32. Pure integer arithmetic (Math.imul, shifts), so the
 * same seed gives the same sequence bit for bit on every machine. Not for cryptography; ample
 * for Monte Carlo (period 2^128 − 1, passes BigCrush).
 */
/** Taken from Math once: a global looked up in a hot loop is slow where the global object is proxied (a test runner's sandbox). */
const { imul, sqrt, log } = Math;

export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** The second normal deviate of the last polar-method pair, until it is used. */
  private spareNormal: number | null = null;

  constructor(seed: number) {
    let s = seed >>> 0;
    const splitmix32 = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix32();
    this.b = splitmix32();
    this.c = splitmix32();
    this.d = splitmix32();
    if ((this.a | this.b | this.c | this.d) === 0) this.d = 1; // the one state xoshiro cannot leave
  }

  /** The next 32 random bits, as an unsigned integer. */
  /** A generator in a given state: for checking against the algorithm's published reference outputs. */
  static fromState(a: number, b: number, c: number, d: number): SeededRandom {
    const random = new SeededRandom(0);
    random.a = a >>> 0;
    random.b = b >>> 0;
    random.c = c >>> 0;
    random.d = d >>> 0;
    return random;
  }

  nextUint32(): number {
    const result = imul(rotl(imul(this.b, 5) >>> 0, 7), 9) >>> 0;
    const t = (this.b << 9) >>> 0;
    this.c = (this.c ^ this.a) >>> 0;
    this.d = (this.d ^ this.b) >>> 0;
    this.b = (this.b ^ this.c) >>> 0;
    this.a = (this.a ^ this.d) >>> 0;
    this.c = (this.c ^ t) >>> 0;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** Uniform on [0, 1), with 53 random bits (two draws), like Math.random's resolution. */
  nextFloat(): number {
    const high = this.nextUint32() >>> 5; // 27 bits
    const low = this.nextUint32() >>> 6; // 26 bits
    return (high * 67108864 + low) / 9007199254740992;
  }

  /** A standard normal deviate (Marsaglia's polar method; the pair's second value is kept for the next call). */
  nextNormal(): number {
    if (this.spareNormal !== null) {
      const spare = this.spareNormal;
      this.spareNormal = null;
      return spare;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = this.nextFloat() * 2 - 1;
      v = this.nextFloat() * 2 - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = sqrt((-2 * log(s)) / s);
    this.spareNormal = v * factor;
    return u * factor;
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
