import { FinancialYear } from '../common/financial-year';
import { RuleViolationError } from '../common/errors';
import { budgetItemList, type ForceFinanceState, type PlanPeriodFact } from './force-finance.state';

/** Every figure is recorded for a year of the force's MTFP horizon: no plan, no figures. */
export function requireYearInPlan(state: ForceFinanceState, forceName: string, year: FinancialYear, field: string): void {
  const plan = state.planPeriod;
  if (!plan) {
    throw new RuleViolationError(
      `${forceName} has no plan period yet: set its plan period (the first and last year of its MTFP) before recording figures for ${year}`,
      field,
    );
  }
  if (!isInPlan(plan, year)) {
    throw new RuleViolationError(`${year} is outside ${possessive(forceName)} plan period (${plan.firstYear} to ${plan.lastYear})`, field);
  }
}

export function isInPlan(plan: Pick<PlanPeriodFact, 'firstYear' | 'lastYear'>, year: FinancialYear): boolean {
  return !year.isBefore(FinancialYear.parse(plan.firstYear, 'firstYear')) && !year.isAfter(FinancialYear.parse(plan.lastYear, 'lastYear'));
}

/** What has been recorded for which year, so a new plan period can be checked to cover it. */
export function recordedYears(state: ForceFinanceState): Array<{ what: string; year: string }> {
  const found: Array<{ what: string; year: string }> = [];
  for (const year of Object.keys(state.baseBudgets)) found.push({ what: 'base budget', year });
  for (const year of Object.keys(state.assumptions)) found.push({ what: 'plan assumptions', year });
  for (const year of Object.keys(state.grantSettlements)) found.push({ what: 'grant settlement', year });
  for (const year of Object.keys(state.taxBases)) found.push({ what: 'tax base', year });
  for (const year of Object.keys(state.collectionFunds)) found.push({ what: 'collection fund', year });
  for (const year of Object.keys(state.precepts)) found.push({ what: 'precept', year });
  for (const year of Object.keys(state.preceptAssumptions)) found.push({ what: 'precept assumption', year });
  for (const year of Object.keys(state.monitoring ?? {})) found.push({ what: 'budget monitoring', year });
  for (const year of Object.keys(state.specificGrants ?? {})) found.push({ what: 'specific grant', year });
  for (const year of Object.keys(state.payAwards ?? {})) found.push({ what: 'pay award', year });
  for (const year of Object.keys(state.payOnCostRates ?? {})) found.push({ what: 'pay on-cost rates', year });
  for (const year of Object.keys(state.establishments ?? {})) found.push({ what: 'establishment', year });
  for (const year of Object.keys(state.capitalSchemes ?? {})) found.push({ what: 'capital programme', year });
  for (const year of Object.keys(state.capitalFinancingAssumptions ?? {})) found.push({ what: 'capital financing assumptions', year });
  for (const year of Object.keys(state.inflationCategoryRates ?? {})) found.push({ what: 'inflation category rates', year });
  for (const item of budgetItemList(state)) {
    if (!item.withdrawn) found.push({ what: `budget item "${item.description}"`, year: item.fromYear });
  }
  for (const reserve of state.reserves) {
    found.push({ what: `opening balance of ${reserve.name}`, year: reserve.asAtYear });
    for (const m of reserve.movements) found.push({ what: `${m.basis} ${m.direction} on ${reserve.name}`, year: m.year });
  }
  return found;
}

export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}
