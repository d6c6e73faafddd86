import { RuleViolationError } from '../../common/errors';
import type { ScenarioDiscarded, ScenarioKept } from '../scenario.events';
import type { ScenarioFacts } from '../scenario.state';

export function decideDiscardScenario(state: ScenarioFacts): ScenarioDiscarded[] {
  return state.status === 'discarded' ? [] : [{ type: 'ScenarioDiscarded.v1', data: {} }];
}

export function decideKeepScenario(state: ScenarioFacts): ScenarioKept[] {
  if (state.status === 'discarded') {
    throw new RuleViolationError(`Scenario "${state.name}" was discarded and cannot be kept: create a new scenario instead`);
  }
  return state.status === 'kept' ? [] : [{ type: 'ScenarioKept.v1', data: {} }];
}

/** A discarded scenario takes no more overrides. */
export function refuseOverridesOnDiscarded(state: ScenarioFacts): void {
  if (state.status === 'discarded') {
    throw new RuleViolationError(`Scenario "${state.name}" was discarded: it takes no more overrides`);
  }
}
