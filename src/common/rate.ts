import { Dec, parseDecimal, toDec } from './decimal';
import { InvalidInputError } from './errors';

/**
 * A rate as a decimal fraction: "0.02" is 2 %. Kept exact; shown as a fraction string and,
 * for people, as a percentage.
 */
export class Rate {
  private constructor(readonly fraction: Dec) {}

  static readonly ZERO = new Rate(new Dec(0));

  static parse(input: unknown, field = 'rate', bounds: { min?: string; max?: string } = { min: '-1', max: '1' }): Rate {
    const fraction = parseDecimal(input, field, 'a decimal fraction string such as "0.02" (2 %)');
    if (bounds.min !== undefined && fraction.lessThan(bounds.min)) {
      throw new InvalidInputError(field, `must be at least ${bounds.min} (${new Dec(bounds.min).times(100).toFixed()} %)`);
    }
    if (bounds.max !== undefined && fraction.greaterThan(bounds.max)) {
      throw new InvalidInputError(field, `must be at most ${bounds.max} (${new Dec(bounds.max).times(100).toFixed()} %)`);
    }
    return new Rate(fraction);
  }

  static of(value: Dec | string | number): Rate {
    return new Rate(toDec(value));
  }

  /** 1 + rate: the factor that moves an amount on by this rate. */
  growthFactor(): Dec {
    return this.fraction.plus(1);
  }
  plus(other: Rate): Rate {
    return new Rate(this.fraction.plus(other.fraction));
  }
  isZero(): boolean {
    return this.fraction.isZero();
  }
  /** Percentage rounded half-up to `places` decimals, as a string ("26.1"). */
  toPercent(places = 2): string {
    return this.fraction.times(100).toDecimalPlaces(places, Dec.ROUND_HALF_UP).toFixed(places);
  }
  toExact(): string {
    return this.fraction.toFixed();
  }
  toJSON(): string {
    return this.toExact();
  }
  toString(): string {
    return this.toExact();
  }
}
