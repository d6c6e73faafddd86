import { NotFoundError } from '../../common/errors';
import { findUnit } from '../alliance.readers';
import type { AllianceFacts, UnitFacts } from '../alliance.state';

/** The facts of an alliance that has been formed: it has a code and a name. */
export type FormedAlliance = AllianceFacts & { allianceCode: string; name: string };

/** Every command but FormAlliance needs the alliance to exist. */
export function formed(state: AllianceFacts, allianceCode: string): FormedAlliance {
  if (state.allianceCode === null || state.name === null) throw new NotFoundError(`No alliance "${allianceCode}" has been formed.`);
  return state as FormedAlliance;
}

export function unitOf(facts: AllianceFacts & { name: string }, unitCode: string): UnitFacts {
  const unit = findUnit(facts, unitCode);
  if (!unit) throw new NotFoundError(`${facts.name} has no unit "${unitCode}".`);
  return unit;
}
