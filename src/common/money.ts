import { Dec, fixedHalfUp, parseDecimal, toDec } from './decimal';
import type { Rate } from './rate';

/**
 * An amount in pounds, exact. Built only from decimal strings ("48800000.00") – a JS number
 * has already lost precision before we could see it, so it is refused. Arithmetic keeps full
 * precision; rounding to pence (half-up) happens only when a figure leaves the service.
 *
 * Nearly every amount the service holds is whole pence, and its answers add up, split and write
 * out tens of thousands of them. So an amount known to be whole pence is held as a BigInt count
 * of pence (exact, like the Dec), and adding, comparing and writing such amounts is integer work;
 * the Dec is made only when something asks for `value` or computes with an amount that is not
 * whole pence (a rate applied, a division). Both forms give the same answers to every method.
 * The form follows from the amount alone (whole pence, or a Dec), so equal amounts are also
 * equal field by field, as a deep comparison sees them.
 */
export class Money {
  /** The amount, when it is not whole pence. */
  private readonly dec: Dec | undefined;
  /** The amount in pence, when it is whole pence. */
  private readonly pence: bigint | undefined;

  private constructor(value: Dec | undefined, pence?: bigint) {
    this.dec = value;
    this.pence = pence;
  }

  static readonly ZERO = new Money(undefined, 0n);

  /** The amount as a Dec, exactly. */
  get value(): Dec {
    // Read once per text (decimalOf), not kept on the amount: that would change its fields.
    return this.dec ?? toDec(exactText(this.pence as bigint));
  }

  /** Parses a decimal string; `field` names the input in the error a client sees. */
  static parse(input: unknown, field = 'amount'): Money {
    const value = parseDecimal(input, field, 'a decimal string of pounds such as "48800000.00"');
    return Money.ofText(input as string, value);
  }

  /** For values the service computed itself (never for client input). */
  static of(value: Dec | string | number): Money {
    if (typeof value !== 'string') return Money.ofDec(toDec(value));
    let amount = read.get(value);
    if (amount === undefined) {
      const pence = penceOfText(value);
      amount = pence === undefined ? Money.ofDec(toDec(value)) : new Money(undefined, pence);
      if (read.size >= READ_LIMIT) read.clear();
      read.set(value, amount);
    }
    return amount;
  }

  /** Whole pence as money, exactly (allocation's results). */
  static ofPence(pence: bigint): Money {
    return new Money(undefined, pence);
  }

  private static ofText(text: string, value: Dec): Money {
    const pence = penceOfText(text);
    return pence === undefined ? Money.ofDec(value) : new Money(undefined, pence);
  }

  /** An amount computed as a Dec, in its form: whole pence when it is. */
  private static ofDec(value: Dec): Money {
    return value.isFinite() && value.decimalPlaces() <= 2 ? new Money(undefined, BigInt(value.times(100).toFixed(0))) : new Money(value);
  }

  static sum(amounts: Iterable<Money>): Money {
    let pence = 0n;
    let total: Dec | null = null;
    for (const m of amounts) {
      if (total === null && m.pence !== undefined) pence += m.pence;
      else total = (total ?? toDec(exactText(pence))).plus(m.value);
    }
    return total === null ? new Money(undefined, pence) : Money.ofDec(total);
  }

  plus(other: Money): Money {
    if (this.pence !== undefined && other.pence !== undefined) return new Money(undefined, this.pence + other.pence);
    return Money.ofDec(this.value.plus(other.value));
  }
  minus(other: Money): Money {
    if (this.pence !== undefined && other.pence !== undefined) return new Money(undefined, this.pence - other.pence);
    return Money.ofDec(this.value.minus(other.value));
  }
  times(factor: Dec | Rate | number | string): Money {
    const f = typeof factor === 'object' && 'fraction' in factor ? factor.fraction : factor;
    return Money.ofDec(this.value.times(f));
  }
  dividedBy(divisor: Dec | number | string): Money {
    return Money.ofDec(this.value.dividedBy(divisor));
  }
  negated(): Money {
    if (this.pence !== undefined) return new Money(undefined, -this.pence);
    return Money.ofDec(this.value.negated());
  }
  /** This amount as a fraction of another (e.g. collaboration spend as a share of NRE). */
  ratioTo(whole: Money): Dec {
    return this.value.dividedBy(whole.value);
  }

  isZero(): boolean {
    return this.pence !== undefined ? this.pence === 0n : this.value.isZero();
  }
  isNegative(): boolean {
    return this.pence !== undefined ? this.pence < 0n : this.value.isNegative() && !this.value.isZero();
  }
  isPositive(): boolean {
    return this.pence !== undefined ? this.pence > 0n : this.value.greaterThan(0);
  }
  compare(other: Money): number {
    if (this.pence !== undefined && other.pence !== undefined) return this.pence < other.pence ? -1 : this.pence > other.pence ? 1 : 0;
    return this.value.comparedTo(other.value);
  }
  equals(other: Money): boolean {
    return this.compare(other) === 0;
  }
  lessThan(other: Money): boolean {
    return this.compare(other) < 0;
  }
  greaterThan(other: Money): boolean {
    return this.compare(other) > 0;
  }
  min(other: Money): Money {
    return this.lessThan(other) ? this : other;
  }
  max(other: Money): Money {
    return this.greaterThan(other) ? this : other;
  }

  /** Rounded to pence, half-up: the only form money leaves the service in ("62909000.00"). */
  toPence(): string {
    return this.pence !== undefined ? penceText(this.pence) : fixedHalfUp(this.value, 2);
  }
  /** Rounded to whole pence (half-up), as a BigInt: what allocation splits. */
  wholePence(): bigint {
    return this.pence ?? BigInt(this.value.times(100).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toFixed(0));
  }
  /** Full precision, for storing inside events and projection state. */
  toExact(): string {
    return this.pence !== undefined ? exactText(this.pence) : this.value.toFixed();
  }
  toJSON(): string {
    return this.toPence();
  }
  toString(): string {
    return this.toPence();
  }
}

/**
 * Amounts already read from text: the engines read the same amounts from the facts on every
 * answer (an item's amount, once per year it counts in), as decimalOf does for Decs. An amount
 * is immutable, so one object serves every reading; bounded, and simply emptied when full.
 */
const read = new Map<string, Money>();
const READ_LIMIT = 50_000;

/** Pounds written with at most two places ("1200", "-3.5", "0.07"): its whole pence, else undefined. */
function penceOfText(text: string): bigint | undefined {
  const point = text.indexOf('.');
  if (point < 0) return WHOLE.test(text) ? BigInt(text) * 100n : undefined;
  const places = text.length - point - 1;
  if (places < 1 || places > 2 || !PENCE.test(text)) return undefined;
  const digits = text.slice(0, point) + text.slice(point + 1) + (places === 1 ? '0' : '');
  return BigInt(digits);
}
const WHOLE = /^-?\d+$/;
const PENCE = /^-?\d+\.\d{1,2}$/;

/** Pence as pounds with exactly two places: "-0.05", "1200.00". */
function penceText(pence: bigint): string {
  const negative = pence < 0n;
  const digits = (negative ? -pence : pence).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Pence as Dec's toFixed() writes the amount: no trailing zeros, no point for whole pounds ("1.5", "12"). */
function exactText(pence: bigint): string {
  const text = penceText(pence);
  if (text.endsWith('00')) return text.slice(0, -3);
  return text.endsWith('0') ? text.slice(0, -1) : text;
}
