import { Money } from '../common/money';
import { formatPounds } from '../force-finance/format-pounds';
import { moneyFigure, type MoneyFigure } from './figure';
import type { MtfpReserveUse } from './mtfp-projection';
import type { Warnings } from './warnings';

/**
 * What is left of the gap after net reserve use: savings still to identify when positive, a
 * surplus when negative – never "negative savings". A year whose planned drawdowns are more
 * than its gap draws more from reserves than the budget needs, and says so.
 */
export function savingsToIdentifyAndSurplus(
  year: string,
  gap: MoneyFigure,
  reserveUse: MtfpReserveUse,
  warnings: Warnings,
): { savingsToIdentify: MoneyFigure; surplus: MoneyFigure } {
  const left = gap.value.minus(reserveUse.net.value);
  const sources = [gap.sources, reserveUse.net.sources];
  if (left.isNegative() && reserveUse.net.value.isPositive()) {
    const use = formatPounds(reserveUse.net.value);
    warnings.add(
      gap.value.isPositive()
        ? `${year}: planned net reserve use of ${use} is more than the gap of ${formatPounds(gap.value)}, so ${formatPounds(left.negated())} more is drawn from reserves than the budget needs`
        : `${year}: the plan has a surplus of ${formatPounds(gap.value.negated())} before reserves, yet draws ${use} (net) from reserves that the budget does not need`,
    );
  }
  return {
    savingsToIdentify: moneyFigure(left.isNegative() ? Money.ZERO : left, ...sources),
    surplus: moneyFigure(left.isNegative() ? left.negated() : Money.ZERO, ...sources),
  };
}
