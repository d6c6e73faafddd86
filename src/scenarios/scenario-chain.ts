import { NotFoundError } from '../common/errors';
import type { StreamFacts } from '../projections/stream-facts.projection';
import { scenarioStreamId } from './scenario-stream';
import type { ScenarioAsAt } from './scenario.events';
import { isCreated, type ScenarioFacts } from './scenario.facts';

/** Far more generations than anyone branches; a guard against a chain that loops. */
export const MAX_SCENARIO_GENERATIONS = 50;

/** A scenario's facts, if it has been created. */
export function scenarioFacts(facts: StreamFacts, scenarioId: string): ScenarioFacts | undefined {
  const state = facts.streams[scenarioStreamId(scenarioId)] as ScenarioFacts | undefined;
  return state && isCreated(state) ? state : undefined;
}

/**
 * The scenario and the scenarios it branches from, root-most first: the chain applyScenario
 * takes. A branch of a branch inherits both parents' overrides, the nearer one winning where
 * they name the same thing.
 */
export function scenarioChain(facts: StreamFacts, scenarioId: string): ScenarioFacts[] {
  const chain: ScenarioFacts[] = [];
  let next: string | null = scenarioId;
  while (next !== null) {
    if (chain.length >= MAX_SCENARIO_GENERATIONS || chain.some((s) => s.scenarioId === next)) {
      throw new Error(`Scenario ${scenarioId} branches from more than ${MAX_SCENARIO_GENERATIONS} generations of scenarios, or from itself`);
    }
    const found = scenarioFacts(facts, next);
    if (!found) {
      throw new NotFoundError(next === scenarioId ? `There is no scenario "${scenarioId}"` : `Scenario "${scenarioId}" branches from scenario "${next}", which does not exist`);
    }
    chain.unshift(found);
    next = found.basedOn?.kind === 'scenario' ? found.basedOn.scenarioId : null;
  }
  return chain;
}

/** The moment of the baseline a chain branches from (its root's asAt), or null for the latest baseline. */
export function baselineAsAtOf(chain: readonly ScenarioFacts[]): ScenarioAsAt | null {
  return chain[0]?.asAt ?? null;
}
