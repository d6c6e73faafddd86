import { FinancialYear } from '../common/financial-year';
import { InvalidInputError, RuleViolationError } from '../common/errors';
import { Money } from '../common/money';
import { Rate } from '../common/rate';
import { parseDecimal, type Dec } from '../common/decimal';
import { requireNonNegative, requirePositive, requireWholePence } from './money-rules';
import { codePointLength } from '../common/text';

/**
 * Validation of command fields inside decide(), with the value objects, so the domain refuses
 * bad input even when called without the HTTP DTOs. Malformed input (not a decimal string, an
 * unknown kind) is a 400; well-formed input that breaks a finance rule (a negative amount) a 422.
 */

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

export function parseId(input: unknown, field: string): string {
  if (typeof input !== 'string' || !ID_PATTERN.test(input)) {
    throw new InvalidInputError(field, 'must be an id of letters, digits, ".", "_", ":" or "-" (at most 100 characters)');
  }
  return input;
}

export function parseText(input: unknown, field: string, options: { optional?: boolean; maxLength?: number } = {}): string {
  const maxLength = options.maxLength ?? 500;
  if (input === undefined && options.optional) return '';
  if (typeof input !== 'string') throw new InvalidInputError(field, 'must be text');
  const text = input.trim();
  if (!options.optional && text.length === 0) throw new InvalidInputError(field, 'must not be empty');
  // Counted as the HTTP layer counts: in characters, not UTF-16 units.
  if (codePointLength(text) > maxLength) throw new InvalidInputError(field, `must be at most ${maxLength} characters`);
  return text;
}

export function parseChoice<T extends string>(input: unknown, field: string, choices: readonly T[]): T {
  if (typeof input !== 'string' || !(choices as readonly string[]).includes(input)) {
    throw new InvalidInputError(field, `must be one of ${choices.map((c) => `"${c}"`).join(', ')}`);
  }
  return input as T;
}

export function parseBoolean(input: unknown, field: string): boolean {
  if (typeof input !== 'boolean') throw new InvalidInputError(field, 'must be true or false');
  return input;
}

export function parseYear(input: unknown, field: string): FinancialYear {
  return FinancialYear.parse(input, field);
}

export function parseNonNegativeMoney(input: unknown, field: string, what: string): Money {
  return requireNonNegative(Money.parse(input, field), field, what);
}

export function parsePositiveMoney(input: unknown, field: string, what: string): Money {
  return requirePositive(Money.parse(input, field), field, what);
}

/** An amount set in pounds and pence, such as a Band D council tax. */
export const parseWholePence = requireWholePence;

export function parseRate(input: unknown, field: string, bounds?: { min?: string; max?: string }): Rate {
  return Rate.parse(input, field, bounds);
}

/** A positive quantity that is not money, such as a tax base in Band D equivalents. */
export function parsePositiveDecimal(input: unknown, field: string, what: string): Dec {
  const value = parseDecimal(input, field, 'a decimal string such as "420000.5"');
  if (!value.greaterThan(0)) throw new RuleViolationError(`${what} must be more than zero (${input} given)`, field);
  return value;
}
