import type { Decider } from '../event-sourcing/decider';
import { unreachable } from '../event-sourcing/decider';
import { decideCreate } from './decide/create';
import { decideAddExtraBudgetItem, decideAddExtraReserveDrawdown } from './decide/extras';
import { decideDiscardScenario, decideKeepScenario, refuseOverridesOnDiscarded } from './decide/lifecycle';
import { decideOverrideAssumptions, decideSetPreceptStrategy } from './decide/overrides';
import { decideSlipSavings } from './decide/slippage';
import type { ScenarioCommand } from './scenario.commands';
import type { ScenarioEvent } from './scenario.events';
import { evolveScenario, initialScenarioFacts, isCreated, type ScenarioFacts } from './scenario.state';
import { noSuchScenario } from './scenario-lookup';

/**
 * Decides what a command on a scenario records, or refuses it. Overrides are checked against
 * the force's plan period (a year outside it is refused, 422) and against the scenario's own
 * status (a discarded scenario takes no more overrides). A scenario based on another must name
 * one that exists and was not discarded (422). One `decide*` per command, in decide/.
 */
function decideScenario(command: ScenarioCommand, state: ScenarioFacts): ScenarioEvent[] {
  const { scenarioId } = command;
  if (command.type === 'CreateScenario') return decideCreate(command, scenarioId, state);

  if (!isCreated(state)) throw noSuchScenario(scenarioId);
  if (command.type === 'DiscardScenario') return decideDiscardScenario(state);
  if (command.type === 'KeepScenario') return decideKeepScenario(state);
  refuseOverridesOnDiscarded(state);
  switch (command.type) {
    case 'OverrideAssumptions':
      return decideOverrideAssumptions(command);
    case 'SetPreceptStrategy':
      return decideSetPreceptStrategy(command);
    case 'SlipSavings':
      return decideSlipSavings(command);
    case 'AddExtraBudgetItem':
      return decideAddExtraBudgetItem(command, state);
    case 'AddExtraReserveDrawdown':
      return decideAddExtraReserveDrawdown(command);
    default:
      return unreachable(command, 'scenario command');
  }
}

export const scenarioDecider: Decider<ScenarioCommand, ScenarioFacts, ScenarioEvent> = {
  initialState: initialScenarioFacts,
  evolve: evolveScenario,
  decide: decideScenario,
};
