import type { FinancialYear } from '../common/financial-year';
import { KeptPerFacts } from '../common/kept-per-facts';
import type { ReserveFact } from '../force-finance/force-finance.state';
import { reserveBalances } from '../force-finance/reserve-balances';
import type { MtfpReservePurposeGroup, MtfpReserveUse, MtfpReserveYear } from './mtfp-projection';
import { reservesByPurpose, reservesForYear, reserveUseForYear, type ReserveBalancesById } from './reserves-for-year';
import { plannedOnlyClosings, plannedReserveUse, type PlannedClosingsById } from './reserves-planned-and-actual';

/** A year's reserve figures in the MTFP: reserve use (counted, and as planned), each reserve's balances, and the reserves by purpose. */
export interface ReserveFiguresOfYear {
  reserveUse: MtfpReserveUse;
  reserves: MtfpReserveYear[];
  reservesByPurpose: MtfpReservePurposeGroup[];
}

/**
 * These figures read the force's reserves and nothing else of its facts. An event that leaves
 * the reserves as they were (a budget item, a grant, a pay award) keeps the same list of them
 * (the folds copy what they change and keep the rest), so the figures are kept per reserves list
 * (kept-per-facts.ts) and worked out again only when a reserve or a movement is recorded.
 * Balances through the plan's last year, counted and planned only, are worked out once for all
 * its years.
 */
const balancesKept = new KeptPerFacts<readonly ReserveFact[], { balances: ReserveBalancesById; plannedClosings: PlannedClosingsById }>();
const yearsKept = new KeptPerFacts<readonly ReserveFact[], ReserveFiguresOfYear>();

export function reserveFiguresOfYear(reserves: readonly ReserveFact[], to: FinancialYear, year: string): ReserveFiguresOfYear {
  const through = to.toString();
  return yearsKept.get(reserves, `${through}\u0000${year}`, '', () => {
    const { balances, plannedClosings } = balancesKept.get(reserves, through, '', () => ({
      balances: new Map(reserves.map((r) => [r.reserveId, reserveBalances(r, to)])),
      plannedClosings: plannedOnlyClosings(reserves, to),
    }));
    const counted = reserveUseForYear(balances, year);
    const rows = reservesForYear(reserves, balances, year, plannedClosings);
    return {
      reserveUse: { ...counted, ...plannedReserveUse(reserves, year, counted.net) },
      reserves: rows,
      reservesByPurpose: reservesByPurpose(rows),
    };
  });
}
