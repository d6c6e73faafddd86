import { Dec, fixedHalfUp, parseDecimal, toDec } from './decimal';
import type { Rate } from './rate';

/**
 * An amount in pounds, exact. Built only from decimal strings ("48800000.00") – a JS number
 * has already lost precision before we could see it, so it is refused. Arithmetic keeps full
 * precision; rounding to pence (half-up) happens only when a figure leaves the service.
 */
export class Money {
  private constructor(readonly value: Dec) {}

  static readonly ZERO = new Money(new Dec(0));

  /** Parses a decimal string; `field` names the input in the error a client sees. */
  static parse(input: unknown, field = 'amount'): Money {
    return new Money(parseDecimal(input, field, 'a decimal string of pounds such as "48800000.00"'));
  }

  /** For values the service computed itself (never for client input). */
  static of(value: Dec | string | number): Money {
    return new Money(toDec(value));
  }

  static sum(amounts: Iterable<Money>): Money {
    let total = new Dec(0);
    for (const m of amounts) total = total.plus(m.value);
    return new Money(total);
  }

  plus(other: Money): Money {
    return new Money(this.value.plus(other.value));
  }
  minus(other: Money): Money {
    return new Money(this.value.minus(other.value));
  }
  times(factor: Dec | Rate | number | string): Money {
    const f = typeof factor === 'object' && 'fraction' in factor ? factor.fraction : factor;
    return new Money(this.value.times(f));
  }
  dividedBy(divisor: Dec | number | string): Money {
    return new Money(this.value.dividedBy(divisor));
  }
  negated(): Money {
    return new Money(this.value.negated());
  }
  /** This amount as a fraction of another (e.g. collaboration spend as a share of NRE). */
  ratioTo(whole: Money): Dec {
    return this.value.dividedBy(whole.value);
  }

  isZero(): boolean {
    return this.value.isZero();
  }
  isNegative(): boolean {
    return this.value.isNegative() && !this.value.isZero();
  }
  isPositive(): boolean {
    return this.value.greaterThan(0);
  }
  compare(other: Money): number {
    return this.value.comparedTo(other.value);
  }
  equals(other: Money): boolean {
    return this.value.equals(other.value);
  }
  lessThan(other: Money): boolean {
    return this.value.lessThan(other.value);
  }
  greaterThan(other: Money): boolean {
    return this.value.greaterThan(other.value);
  }
  min(other: Money): Money {
    return this.lessThan(other) ? this : other;
  }
  max(other: Money): Money {
    return this.greaterThan(other) ? this : other;
  }

  /** Rounded to pence, half-up: the only form money leaves the service in ("62909000.00"). */
  toPence(): string {
    return fixedHalfUp(this.value, 2);
  }
  /** Whole pence as an integer-valued Dec, for allocation arithmetic. */
  toPenceUnits(): Dec {
    return this.value.times(100).toDecimalPlaces(0, Dec.ROUND_HALF_UP);
  }
  /** Full precision, for storing inside events and projection state. */
  toExact(): string {
    return this.value.toFixed();
  }
  toJSON(): string {
    return this.toPence();
  }
  toString(): string {
    return this.toPence();
  }
}
