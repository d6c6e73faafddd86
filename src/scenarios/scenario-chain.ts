import { NotFoundError } from '../common/errors';
import type { StreamFacts } from '../projections/stream-facts.projection';
import { findScenario, type FoundScenario } from './scenario-lookup';
import type { ScenarioAsAt } from './scenario.events';
import type { ScenarioFacts } from './scenario.state';

/** Far more generations than anyone branches; a guard against a chain that loops. */
const MAX_SCENARIO_GENERATIONS = 50;

/**
 * The scenario and the scenarios it branches from, root-most first: the chain applyScenario
 * takes. A branch of a branch inherits both parents' overrides, the nearer one winning where
 * they name the same thing. A parent is always of the same force (ids are unique per force only).
 */
export function scenarioChain(facts: StreamFacts, scenario: FoundScenario): FoundScenario[] {
  const chain: FoundScenario[] = [scenario];
  const force = scenario.facts.force;
  const self = scenario.facts.scenarioId;
  let next = parentOf(scenario.facts);
  while (next !== null) {
    if (chain.length >= MAX_SCENARIO_GENERATIONS || chain.some((s) => s.facts.scenarioId === next)) {
      throw new Error(`Scenario ${self} branches from more than ${MAX_SCENARIO_GENERATIONS} generations of scenarios, or from itself`);
    }
    const found = findScenario(facts, force, next);
    if (!found) throw new NotFoundError(`Scenario "${self}" branches from scenario "${next}", which does not exist`);
    chain.unshift(found);
    next = parentOf(found.facts);
  }
  return chain;
}

function parentOf(scenario: ScenarioFacts): string | null {
  return scenario.basedOn?.kind === 'scenario' ? scenario.basedOn.scenarioId : null;
}

/** The moment of the baseline a chain branches from (its root's asAt), or null for the latest baseline. */
export function baselineAsAtOf(chain: readonly ScenarioFacts[]): ScenarioAsAt | null {
  return chain[0]?.asAt ?? null;
}
