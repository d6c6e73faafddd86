import { NotFoundError } from '../../common/errors';
import type { PlanReader } from '../../planning/plan-reader';
import type { AllianceFacts } from '../alliance.state';
import { COLLABORATION_CODE } from '../collaboration-input';

export type FormedAlliance = AllianceFacts & { allianceCode: string; name: string };

function isFormed(facts: AllianceFacts | undefined): facts is FormedAlliance {
  return facts !== undefined && facts.allianceCode !== null && facts.name !== null;
}

/** The alliance's facts as the reader has them, or a 404 that says where to look. */
export function requireAlliance(reader: PlanReader, allianceCode: string): FormedAlliance {
  const facts = COLLABORATION_CODE.test(allianceCode) ? reader.alliance(allianceCode) : undefined;
  if (!isFormed(facts))
    throw new NotFoundError(`No alliance "${allianceCode.slice(0, 40)}" has been formed. GET /alliances lists the alliances.`);
  return facts;
}

/** Every formed alliance, in code order. */
export function formedAlliances(reader: PlanReader): FormedAlliance[] {
  return reader.alliances().filter(isFormed);
}
