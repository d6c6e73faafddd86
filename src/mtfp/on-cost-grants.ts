import type { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import type { FundableOnCost, FundsOnCost } from '../force-finance/establishment.events';
import { formatPounds } from '../force-finance/format-pounds';
import { moneyFigure, sumFigures, type MoneyFigure } from './figure';
import type { MtfpExpenditure } from './mtfp-projection';
import type { MtfpFundedOnCost, MtfpOnCostFunding, MtfpPayGroup } from './mtfp-pay.types';

export type { MtfpFundedOnCost, MtfpOnCostFunding };
import type { MtfpSpecificGrant } from './specific-grant-line';
import type { Warnings } from './warnings';

const GROUP_NAMES = { officers: 'Police officers', staff: 'Police staff', pcsos: 'PCSOs' } as const;
const ON_COST_NAMES: Record<FundableOnCost, string> = { pension: 'employer pension' };

/** "Police officers' employer pension": what a grant tied to an on-cost funds, in words. */
export function onCostName({ group, onCost }: FundsOnCost): string {
  return `${GROUP_NAMES[group]}' ${ON_COST_NAMES[onCost]}`;
}

/** The on-cost in the year (zero where the group has no pay or the force records no on-cost rates). */
export function onCostSpend(tie: FundsOnCost, expenditure: MtfpExpenditure): MoneyFigure {
  const onCosts = expenditure.payGroups.find((g) => g.group === tie.group)?.onCosts;
  return onCosts ? onCosts[tie.onCost] : moneyFigure(Money.ZERO);
}

/**
 * Each pay group's on-costs with the grants tied to them: the cost, the grants against it and the
 * net. A grant (specific or ring-fenced) that comes to more than the cost it funds is warned of –
 * the rest funds nothing it is meant for; and so is a grant whose on-cost the plan does not have.
 */
export function withOnCostFunding(
  expenditure: MtfpExpenditure,
  grants: readonly MtfpSpecificGrant[],
  year: FinancialYear,
  warnings: Warnings,
): MtfpExpenditure {
  const tied = grants.filter((g) => g.funds?.onCost !== undefined);
  if (tied.length === 0) return expenditure;
  for (const group of new Set(tied.map((g) => g.funds!.onCost!.group))) {
    if (!expenditure.payGroups.some((g) => g.group === group && g.onCosts !== null)) {
      const names = tied.filter((g) => g.funds!.onCost!.group === group).map((g) => g.name);
      warnings.add(
        `${names.join(' and ')} in ${year} funds ${GROUP_NAMES[group]}' on-costs, but the plan has none for them in ${year}: no on-cost rates are recorded (their pay is taken to include its on-costs) or no pay line names the group`,
      );
    }
  }
  return { ...expenditure, payGroups: expenditure.payGroups.map((group) => fundedGroup(group, tied, year, warnings)) };
}

function fundedGroup(group: MtfpPayGroup, tied: readonly MtfpSpecificGrant[], year: FinancialYear, warnings: Warnings): MtfpPayGroup {
  if (group.onCosts === null) return group;
  const funding: MtfpOnCostFunding = {};
  for (const onCost of ['pension'] as const) {
    const grants = tied.filter((g) => g.funds!.onCost!.group === group.group && g.funds!.onCost!.onCost === onCost);
    if (grants.length === 0) continue;
    const cost = group.onCosts[onCost];
    const granted = sumFigures(grants.map((g) => g.amount));
    const net = moneyFigure(cost.value.minus(granted.value), cost.sources, granted.sources);
    funding[onCost] = {
      cost,
      fundedBy: grants.map((g) => ({ grantId: g.grantId, name: g.name, kind: g.kind, amount: g.amount })),
      granted,
      net,
    };
    if (net.value.isNegative()) {
      const what = onCostName({ group: group.group, onCost });
      warnings.add(
        `${grants.map((g) => g.name).join(' and ')} of ${formatPounds(granted.value)} in ${year} is more than the ${what} it funds (${formatPounds(cost.value)}): ${formatPounds(granted.value.minus(cost.value))} funds nothing it is meant for`,
      );
    }
  }
  return Object.keys(funding).length === 0 ? group : { ...group, onCosts: { ...group.onCosts, funding } };
}
