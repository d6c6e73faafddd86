import { COLLABORATION_CODE } from '../common/codes';
import { parseDecimal, type Dec } from '../common/decimal';
import { InvalidInputError, RuleViolationError } from '../common/errors';
import { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';

/**
 * Reading command fields: the one mapping (`http/to-command.ts`) parses what a caller sends
 * with these, so the commands decide receives are typed. The HTTP DTOs validate shapes first;
 * these keep the domain honest when a command arrives any other way (the worked example).
 */

export { COLLABORATION_CODE };

export function code(input: unknown, field: string): string {
  if (typeof input !== 'string' || !COLLABORATION_CODE.test(input)) {
    throw new InvalidInputError(
      field,
      'must be 1–40 lower-case letters, digits or hyphens, starting with a letter (e.g. "bch" or "joint-protective-services")',
    );
  }
  return input;
}

export function forceCode(input: unknown, field: string): string {
  if (typeof input !== 'string' || input.trim().length === 0)
    throw new InvalidInputError(field, 'must name a force by its code (e.g. "herts")');
  return input;
}

export function text(input: unknown, field: string): string {
  if (typeof input !== 'string' || input.trim().length === 0) throw new InvalidInputError(field, 'must not be empty');
  return input.trim();
}

export function optionalText(input: unknown, field: string): string | null {
  if (input === undefined || input === null) return null;
  return text(input, field);
}

/** One of a fixed set of values (a kind, a category). */
export function choice<T extends string>(input: unknown, field: string, choices: readonly T[]): T {
  if (!choices.includes(input as T)) throw new InvalidInputError(field, `must be one of ${choices.join(', ')}`);
  return input as T;
}

export function year(input: unknown, field = 'year'): FinancialYear {
  return FinancialYear.parse(input, field);
}

export function money(input: unknown, field: string): Money {
  return Money.parse(input, field);
}

/** A business rule of decide: money that cannot be negative here (a budget, a saving), stored at full precision. */
export function nonNegativeAmount(amount: Money, field: string, what: string): string {
  if (amount.isNegative()) throw new RuleViolationError(`${what} cannot be negative (${amount.toPence()} was given).`, field);
  return amount.toExact();
}

/** A non-negative decimal figure (a share, a population, a headcount), normalised. */
export function nonNegativeDecimal(input: unknown, field: string): Dec {
  const value = parseDecimal(input, field, 'a decimal string such as "0.35"');
  if (value.isNegative() && !value.isZero()) throw new RuleViolationError(`${field} cannot be negative (${input} was given).`, field);
  return value;
}

export function compareYears(a: string, b: string): number {
  return FinancialYear.parse(a).compare(FinancialYear.parse(b));
}
