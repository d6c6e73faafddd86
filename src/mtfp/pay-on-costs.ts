import { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import { Rate } from '../common/rate';
import type { PayGroup } from '../force-finance/force-finance.events';
import type { ForceFinanceState, PayOnCostRatesFact } from '../force-finance/force-finance.state';
import { moneyFigure, sumFigures, type MoneyFigure } from './figure';
import type { MtfpPayGroup, MtfpPayOnCosts } from './mtfp-projection';
import { latestYearAtOrBefore } from './recorded-years';

/**
 * The apprenticeship levy (Finance Act 2016): 0.5 % of an employer's pay bill above a £15,000
 * allowance-equivalent of £3m, from 2017/18. Stated once, here.
 */
export const APPRENTICESHIP_LEVY = { rate: Rate.of('0.005'), allowance: Money.of('3000000'), from: FinancialYear.parse('2017/18') };

/** Which scheme's employer rate a group pays: officers the police pension scheme, staff and PCSOs the LGPS. */
const PENSION_RATE_OF: Record<PayGroup, 'officersPension' | 'staffPension'> = {
  officers: 'officersPension',
  staff: 'staffPension',
  pcsos: 'staffPension',
};

/**
 * On-costs of each pay group's pay, where the force records on-cost rates (for the year, or an
 * earlier year's carried on); without them a group's pay is taken as including its on-costs and
 * `onCosts` is null. Employer pension = pay × its scheme's rate; national insurance = pay × the
 * employer rate (an effective rate, thresholds left to it); the levy on the groups' pay bill
 * above £3m, shared between the groups in proportion to their pay.
 */
export function withPayOnCosts(
  facts: ForceFinanceState,
  year: FinancialYear,
  groups: readonly MtfpPayGroup[],
): { groups: MtfpPayGroup[]; total: MoneyFigure } {
  const recordedFor = latestYearAtOrBefore(Object.keys(facts.payOnCostRates ?? {}), year);
  if (recordedFor === null || groups.length === 0) return { groups: [...groups], total: moneyFigure(Money.ZERO) };
  const rates = facts.payOnCostRates![recordedFor.toString()];
  const payBill = Money.sum(groups.map((g) => g.total.value));
  const levy = levyOn(payBill, year);
  const withCosts = groups.map((group) => ({ ...group, onCosts: onCostsOf(group, rates, levy, payBill, recordedFor) }));
  return { groups: withCosts, total: sumFigures(withCosts.map((g) => g.onCosts!.total)) };
}

function levyOn(payBill: Money, year: FinancialYear): Money {
  if (year.isBefore(APPRENTICESHIP_LEVY.from)) return Money.ZERO;
  const above = payBill.value.minus(APPRENTICESHIP_LEVY.allowance.value);
  return above.greaterThan(0) ? Money.of(above).times(APPRENTICESHIP_LEVY.rate) : Money.ZERO;
}

function onCostsOf(
  group: MtfpPayGroup,
  rates: PayOnCostRatesFact,
  levy: Money,
  payBill: Money,
  recordedFor: FinancialYear,
): MtfpPayOnCosts {
  const pay = group.total;
  const pensionRate = Rate.of(rates[PENSION_RATE_OF[group.group]]);
  const niRate = Rate.of(rates.employerNationalInsurance);
  const pension = moneyFigure(pay.value.times(pensionRate), pay.sources, rates.sources);
  const nationalInsurance = moneyFigure(pay.value.times(niRate), pay.sources, rates.sources);
  const share = payBill.isZero() ? Money.ZERO : Money.of(levy.value.times(pay.value.value).dividedBy(payBill.value));
  const apprenticeshipLevy = moneyFigure(share, pay.sources);
  return {
    ratesFrom: recordedFor.toString(),
    pensionScheme: PENSION_RATE_OF[group.group] === 'officersPension' ? ('police' as const) : ('lgps' as const),
    pensionRate: { value: pensionRate, sources: [...rates.sources] },
    nationalInsuranceRate: { value: niRate, sources: [...rates.sources] },
    pension,
    nationalInsurance,
    apprenticeshipLevy,
    total: sumFigures([pension, nationalInsurance, apprenticeshipLevy]),
    // Grants tied to an on-cost are set against it once the year's grants are known (on-cost-grants.ts).
    funding: null,
  };
}
