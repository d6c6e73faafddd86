import { Money } from '../common/money';
import { Rate } from '../common/rate';
import type { ForceFinanceState, ReserveFact } from '../force-finance/force-finance.state';
import { formatPounds } from '../force-finance/format-pounds';
import type { ReserveYear } from '../force-finance/reserve-balances';
import { moneyFigure, sumFigures, type MoneyFigure } from './figure';
import type { MtfpGeneralReserveCheck, MtfpReservePurposeGroup, MtfpReserveUse, MtfpReserveYear } from './mtfp-projection';
import { purposePlannedAndActual } from './reserve-purpose-planned-and-actual';
import { plannedAndActual, plannedClosingFor, purposeOf, type PlannedClosingsById } from './reserves-planned-and-actual';

/** The Home Office reserves guidance (January 2018): a general reserve above 5 % of NRE needs justification. */
export const GUIDANCE_CEILING_SHARE_OF_NRE = Rate.of('0.05');

/** Each reserve's balances, worked out once per projection (see force-finance/reserve-balances.ts). */
export type ReserveBalancesById = ReadonlyMap<string, ReserveYear[]>;

export function reservesForYear(
  reserves: readonly ReserveFact[],
  balances: ReserveBalancesById,
  year: string,
  plannedClosings: PlannedClosingsById,
): MtfpReserveYear[] {
  const rows: MtfpReserveYear[] = [];
  for (const reserve of reserves) {
    const row = balances.get(reserve.reserveId)?.find((y) => y.year === year);
    if (!row) continue; // not open yet
    rows.push({
      reserveId: reserve.reserveId,
      name: reserve.name,
      kind: reserve.kind,
      purposeCategory: purposeOf(reserve),
      opening: row.opening,
      contributions: row.contributions,
      drawdowns: row.drawdowns,
      closing: row.closing,
      plannedAndActual: {
        contributions: plannedAndActual(reserve.movements, year, 'contribution'),
        drawdowns: plannedAndActual(reserve.movements, year, 'drawdown'),
      },
      plannedClosing: plannedClosingFor(plannedClosings, reserve.reserveId, year),
    });
  }
  return rows;
}

const PURPOSE_ORDER = ['within_mtfp', 'beyond_mtfp', 'contingency', 'unclassified'] as const;

/** The year's reserves by purpose, in the guidance's order, each purpose held that year once. */
export function reservesByPurpose(rows: readonly MtfpReserveYear[]): MtfpReservePurposeGroup[] {
  return PURPOSE_ORDER.flatMap((purposeCategory) => {
    const of = rows.filter((r) => r.purposeCategory === purposeCategory);
    if (of.length === 0) return [];
    const sum = (pick: (r: MtfpReserveYear) => MoneyFigure) => sumFigures(of.map(pick));
    return [
      {
        purposeCategory,
        reserveIds: of.map((r) => r.reserveId),
        opening: sum((r) => r.opening),
        contributions: sum((r) => r.contributions),
        drawdowns: sum((r) => r.drawdowns),
        closing: sum((r) => r.closing),
        plannedContributions: sum((r) => r.plannedAndActual.contributions.planned),
        plannedDrawdowns: sum((r) => r.plannedAndActual.drawdowns.planned),
        plannedAndActual: {
          contributions: purposePlannedAndActual(of, 'contributions'),
          drawdowns: purposePlannedAndActual(of, 'drawdowns'),
        },
      },
    ];
  });
}

/**
 * Reserve use applied to the gap: drawdowns marked as supporting the revenue budget, less
 * contributions marked as made from it (a contribution from revenue adds to what must be
 * funded). Other movements (capital, change projects) move balances but not the gap.
 */
export function reserveUseForYear(balances: ReserveBalancesById, year: string): CountedReserveUse {
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

/** The counted reserve use with the planned one beside it (see reserves-planned-and-actual.ts). */
export type CountedReserveUse = Omit<MtfpReserveUse, 'planned' | 'variance'>;

/**
 * The force's general reserves together against its minimum policy (a share of the year's
 * NRE) and against the guidance's 5 % of NRE, above which they need justification; null when
 * it holds no general reserve that year.
 */
export function generalReserveCheck(
  facts: ForceFinanceState,
  reserves: readonly MtfpReserveYear[],
  nre: MoneyFigure,
  year: string,
): { check: MtfpGeneralReserveCheck | null; alerts: string[] } {
  const general = reserves.filter((r) => r.kind === 'general');
  if (general.length === 0) return { check: null, alerts: [] };
  const closing = sumFigures(general.map((r) => r.closing));
  const alerts: string[] = [];
  const guidanceCeiling = moneyFigure(nre.value.times(GUIDANCE_CEILING_SHARE_OF_NRE), nre.sources);
  const aboveGuidanceCeiling = closing.value.greaterThan(guidanceCeiling.value);
  const ceiling = { guidanceCeilingShareOfNre: GUIDANCE_CEILING_SHARE_OF_NRE, guidanceCeiling, aboveGuidanceCeiling };

  const policy = facts.minimumGeneralReserve;
  let minimumCheck: Pick<MtfpGeneralReserveCheck, 'minimumShareOfNre' | 'minimum' | 'belowMinimum'> = {
    minimumShareOfNre: null,
    minimum: null,
    belowMinimum: false,
  };
  if (policy) {
    const share = Rate.of(policy.shareOfNre);
    const minimum = moneyFigure(nre.value.times(share), policy.sources, nre.sources);
    const belowMinimum = closing.value.lessThan(minimum.value);
    if (belowMinimum)
      alerts.push(
        `General reserves close ${year} at ${formatPounds(closing.value)}, below the minimum of ${formatPounds(minimum.value)} (${share.toPercent()} % of NRE)`,
      );
    minimumCheck = { minimumShareOfNre: { value: share, sources: [...policy.sources] }, minimum, belowMinimum };
  }
  if (aboveGuidanceCeiling)
    alerts.push(
      `General reserves close ${year} at ${formatPounds(closing.value)}, above ${formatPounds(guidanceCeiling.value)} (5 % of NRE): the Home Office reserves guidance (2018) asks for the level to be justified`,
    );
  return { check: { closing, ...minimumCheck, ...ceiling }, alerts };
}
