import type { DomainEvent } from '../event-sourcing/decider';
import type { PayGroup } from './pay-groups';

/**
 * A pay group's establishment for a year in full-time equivalents ("1980.73"), from the start of
 * that year until set again. Where the base budget's year has an establishment too (its own, or
 * an earlier year's carried on), the group's pay in a later year scales by its FTE ÷ the base
 * year's (see src/mtfp/establishment-for-year.ts). Setting a group's year again replaces it.
 */
export type EstablishmentSet = DomainEvent<'EstablishmentSet.v1', { year: string; group: PayGroup; fte: string }>;

/** The employer on-costs of a pay group a specific grant may fund: today the pension (the Home Office pensions grant). */
export type FundableOnCost = 'pension';
export const FUNDABLE_ON_COSTS: readonly FundableOnCost[] = ['pension'];

/** A specific grant's tie to one pay group's on-cost, e.g. `{ group: 'officers', onCost: 'pension' }`. */
export interface FundsOnCost {
  group: PayGroup;
  onCost: FundableOnCost;
}
