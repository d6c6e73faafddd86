import { moneyFigure, sumFigures } from './figure';
import type { MtfpPlannedAndActual, MtfpReserveYear } from './mtfp-projection';

/**
 * A purpose's movements of one direction, planned beside actual, from its reserves' own. The
 * actual is what the balances count: each reserve's actual where one is recorded, its plan where
 * not (so a purpose with one reserve outturned and one not is not shown as spending nothing on
 * the other); null, like a reserve's, while none of the purpose's reserves has an outturn. The
 * variance is the reserves' variances added up, so actual − planned to the penny.
 */
export function purposePlannedAndActual(
  reserves: readonly MtfpReserveYear[],
  direction: 'contributions' | 'drawdowns',
): MtfpPlannedAndActual {
  const each = reserves.map((r) => r.plannedAndActual[direction]);
  const planned = sumFigures(each.map((m) => m.planned));
  const outturned = each.filter((m) => m.actual !== null && m.variance !== null);
  if (outturned.length === 0) return { planned, actual: null, variance: null };
  const variance = sumFigures(outturned.map((m) => m.variance!));
  return { planned, actual: moneyFigure(planned.value.plus(variance.value), planned.sources, variance.sources), variance };
}
