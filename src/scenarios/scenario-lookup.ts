import { InvalidInputError, NotFoundError } from '../common/errors';
import type { StreamFacts } from '../projections/stream-facts.projection';
import { legacyScenarioStreamId, parseScenarioStreamId, scenarioStreamId } from './scenario.stream';
import { isCreated, type ScenarioFacts } from './scenario.state';

/**
 * Where a scenario id is looked for. Ids are unique within a force only, so every lookup says
 * whose: a force; any force (an admin who named none: one match answers, several are refused);
 * or none at all (a caller who may read no force's scenarios: nothing is ever found).
 */
export type ScenarioScope = { kind: 'force'; force: string } | { kind: 'any' } | { kind: 'none' };

export interface ScenarioLookup {
  id: string;
  scope: ScenarioScope;
}

export type CreatedScenario = ScenarioFacts & { scenarioId: string; name: string };

/** A scenario as found: its facts and the stream they are folded from (and further events go to). */
export interface FoundScenario {
  streamId: string;
  facts: CreatedScenario;
}

export function inForce(force: string, id: string): ScenarioLookup;
export function inForce(force: string, id: string | undefined): ScenarioLookup | undefined;
export function inForce(force: string, id: string | undefined): ScenarioLookup | undefined {
  return id === undefined ? undefined : { id, scope: { kind: 'force', force } };
}

/**
 * The one answer for a scenario that is not found where it was looked for, whether it exists
 * nowhere or only in a force the caller may not read: nothing in it depends on which.
 */
export function noSuchScenario(id: string): NotFoundError {
  return new NotFoundError(`There is no scenario "${id.slice(0, 64)}". GET /scenarios lists the scenarios you may read.`);
}

/**
 * The force's scenario with this id: on its own stream, or on a stream recorded before ids
 * belonged to a force (`scenario-{id}`) when that one was created for this force. `force`
 * null finds only such an old scenario that names no force.
 */
export function findScenario(facts: StreamFacts, force: string | null, id: string): FoundScenario | undefined {
  if (force !== null) {
    const streamId = scenarioStreamId(force, id);
    const own = created(facts.streams[streamId]);
    if (own) return { streamId, facts: own };
  }
  const legacyId = legacyScenarioStreamId(id);
  const legacy = created(facts.streams[legacyId]);
  return legacy && legacy.force === force ? { streamId: legacyId, facts: legacy } : undefined;
}

/** The scenario a lookup names; 404 (always the same words) when there is none in its scope, 400 when an admin's id is several forces'. */
export function resolveScenario(facts: StreamFacts, { id, scope }: ScenarioLookup): FoundScenario {
  switch (scope.kind) {
    case 'force': {
      const found = findScenario(facts, scope.force, id);
      if (!found) throw noSuchScenario(id);
      return found;
    }
    case 'none':
      throw noSuchScenario(id);
    case 'any': {
      const found = everyScenario(facts).filter((s) => s.facts.scenarioId === id);
      if (found.length === 0) throw noSuchScenario(id);
      if (found.length > 1) {
        const forces = found.map((s) => s.facts.force ?? '(none)').join(', ');
        throw new InvalidInputError('force', `several forces have a scenario "${id}" (${forces}): add ?force=… to say whose`);
      }
      return found[0];
    }
  }
}

/** Every scenario created, by id and then force. */
export function everyScenario(facts: StreamFacts): FoundScenario[] {
  const found: FoundScenario[] = [];
  for (const [streamId, state] of Object.entries(facts.streams)) {
    if (!parseScenarioStreamId(streamId)) continue;
    const scenario = created(state);
    if (scenario) found.push({ streamId, facts: scenario });
  }
  const key = (s: FoundScenario) => `${s.facts.scenarioId}\u0000${s.facts.force ?? ''}`;
  return found.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function created(state: unknown): CreatedScenario | undefined {
  const scenario = state as ScenarioFacts | undefined;
  return scenario && isCreated(scenario) ? scenario : undefined;
}
