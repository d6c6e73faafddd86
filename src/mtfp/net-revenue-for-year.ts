import type { FinancialYear } from '../common/financial-year';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import { capitalFinancingForYear } from './capital-financing-for-year';
import { expenditureForYear } from './expenditure-for-year';
import { moneyFigure } from './figure';
import { specificGrantsForYear } from './specific-grants-for-year';
import type { ValidContribution } from './valid-contributions';
import type { ValidExternalSaving } from './valid-external-savings';
import type { Warnings } from './warnings';

/**
 * A year's expenditure and income, and NRE = expenditure − income: specific grants and capital
 * financing taken in, funding and reserves not yet. It reads the force's budget, pay,
 * establishment, grants and capital facts, never its reserves, so the NRE an alliance shares
 * costs by can be worked out without projecting the rest of the plan.
 */
export function netRevenueForYear(
  facts: ForceFinanceState,
  year: FinancialYear,
  externalSavings: readonly ValidExternalSaving[],
  contributions: readonly ValidContribution[],
  warnings: Warnings,
) {
  const { expenditure: spend, income } = expenditureForYear(facts, year, externalSavings, warnings, contributions);
  const { grants: specificGrants, expenditure: granted } = specificGrantsForYear(facts, year, spend, warnings);
  const { capitalFinancing, expenditure } = capitalFinancingForYear(facts, year, granted, warnings);
  const nre = moneyFigure(expenditure.total.value.minus(income.total.value), expenditure.total.sources, income.total.sources);
  return { expenditure, income, nre, specificGrants, capitalFinancing };
}
