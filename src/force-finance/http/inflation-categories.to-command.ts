import { InvalidInputError } from '../../common/errors';
import { FinancialYear } from '../../common/financial-year';
import { Rate } from '../../common/rate';
import type { Sent } from '../../common/sent';
import { parseChoice } from '../command-input';
import type { SetInflationCategoryRates } from '../force-finance.commands';
import { INFLATION_CATEGORIES, type InflationCategory } from '../force-finance.events';

/** Parses a year's category rates: each category once, each rate a decimal fraction. */
export function setInflationCategoryRates(request: Sent<SetInflationCategoryRates>): SetInflationCategoryRates {
  const given: unknown = request.rates;
  if (!Array.isArray(given) || given.length === 0) throw new InvalidInputError('rates', 'must list at least one category and its rate');
  if (given.length > INFLATION_CATEGORIES.length) throw new InvalidInputError('rates', `must list each category at most once`);
  const rates = given.map((entry: { category?: unknown; rate?: unknown } | null, i) => {
    const field = `rates[${i}]`;
    if (typeof entry !== 'object' || entry === null) throw new InvalidInputError(field, 'must be a category and its rate');
    return {
      category: parseChoice(entry.category, `${field}.category`, INFLATION_CATEGORIES),
      rate: Rate.parse(entry.rate, `${field}.rate`),
    };
  });
  rates.forEach(({ category }, i) => {
    if (rates.findIndex((r) => r.category === category) !== i)
      throw new InvalidInputError(`rates[${i}].category`, `lists ${category} twice`);
  });
  return { type: 'SetInflationCategoryRates', year: FinancialYear.parse(request.year, 'year'), rates };
}

/** A non-pay base-budget line may name its inflation category; a pay or income line has none. */
export function lineInflationCategoryOf(
  line: { kind?: unknown; inflationCategory?: unknown },
  field: string,
): { inflationCategory?: InflationCategory } {
  if (line.inflationCategory === undefined) return {};
  if (line.kind !== 'non_pay') throw new InvalidInputError(`${field}.inflationCategory`, 'is only for a non_pay line');
  return { inflationCategory: parseChoice(line.inflationCategory, `${field}.inflationCategory`, INFLATION_CATEGORIES) };
}

/** An item inflated as non-pay may name its category; an item moved by pay, or kept in flat cash, has none. */
export function itemInflationCategoryOf(request: { inflation?: unknown; inflationCategory?: unknown }): {
  inflationCategory?: InflationCategory;
} {
  if (request.inflationCategory === undefined) return {};
  if (request.inflation !== 'non_pay') throw new InvalidInputError('inflationCategory', 'is only for an item with inflation non_pay');
  return { inflationCategory: parseChoice(request.inflationCategory, 'inflationCategory', INFLATION_CATEGORIES) };
}
