import type { FinancialYear } from '../common/financial-year';
import type { PayGroup } from '../force-finance/force-finance.events';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import { Dec } from '../common/decimal';
import { moneyFigure, sumFigures, type MoneyFigure } from './figure';
import { establishmentScale, type MtfpEstablishment } from './establishment-for-year';
import type { Warnings } from './warnings';

/**
 * A pay group's establishment in the MTFP year: both FTEs, their ratio and what the change adds to
 * pay – the group's pay at the base establishment (opening + drift + award in year) × (ratio − 1),
 * so total = opening + drift + awardInYear + effect. Null where no FTE scales the group's pay.
 */
export function establishmentOfGroup(
  facts: ForceFinanceState,
  group: PayGroup,
  baseYear: FinancialYear,
  year: FinancialYear,
  atBaseEstablishment: readonly MoneyFigure[],
  warnings: Warnings,
): MtfpEstablishment | null {
  const scale = establishmentScale(facts, group, baseYear, year, warnings);
  if (scale === null) return null;
  const pay = sumFigures([...atBaseEstablishment]);
  const effect = moneyFigure(pay.value.times(scale.ratio.minus(1)), pay.sources, scale.sources);
  return {
    baseFte: scale.baseFte,
    baseFteFrom: scale.baseFteFrom,
    fte: scale.fte,
    fteFrom: scale.fteFrom,
    ratio: scale.ratio.toDecimalPlaces(4, Dec.ROUND_HALF_UP).toFixed(4),
    effect,
  };
}
