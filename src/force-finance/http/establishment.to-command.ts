import { FinancialYear } from '../../common/financial-year';
import type { Sent } from '../../common/sent';
import { InvalidInputError } from '../../common/errors';
import { parseChoice, parsePositiveDecimal } from '../command-input';
import { FUNDABLE_ON_COSTS, type FundsOnCost } from '../establishment.events';
import type { SetEstablishment } from '../force-finance.commands';
import { PAY_GROUPS } from '../force-finance.events';

/** Parses a pay group's establishment; a malformed field is a 400 naming it, an FTE of zero or less a 422. */
export function setEstablishment(request: Sent<SetEstablishment>): SetEstablishment {
  const group = parseChoice(request.group, 'group', PAY_GROUPS);
  return {
    type: 'SetEstablishment',
    year: FinancialYear.parse(request.year, 'year'),
    group,
    fte: parsePositiveDecimal(request.fte, 'fte', `The establishment of ${group} (FTE)`),
  };
}

/** Parses a grant's tie to a pay group's on-cost: `{ group, onCost }`. */
export function fundsOnCost(given: unknown): FundsOnCost {
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new InvalidInputError(
      'fundsOnCost',
      'must be a pay group and one of its on-costs, e.g. { "group": "officers", "onCost": "pension" }',
    );
  }
  const { group, onCost } = given as Record<string, unknown>;
  return {
    group: parseChoice(group, 'fundsOnCost.group', PAY_GROUPS),
    onCost: parseChoice(onCost, 'fundsOnCost.onCost', FUNDABLE_ON_COSTS),
  };
}
