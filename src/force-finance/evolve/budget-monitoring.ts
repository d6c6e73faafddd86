import type { EventRef } from '../../event-sourcing/decider';
import type { MonitoringYearFact } from '../budget-monitoring.facts';
import type { ForecastOutturnRecorded, OutturnRecorded } from '../force-finance.events';
import type { ForceFinanceState } from '../force-finance.state';
import { sourcesOf, withFact } from './evolve-facts';

/** A later forecast for the year replaces the earlier one (the audit trail keeps them all). */
export function forecastOutturnRecorded(
  state: ForceFinanceState,
  data: ForecastOutturnRecorded['data'],
  ref?: EventRef,
): ForceFinanceState {
  const forecast = { asAtMonth: data.asAtMonth, lines: copyLines(data.lines), items: copyItems(data.items), sources: sourcesOf(ref) };
  return withYear(state, data.year, (year) => ({ ...year, forecast }));
}

/** The year-end actual: kept beside the forecast, which it supersedes in the comparison; a later actual restates it. */
export function outturnRecorded(state: ForceFinanceState, data: OutturnRecorded['data'], ref?: EventRef): ForceFinanceState {
  const actual = { lines: copyLines(data.lines), items: copyItems(data.items), sources: sourcesOf(ref) };
  return withYear(state, data.year, (year) => ({ ...year, actual }));
}

function withYear(state: ForceFinanceState, year: string, change: (fact: MonitoringYearFact) => MonitoringYearFact): ForceFinanceState {
  // `?? {}`: a projection snapshot taken before budget monitoring existed has no `monitoring`.
  const monitoring = state.monitoring ?? {};
  const current = monitoring[year] ?? { year, forecast: null, actual: null };
  return withFact(state, 'monitoring', { ...monitoring, [year]: change(current) });
}

function copyLines(lines: ForecastOutturnRecorded['data']['lines']) {
  return lines.map(({ code, amount }) => ({ code, amount }));
}

function copyItems(items: ForecastOutturnRecorded['data']['items']) {
  return (items ?? []).map(({ itemId, amount }) => ({ itemId, amount }));
}
