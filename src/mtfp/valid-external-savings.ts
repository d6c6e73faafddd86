import { FinancialYear } from '../common/financial-year';
import { InvalidInputError } from '../common/errors';
import { Money } from '../common/money';
import type { ExternalSavingsLine } from './external-savings-line';

/** An external savings line once its year and amount are parsed. */
export interface ValidExternalSaving {
  code: string;
  name: string;
  year: FinancialYear;
  amount: Money;
  sources: string[];
  issue?: string;
  realised?: true;
  recurring?: true;
}

export function validExternalSavings(lines: readonly ExternalSavingsLine[]): ValidExternalSaving[] {
  return lines.map((line, i) => {
    const field = `externalSavings[${i}]`;
    if (typeof line.code !== 'string' || line.code.length === 0) throw new InvalidInputError(`${field}.code`, 'must be a non-empty code');
    if (!Array.isArray(line.sources)) throw new InvalidInputError(`${field}.sources`, 'must list the event ids the saving came from');
    return {
      code: line.code,
      name: typeof line.name === 'string' ? line.name : line.code,
      year: FinancialYear.parse(line.year, `${field}.year`),
      amount: Money.parse(line.amount, `${field}.amount`),
      sources: [...line.sources],
      ...(typeof line.issue === 'string' ? { issue: line.issue } : {}),
      ...(line.realised === true ? { realised: true as const } : {}),
      ...(line.recurring === true ? { recurring: true as const } : {}),
    };
  });
}
