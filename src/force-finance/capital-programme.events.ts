import type { DomainEvent } from '../event-sourcing/decider';

/**
 * The capital programme on a force's finance stream: schemes by year with how each is funded,
 * and the assumptions that turn borrowing into revenue charges (MRP and interest). Money is an
 * exact decimal string, years "2016/17".
 */

/** How a year's spend on a scheme is paid for; the five add up to its cost exactly. */
export interface CapitalFunding {
  capitalGrant: string;
  capitalReceipts: string;
  /** Revenue contribution to capital outlay (RCCO): charged to the revenue budget of the scheme's year. */
  revenueContribution: string;
  reserves: string;
  /** The reserve the `reserves` part is drawn from (present when `reserves` is more than zero). */
  reserveId?: string;
  /** Prudential borrowing: repaid through MRP over the asset's life, with interest, from the year after. */
  borrowing: string;
}

/**
 * One year of a capital scheme: its cost that year and how it is funded. A later record for the
 * same scheme and year supersedes it (a revision).
 */
export type CapitalSchemeRecorded = DomainEvent<
  'CapitalSchemeRecorded.v1',
  {
    schemeId: string;
    name: string;
    year: string;
    cost: string;
    funding: CapitalFunding;
    /** Whole years, for MRP on the borrowing; present when borrowing is more than zero. */
    assetLifeYears?: number;
  }
>;
/** The scheme's record for the year is withdrawn: the year has none (a correction, or a scheme dropped). */
export type CapitalSchemeWithdrawn = DomainEvent<'CapitalSchemeWithdrawn.v1', { schemeId: string; year: string }>;

/**
 * How minimum revenue provision is worked out. straight_line: the borrowing ÷ the asset's life,
 * each year from the year after the spend (the asset comes into use then) for the life in years.
 */
export type MrpMethod = 'straight_line';
export const MRP_METHODS: readonly MrpMethod[] = ['straight_line'];

/** The rate of interest on borrowing taken in a year (fixed for its life), and the MRP method. */
export type CapitalFinancingAssumptionsSet = DomainEvent<
  'CapitalFinancingAssumptionsSet.v1',
  { year: string; interestRate: string; mrpMethod: MrpMethod }
>;

export type CapitalProgrammeEvent = CapitalSchemeRecorded | CapitalSchemeWithdrawn | CapitalFinancingAssumptionsSet;
