import type { ForceNames, SetEstablishment } from '../force-finance.commands';
import type { EstablishmentSet } from '../force-finance.events';
import type { ForceFinanceState } from '../force-finance.state';
import { requireYearInPlan } from '../plan-period-rules';

/**
 * A pay group's establishment (FTE) for a year of the plan. The FTE is more than zero (parsed so
 * at the edge: pay scales by FTE ÷ the base year's, so a base of zero would divide by nothing).
 * Setting the same again records nothing; anything else replaces the group's year.
 */
export function decideSetEstablishment(command: SetEstablishment, state: ForceFinanceState, { forceName }: ForceNames): EstablishmentSet[] {
  const { year, group, fte } = command;
  requireYearInPlan(state, forceName, year, 'year');
  const data: EstablishmentSet['data'] = { year: year.toString(), group, fte: fte.toFixed() };
  if (state.establishments?.[data.year]?.[group]?.fte === data.fte) return [];
  return [{ type: 'EstablishmentSet.v1', data }];
}
