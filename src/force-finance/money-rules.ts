import { RuleViolationError } from '../common/errors';
import type { Money } from '../common/money';
import { formatPounds } from './format-pounds';

/** Finance rules on amounts already parsed: a breach is a 422 naming the field. */

export function requireNonNegative(amount: Money, field: string, what: string): Money {
  if (amount.isNegative()) throw new RuleViolationError(`${what} cannot be negative (${formatPounds(amount)} given)`, field);
  return amount;
}

export function requirePositive(amount: Money, field: string, what: string): Money {
  if (!amount.isPositive()) throw new RuleViolationError(`${what} must be more than zero (${formatPounds(amount)} given)`, field);
  return amount;
}

/** An amount set in pounds and pence, such as a Band D council tax. */
export function requireWholePence(amount: Money, field: string, what: string): Money {
  if (!amount.value.times(100).isInteger()) {
    throw new RuleViolationError(`${what} is set in pounds and pence: ${amount.toExact()} has fractions of a penny`, field);
  }
  return amount;
}
