import { InvalidInputError } from '../../common/errors';
import { FinancialYear } from '../../common/financial-year';
import { Rate } from '../../common/rate';
import type { Sent } from '../../common/sent';
import { parseChoice } from '../command-input';
import type { SetPayAward, SetPayOnCostRates } from '../force-finance.commands';
import { PAY_GROUPS } from '../force-finance.events';

/** September: police officer and staff awards take effect on 1 September, so a year bears 7/12 of them. */
export const DEFAULT_EFFECTIVE_MONTH = 9;

/** A pay award as a caller sends it: `effectiveMonth` may be left out (September). */
export type SetPayAwardRequest = Omit<Sent<SetPayAward>, 'effectiveMonth' | 'incrementalDrift'> & {
  effectiveMonth?: unknown;
  incrementalDrift?: string;
};

/** Parses a pay award; a malformed field is a 400 naming it. */
export function setPayAward(request: SetPayAwardRequest): SetPayAward {
  return {
    type: 'SetPayAward',
    year: FinancialYear.parse(request.year, 'year'),
    group: parseChoice(request.group, 'group', PAY_GROUPS),
    rate: Rate.parse(request.rate, 'rate'),
    effectiveMonth: effectiveMonth(request.effectiveMonth),
    ...(request.incrementalDrift === undefined ? {} : { incrementalDrift: Rate.parse(request.incrementalDrift, 'incrementalDrift') }),
  };
}

function effectiveMonth(given: unknown): number {
  if (given === undefined) return DEFAULT_EFFECTIVE_MONTH;
  if (typeof given !== 'number' || !Number.isInteger(given) || given < 1 || given > 12) {
    throw new InvalidInputError('effectiveMonth', 'must be a calendar month from 1 (January) to 12 (December), e.g. 9 for September');
  }
  return given;
}

/** Parses on-cost rates; each is a fraction of pay from 0 to 1. */
export function setPayOnCostRates(request: Sent<SetPayOnCostRates>): SetPayOnCostRates {
  const share = (input: unknown, field: string) => Rate.parse(input, field);
  return {
    type: 'SetPayOnCostRates',
    year: FinancialYear.parse(request.year, 'year'),
    officersPension: share(request.officersPension, 'officersPension'),
    staffPension: share(request.staffPension, 'staffPension'),
    employerNationalInsurance: share(request.employerNationalInsurance, 'employerNationalInsurance'),
  };
}
