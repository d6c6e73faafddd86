import { FinancialYear } from '../common/financial-year';
import type { AsAt } from '../projections/projection';

/**
 * Whether a financial year has ended by a date: "2016/17" ends on 31 March 2017, so it has ended
 * from 1 April 2017 (00:00 UTC) on. The date is the answer's as-at date – the time asked for with
 * `asOf=<time>`, otherwise the time of answering (also for `asOf=<position>`: a position says
 * which events to read, not what day it is). A closed year with no realised saving recorded shows
 * "no outturn" instead of a colour its forecast would earn.
 */
export function yearHasEnded(year: string, asAt: Date): boolean {
  const endYear = FinancialYear.parse(year).startYear + 1;
  return asAt.getTime() >= Date.UTC(endYear, 3, 1);
}

/** The date years are judged ended by: the time asked for (`asOf=<time>`), otherwise now. */
export function asAtDate(asAt: AsAt, now: Date = new Date()): Date {
  return asAt.kind === 'time' ? asAt.time : now;
}
