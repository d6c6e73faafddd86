import { formatPounds } from '../force-finance/format-pounds';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import type { MtfpMonitoringGeneralReserve } from './budget-monitoring.types';
import { moneyFigure, type MoneyFigure } from './figure';
import type { MtfpYear } from './mtfp-projection';

/**
 * What the year's net over- or underspend would do to the general reserve at the year end: an
 * overspend is met from it, an underspend adds to it. The MTFP's reserve figures are not changed;
 * once the force records the year's actual movements on a general reserve, the reserves already
 * count them (an actual replaces the plan for its year), so the closing balance is the answer.
 */
export function generalReserveAfterOutturn(
  facts: ForceFinanceState,
  year: string,
  plan: Pick<MtfpYear, 'generalReserve'>,
  variance: MoneyFigure,
): MtfpMonitoringGeneralReserve | null {
  const check = plan.generalReserve;
  if (!check) return null;
  const general = facts.reserves.filter((r) => r.kind === 'general');
  const actuals = general.flatMap((r) => r.movements.filter((m) => m.year === year && m.basis === 'actual'));
  if (actuals.length > 0) {
    return {
      closing: check.closing,
      basis: 'recorded',
      closingAfterOutturn: check.closing,
      belowMinimumAfterOutturn: check.belowMinimum,
      note: `The ${year} actual movements on the general reserve are recorded: it closes at ${formatPounds(check.closing.value)}`,
    };
  }
  const after = moneyFigure(check.closing.value.minus(variance.value), check.closing.sources, variance.sources);
  const below = check.minimum !== null && after.value.lessThan(check.minimum.value);
  const closes = `it would close ${year} at ${formatPounds(after.value)}${below ? ', below its minimum' : ''}`;
  const amount = formatPounds(variance.value.isNegative() ? variance.value.negated() : variance.value);
  const note = variance.value.isPositive()
    ? `An overspend of ${amount} would be met from the general reserve: ${closes}`
    : variance.value.isNegative()
      ? `An underspend of ${amount} would add to the general reserve: ${closes}`
      : `On budget: the general reserve is unchanged at ${formatPounds(check.closing.value)}`;
  return { closing: check.closing, basis: 'projected', closingAfterOutturn: after, belowMinimumAfterOutturn: below, note };
}
