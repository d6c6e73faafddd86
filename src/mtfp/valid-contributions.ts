import { InvalidInputError } from '../common/errors';
import { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import type { ContributionLine } from './contribution-line';

/** A contribution line once its years and amounts are parsed. */
export interface ValidContribution {
  code: string;
  name: string;
  year: FinancialYear;
  amount: Money;
  units: { code: string; name: string; amount: Money; sources: string[] }[];
  sources: string[];
  issue?: string;
  replaces?: { lineCodes: string[]; fromYear: FinancialYear; reason: string; sources: string[] };
}

export function validContributions(lines: readonly ContributionLine[]): ValidContribution[] {
  return lines.map((line, i) => {
    const field = `contributions[${i}]`;
    if (typeof line.code !== 'string' || line.code.length === 0) throw new InvalidInputError(`${field}.code`, 'must be a non-empty code');
    const units = (line.units ?? []).map((u, j) => ({
      code: u.code,
      name: u.name,
      amount: Money.parse(u.amount, `${field}.units[${j}].amount`),
      sources: [...u.sources],
    }));
    const amount = Money.parse(line.amount, `${field}.amount`);
    if (!Money.sum(units.map((u) => u.amount)).equals(amount)) {
      throw new InvalidInputError(`${field}.amount`, 'must be the sum of its units');
    }
    return {
      code: line.code,
      name: typeof line.name === 'string' ? line.name : line.code,
      year: FinancialYear.parse(line.year, `${field}.year`),
      amount,
      units,
      sources: [...line.sources],
      ...(typeof line.issue === 'string' ? { issue: line.issue } : {}),
      ...(line.replaces
        ? {
            replaces: {
              lineCodes: [...line.replaces.lineCodes],
              fromYear: FinancialYear.parse(line.replaces.fromYear, `${field}.replaces.fromYear`),
              reason: line.replaces.reason,
              sources: [...line.replaces.sources],
            },
          }
        : {}),
    };
  });
}
