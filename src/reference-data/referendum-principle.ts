import { FinancialYear } from '../common/financial-year';
import { InvalidInputError, RuleViolationError } from '../common/errors';
import { Money } from '../common/money';
import { Rate } from '../common/rate';
import { codePointLength } from '../common/text';

/**
 * A referendum principle for police precepts in England: the most a PCC may raise Band D in a
 * year without a local referendum. A percentage limit is met only by an increase strictly LESS
 * THAN it (hence 1.99 % under 2 %); a £ limit allows increases UP TO AND INCLUDING it. More than
 * one principle may apply in a year to different PCCs (`appliesTo`), e.g. 2 % for all PCCs and
 * £5 for lowest-quartile PCCs; each is recorded separately.
 */
export type ReferendumComparison = 'less_than' | 'up_to_and_including';
export const REFERENDUM_COMPARISONS: readonly ReferendumComparison[] = ['less_than', 'up_to_and_including'];

export type ReferendumLimitData = { kind: 'percentage'; rate: string } | { kind: 'amount'; amount: string };

/** The principle as stored in events and reference tables: strings only. */
export type ReferendumPrincipleData = {
  year: string;
  limit: ReferendumLimitData;
  comparison: ReferendumComparison;
  /** Who it applies to, in words: "all PCCs", "lowest-quartile PCCs". */
  appliesTo: string;
  note: string;
};

export type ReferendumLimit = { kind: 'percentage'; rate: Rate } | { kind: 'amount'; amount: Money };

/** The principle the precept engine computes with. */
export interface ReferendumPrinciple {
  year: string;
  limit: ReferendumLimit;
  comparison: ReferendumComparison;
  appliesTo: string;
  note: string;
  /** Event ids it was recorded by; empty for the built-in reference table. */
  sources: string[];
}

export const ALL_PCCS = 'all PCCs';
export const LOWEST_QUARTILE_PCCS = 'lowest-quartile PCCs';

/** Validates a principle from outside (a command, a table), normalising its decimals. */
export function parseReferendumPrincipleData(input: {
  year: unknown;
  limit: unknown;
  comparison: unknown;
  appliesTo: unknown;
  note?: unknown;
}): ReferendumPrincipleData {
  const year = FinancialYear.parse(input.year, 'year').toString();
  const limit = parseLimit(input.limit);
  if (typeof input.comparison !== 'string' || !(REFERENDUM_COMPARISONS as readonly string[]).includes(input.comparison)) {
    throw new InvalidInputError('comparison', 'must be "less_than" or "up_to_and_including"');
  }
  const appliesTo = typeof input.appliesTo === 'string' ? input.appliesTo.trim() : '';
  if (appliesTo.length === 0 || codePointLength(appliesTo) > 100) {
    throw new InvalidInputError('appliesTo', 'must say who the principle applies to, e.g. "all PCCs" (at most 100 characters)');
  }
  if (input.note !== undefined && typeof input.note !== 'string') throw new InvalidInputError('note', 'must be text');
  const note = (input.note ?? '').trim();
  if (codePointLength(note) > 1000) throw new InvalidInputError('note', 'must be at most 1000 characters');
  return { year, limit, comparison: input.comparison as ReferendumComparison, appliesTo, note };
}

function parseLimit(input: unknown): ReferendumLimitData {
  if (typeof input !== 'object' || input === null) {
    throw new InvalidInputError('limit', 'must be {"kind":"percentage","rate":"0.02"} or {"kind":"amount","amount":"5.00"}');
  }
  const limit = input as Record<string, unknown>;
  if (limit.kind === 'percentage') {
    const rate = Rate.parse(limit.rate, 'limit.rate', { min: '0', max: '1' });
    if (rate.isZero()) throw new RuleViolationError('A percentage referendum limit must be more than zero', 'limit.rate');
    return { kind: 'percentage', rate: rate.toExact() };
  }
  if (limit.kind === 'amount') {
    const amount = Money.parse(limit.amount, 'limit.amount');
    if (!amount.isPositive()) throw new RuleViolationError('A £ referendum limit must be more than zero', 'limit.amount');
    if (!amount.value.times(100).isInteger()) throw new RuleViolationError('A £ referendum limit is in pounds and pence', 'limit.amount');
    return { kind: 'amount', amount: amount.toExact() };
  }
  throw new InvalidInputError('limit.kind', 'must be "percentage" or "amount"');
}

export function toReferendumPrinciple(data: ReferendumPrincipleData, sources: string[] = []): ReferendumPrinciple {
  const limit: ReferendumLimit =
    data.limit.kind === 'percentage'
      ? { kind: 'percentage', rate: Rate.of(data.limit.rate) }
      : { kind: 'amount', amount: Money.of(data.limit.amount) };
  return { year: data.year, limit, comparison: data.comparison, appliesTo: data.appliesTo, note: data.note, sources: [...sources] };
}

/** "an increase of less than 2 %", "an increase of up to and including £5.00" */
export function describeReferendumPrinciple(principle: Pick<ReferendumPrinciple, 'limit' | 'comparison'>): string {
  const limit =
    principle.limit.kind === 'percentage'
      ? `${principle.limit.rate.fraction.times(100).toFixed()} %`
      : `£${principle.limit.amount.toPence()}`;
  return `an increase of ${principle.comparison === 'less_than' ? 'less than' : 'up to and including'} ${limit}`;
}

/** Principles for one year are told apart by whom they apply to, regardless of case and spacing. */
export function appliesToKey(appliesTo: string): string {
  return appliesTo.trim().toLowerCase().replace(/\s+/g, ' ');
}
