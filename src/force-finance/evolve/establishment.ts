import type { EventRef } from '../../event-sourcing/decider';
import type { EstablishmentSet } from '../establishment.events';
import type { ForceFinanceState } from '../force-finance.state';
import { sourcesOf, withFact } from './evolve-facts';

/** A pay group's establishment for a year replaces the one recorded before for that group and year. */
export function establishmentSet(state: ForceFinanceState, data: EstablishmentSet['data'], ref?: EventRef): ForceFinanceState {
  const establishments = state.establishments ?? {};
  const ofYear = { ...establishments[data.year], [data.group]: { ...data, sources: sourcesOf(ref) } };
  return withFact(state, 'establishments', { ...establishments, [data.year]: ofYear });
}
