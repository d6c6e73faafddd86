import type { FinancialYear } from '../common/financial-year';
import type { ValidExternalSaving } from './valid-external-savings';

/**
 * Whether a programme's figure first saved in `year` recurs in later years or is one-off, from the
 * lines of one code that apply in the year: nothing when none of them is the year's own (the line
 * only carries earlier increments). One code has one in-year line; should there be several, any
 * recurring one makes the year's figure an increment that recurs.
 */
export function yearRecurrenceOf(lines: readonly ValidExternalSaving[], year: FinancialYear): { yearRecurrence?: 'recurring' | 'one_off' } {
  const inYear = lines.filter((l) => l.year.equals(year));
  if (inYear.length === 0) return {};
  return { yearRecurrence: inYear.some((l) => l.recurring) ? 'recurring' : 'one_off' };
}
