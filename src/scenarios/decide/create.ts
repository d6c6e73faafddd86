import { ConflictError, RuleViolationError } from '../../common/errors';
import type { CreateScenario } from '../scenario.commands';
import type { ScenarioCreated } from '../scenario.events';
import { isCreated, type ScenarioFacts } from '../scenario.state';

export function decideCreate(command: CreateScenario, scenarioId: string, state: ScenarioFacts): ScenarioCreated[] {
  // The stream is the force's own (or its scenario recorded before ids belonged to a force), so the name shown is the caller's force's.
  if (isCreated(state)) throw new ConflictError(`Scenario "${scenarioId}" already exists ("${state.name}")`);
  const { name, description, basedOn, asAt, force } = command;
  if (basedOn.kind === 'scenario') requireParent(command, basedOn.scenarioId, scenarioId);
  if (asAt !== undefined && basedOn.kind === 'scenario') {
    throw new RuleViolationError(
      'A branch of a scenario uses the baseline its parent branched from, so it cannot give its own asAt: give asAt on a branch of the baseline',
      'asAt',
    );
  }
  return [
    {
      type: 'ScenarioCreated.v1',
      data: {
        scenarioId,
        name,
        ...(description ? { description } : {}),
        basedOn,
        ...(asAt ? { asAt } : {}),
        ...(force ? { force } : {}),
      },
    },
  ];
}

/** A branch of a scenario needs that scenario, not discarded, and not itself. */
function requireParent({ name, parent = null }: CreateScenario, parentId: string, scenarioId: string): void {
  if (parentId === scenarioId) throw new RuleViolationError(`Scenario "${name}" cannot be based on itself`, 'basedOn.scenarioId');
  if (parent === null || !isCreated(parent)) {
    throw new RuleViolationError(`There is no scenario "${parentId}" to base "${name}" on`, 'basedOn.scenarioId');
  }
  if (parent.scenarioId !== parentId) {
    throw new Error(`The handler passed the facts of scenario ${parent.scenarioId} as the parent of a scenario based on ${parentId}`);
  }
  if (parent.status === 'discarded') {
    throw new RuleViolationError(`Scenario "${parent.name}" was discarded: "${name}" cannot be based on it`, 'basedOn.scenarioId');
  }
}
