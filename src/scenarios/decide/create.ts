import { ConflictError, InvalidInputError, RuleViolationError } from '../../common/errors';
import { parseChoice, parseText } from '../../force-finance/command-input';
import { FORCE_CODE } from '../../forces/force.decider';
import type { CreateScenario } from '../scenario.commands';
import type { ScenarioAsAt, ScenarioBase, ScenarioCreated } from '../scenario.events';
import { isCreated, type ScenarioFacts } from '../scenario.state';
import { parseScenarioId } from './scenario-input';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export function decideCreate(command: CreateScenario, scenarioId: string, state: ScenarioFacts): ScenarioCreated[] {
  // The stream is the force's own (or its scenario recorded before ids belonged to a force), so the name shown is the caller's force's.
  if (isCreated(state)) throw new ConflictError(`Scenario "${scenarioId}" already exists ("${state.name}")`);
  const name = parseText(command.name, 'name', { maxLength: 200 });
  const description = parseText(command.description, 'description', { optional: true, maxLength: 2000 });
  const basedOn = parseBase(command, scenarioId, name);
  const asAt = command.asAt === undefined ? undefined : parseAsAt(command, basedOn);
  let force: string | undefined;
  if (command.force !== undefined) {
    if (typeof command.force !== 'string' || !FORCE_CODE.test(command.force))
      throw new InvalidInputError('force', 'must be a force code such as "herts"');
    force = command.force;
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

function parseBase(command: CreateScenario, scenarioId: string, name: string): ScenarioBase {
  const given = command.basedOn as unknown;
  if (typeof given !== 'object' || given === null) {
    throw new InvalidInputError('basedOn', 'must be {"kind":"baseline"} or {"kind":"scenario","scenarioId":"…"}');
  }
  const kind = parseChoice((given as { kind?: unknown }).kind, 'basedOn.kind', ['baseline', 'scenario'] as const);
  if (kind === 'baseline') return { kind };

  const parentId = parseScenarioId((given as { scenarioId?: unknown }).scenarioId, 'basedOn.scenarioId');
  if (parentId === scenarioId) throw new RuleViolationError(`Scenario "${name}" cannot be based on itself`, 'basedOn.scenarioId');
  const parent = command.parent ?? null;
  if (parent === null || !isCreated(parent)) {
    throw new RuleViolationError(`There is no scenario "${parentId}" to base "${name}" on`, 'basedOn.scenarioId');
  }
  if (parent.scenarioId !== parentId) {
    throw new Error(`The handler passed the facts of scenario ${parent.scenarioId} as the parent of a scenario based on ${parentId}`);
  }
  if (parent.status === 'discarded') {
    throw new RuleViolationError(`Scenario "${parent.name}" was discarded: "${name}" cannot be based on it`, 'basedOn.scenarioId');
  }
  return { kind, scenarioId: parentId };
}

function parseAsAt(command: CreateScenario, basedOn: ScenarioBase): ScenarioAsAt {
  if (basedOn.kind === 'scenario') {
    throw new RuleViolationError(
      'A branch of a scenario uses the baseline its parent branched from, so it cannot give its own asAt: give asAt on a branch of the baseline',
      'asAt',
    );
  }
  const given = command.asAt as unknown;
  if (typeof given !== 'object' || given === null)
    throw new InvalidInputError('asAt', 'must be {"position":"1234"} or {"time":"2017-02-01T18:00:00Z"}');
  const { position, time } = given as { position?: unknown; time?: unknown };
  if ((position === undefined) === (time === undefined)) {
    throw new InvalidInputError('asAt', 'must give either a global position or a time, not both or neither');
  }
  if (position !== undefined) {
    if (typeof position !== 'string' || !/^\d{1,18}$/.test(position)) {
      throw new InvalidInputError('asAt.position', 'must be a global position written as digits, e.g. "1234"');
    }
    const normalised = BigInt(position).toString();
    if (command.latestPosition !== undefined && BigInt(normalised) > BigInt(command.latestPosition)) {
      throw new InvalidInputError('asAt.position', `${normalised} is beyond the latest position recorded (${command.latestPosition})`);
    }
    return { position: normalised };
  }
  if (typeof time !== 'string' || !ISO_TIME.test(time)) {
    throw new InvalidInputError(
      'asAt.time',
      'must be an ISO time such as "2017-02-01T18:00:00Z" (a bare date means the end of that day, UTC)',
    );
  }
  const at = new Date(time.length === 10 ? `${time}T23:59:59.999Z` : time);
  if (Number.isNaN(at.getTime())) throw new InvalidInputError('asAt.time', `"${time}" is not a real date and time`);
  const now = typeof command.now === 'string' ? new Date(command.now) : new Date(Number.NaN);
  if (Number.isNaN(now.getTime())) throw new InvalidInputError('now', 'the command must carry the time of the request as an ISO time');
  if (at.getTime() > now.getTime())
    throw new InvalidInputError('asAt.time', `"${time}" is in the future; a scenario can branch from the baseline as it stood up to now`);
  return { time: at.toISOString() };
}
