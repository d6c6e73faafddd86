import { Money } from '../common/money';
import { Rate } from '../common/rate';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import { formatPounds } from '../force-finance/format-pounds';
import type { ReserveYear } from '../force-finance/reserve-balances';
import { moneyFigure, sumFigures, type MoneyFigure } from './figure';
import type { MtfpGeneralReserveCheck, MtfpReserveUse, MtfpReserveYear } from './mtfp-projection';

/** Each reserve's balances, worked out once per projection (see force-finance/reserve-balances.ts). */
export type ReserveBalancesById = ReadonlyMap<string, ReserveYear[]>;

export function reservesForYear(facts: ForceFinanceState, balances: ReserveBalancesById, year: string): MtfpReserveYear[] {
  const rows: MtfpReserveYear[] = [];
  for (const reserve of facts.reserves) {
    const row = balances.get(reserve.reserveId)?.find((y) => y.year === year);
    if (!row) continue; // not open yet
    rows.push({
      reserveId: reserve.reserveId,
      name: reserve.name,
      kind: reserve.kind,
      opening: row.opening,
      contributions: row.contributions,
      drawdowns: row.drawdowns,
      closing: row.closing,
    });
  }
  return rows;
}

/**
 * Reserve use applied to the gap: drawdowns marked as supporting the revenue budget, less
 * contributions marked as made from it (a contribution from revenue adds to what must be
 * funded). Other movements (capital, change projects) move balances but not the gap.
 */
export function reserveUseForYear(balances: ReserveBalancesById, year: string): MtfpReserveUse {
  const movements = [...balances.values()].flatMap((years) => years.find((y) => y.year === year)?.movements ?? []);
  const revenue = movements.filter((m) => m.supportsRevenueBudget);
  const total = (direction: 'drawdown' | 'contribution'): MoneyFigure =>
    sumFigures(revenue.filter((m) => m.direction === direction).map((m) => moneyFigure(Money.of(m.amount), m.sources)));
  const drawdowns = total('drawdown');
  const contributions = total('contribution');
  return {
    drawdowns,
    contributions,
    net: moneyFigure(drawdowns.value.minus(contributions.value), drawdowns.sources, contributions.sources),
  };
}

/**
 * The force's general reserves together against its minimum policy (a share of the year's
 * NRE); null when it holds no general reserve that year.
 */
export function generalReserveCheck(
  facts: ForceFinanceState,
  reserves: readonly MtfpReserveYear[],
  nre: MoneyFigure,
  year: string,
): { check: MtfpGeneralReserveCheck | null; alert: string | null } {
  const general = reserves.filter((r) => r.kind === 'general');
  if (general.length === 0) return { check: null, alert: null };
  const closing = sumFigures(general.map((r) => r.closing));
  const policy = facts.minimumGeneralReserve;
  if (!policy) return { check: { closing, minimumShareOfNre: null, minimum: null, belowMinimum: false }, alert: null };

  const share = Rate.of(policy.shareOfNre);
  const minimum = moneyFigure(nre.value.times(share), policy.sources, nre.sources);
  const belowMinimum = closing.value.lessThan(minimum.value);
  const alert = belowMinimum
    ? `General reserves close ${year} at ${formatPounds(closing.value)}, below the minimum of ${formatPounds(minimum.value)} (${share.toPercent()} % of NRE)`
    : null;
  return { check: { closing, minimumShareOfNre: { value: share, sources: [...policy.sources] }, minimum, belowMinimum }, alert };
}
