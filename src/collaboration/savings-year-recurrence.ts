import type { ProgrammeFacts } from './alliance.state';
import type { SavingsRecurrence } from './board-settings.events';

/**
 * Whether one year's figure of a programme recurs, and who said so.
 *  - basis 'year': the year's latest plan (SavingsPlanned.v1) named a recurrence for that year;
 *  - basis 'programme': it did not (or the year has no plan), so the year follows the
 *    programme's recurrence – set when it started or by SavingsRecurrenceSet.v1, else one-off.
 * A plan that names no recurrence re-baselines the year to the programme's: a plan recorded
 * before per-year recurrence existed keeps meaning what it meant. A year's own recurrence
 * stands whatever the programme's is set to later ("every year's figure" means every year that
 * does not say otherwise).
 */
export interface YearRecurrence {
  recurrence: SavingsRecurrence;
  basis: 'year' | 'programme';
  /** The event that said so: the year's plan, or the programme's start or recurrence setting (null for the one-off default). */
  source: string | null;
}

export function recurrenceOfYear(programme: ProgrammeFacts, year: string): YearRecurrence {
  const plan = [...programme.history].reverse().find((e) => e.kind === 'planned' && e.year === year);
  if (plan?.kind === 'planned' && plan.recurrence !== undefined) return { recurrence: plan.recurrence, basis: 'year', source: plan.source };
  return { recurrence: programme.recurrence, basis: 'programme', source: programme.recurrenceSource };
}

export function recursIn(programme: ProgrammeFacts, year: string): boolean {
  return recurrenceOfYear(programme, year).recurrence === 'recurring';
}
