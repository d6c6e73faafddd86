import { code as collaborationCode } from '../collaboration/collaboration-input';
import { ConflictError, InvalidInputError, NotFoundError, RuleViolationError } from '../common/errors';
import type { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import type { Decider } from '../event-sourcing/decider';
import { unreachable } from '../event-sourcing/decider';
import { parseChoice, parseId, parsePositiveMoney, parseRate, parseText, parseWholePence, parseYear } from '../force-finance/command-input';
import { RECURRENCES } from '../force-finance/force-finance-events';
import { possessive } from '../force-finance/plan-period-rules';
import { FORCE_CODE } from '../forces/force.decider';
import type {
  AddExtraBudgetItem,
  AddExtraReserveDrawdown,
  CreateScenario,
  OverrideAssumptions,
  ScenarioCommand,
  SetPreceptStrategy,
  SlipSavings,
} from './scenario.commands';
import type { ScenarioForceContext } from './scenario-context';
import {
  EXTRA_ITEM_KINDS,
  PRECEPT_STRATEGY_KINDS,
  SLIPPAGE_MODES,
  type AssumptionsOverridden,
  type ExtraBudgetItemAdded,
  type ExtraReserveDrawdownAdded,
  type PreceptStrategy,
  type PreceptStrategySet,
  type SavingsSlipped,
  type ScenarioAsAt,
  type ScenarioBase,
  type ScenarioCreated,
  type ScenarioEvent,
} from './scenario.events';
import { evolveScenario, initialScenarioFacts, isCreated, type ScenarioFacts } from './scenario.state';
import { noSuchScenario } from './scenario-lookup';
import { SCENARIO_ID } from './scenario.stream';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const ASSUMPTION_NAMES = ['payAward', 'nonPayInflation', 'incomeInflation', 'grantChange', 'taxBaseGrowth'] as const;

/**
 * Decides what a command on a scenario records, or refuses it. Overrides are checked against
 * the force's plan period (a year outside it is refused, 422) and against the scenario's own
 * status (a discarded scenario takes no more overrides). A scenario based on another must name
 * one that exists and was not discarded (422).
 */
export function decideScenario(command: ScenarioCommand, state: ScenarioFacts): ScenarioEvent[] {
  if (typeof command !== 'object' || command === null) throw new InvalidInputError('command', 'must be a command object');
  const scenarioId = parseScenarioId(command.scenarioId, 'scenarioId');
  if (command.type === 'CreateScenario') return decideCreate(command, scenarioId, state);

  if (!isCreated(state)) throw noSuchScenario(scenarioId);
  switch (command.type) {
    case 'DiscardScenario':
      return state.status === 'discarded' ? [] : [{ type: 'ScenarioDiscarded.v1', data: {} }];
    case 'KeepScenario':
      if (state.status === 'discarded') {
        throw new RuleViolationError(`Scenario "${state.name}" was discarded and cannot be kept: create a new scenario instead`);
      }
      return state.status === 'kept' ? [] : [{ type: 'ScenarioKept.v1', data: {} }];
    default:
      if (state.status === 'discarded') {
        throw new RuleViolationError(`Scenario "${state.name}" was discarded: it takes no more overrides`);
      }
  }
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

function decideCreate(command: CreateScenario, scenarioId: string, state: ScenarioFacts): ScenarioCreated[] {
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

function decideOverrideAssumptions(command: OverrideAssumptions): AssumptionsOverridden[] {
  const force = parseForce(command.force);
  const year = yearInPlan(command.year, 'year', force);
  const rates: Partial<Record<(typeof ASSUMPTION_NAMES)[number], string>> = {};
  for (const name of ASSUMPTION_NAMES) {
    if (command[name] !== undefined) rates[name] = parseRate(command[name], name).toExact();
  }
  if (Object.keys(rates).length === 0) {
    throw new InvalidInputError('payAward', `give at least one of ${ASSUMPTION_NAMES.join(', ')} to override`);
  }
  return [{ type: 'AssumptionsOverridden.v1', data: { force: force.force, year: year.toString(), ...rates } }];
}

function decideSetPreceptStrategy(command: SetPreceptStrategy): PreceptStrategySet[] {
  const force = parseForce(command.force);
  const year = yearInPlan(command.year, 'year', force);
  const given = command.strategy as unknown;
  if (typeof given !== 'object' || given === null)
    throw new InvalidInputError('strategy', 'must be a precept strategy such as {"kind":"freeze"}');
  const { kind: rawKind, rate, amount } = given as { kind?: unknown; rate?: unknown; amount?: unknown };
  const kind = parseChoice(rawKind, 'strategy.kind', PRECEPT_STRATEGY_KINDS);
  let strategy: PreceptStrategy;
  switch (kind) {
    case 'freeze':
    case 'max_without_referendum':
      if (rate !== undefined || amount !== undefined)
        throw new InvalidInputError('strategy', `a "${kind}" strategy takes no rate or amount`);
      strategy = { kind };
      break;
    case 'percentage':
      if (amount !== undefined) throw new InvalidInputError('strategy.amount', 'a percentage strategy takes a rate, not an amount');
      strategy = { kind, rate: parseRate(rate, 'strategy.rate').toExact() };
      break;
    case 'pound': {
      if (rate !== undefined) throw new InvalidInputError('strategy.rate', 'a pound strategy takes an amount, not a rate');
      const pounds = parseWholePence(Money.parse(amount, 'strategy.amount'), 'strategy.amount', 'A Band D change');
      strategy = { kind, amount: pounds.toExact() };
      break;
    }
    default:
      return unreachable(kind, 'precept strategy');
  }
  return [{ type: 'PreceptStrategySet.v1', data: { force: force.force, year: year.toString(), strategy } }];
}

function decideSlipSavings(command: SlipSavings): SavingsSlipped[] {
  const allianceCode = collaborationCode(command.allianceCode, 'allianceCode');
  const programmeCode = collaborationCode(command.programmeCode, 'programmeCode');
  const year = parseYear(command.year, 'year').toString();
  const share = parseRate(command.share, 'share', { min: '0', max: '1' });
  const mode = parseChoice(command.mode, 'mode', SLIPPAGE_MODES);
  const programme = command.programme;
  if (programme === null || programme === undefined) {
    throw new NotFoundError(`Alliance "${allianceCode}" has no savings programme "${programmeCode}"`);
  }
  if (programme.allianceCode !== allianceCode || programme.programmeCode !== programmeCode) {
    throw new Error(
      `The handler passed programme ${programme.allianceCode}/${programme.programmeCode} for a slippage of ${allianceCode}/${programmeCode}`,
    );
  }
  const what = `${programme.allianceName}'s ${programme.programmeName}`;
  if (!programme.cashable) {
    throw new RuleViolationError(
      `${what} is not cashable: its savings do not reach any MTFP, so slipping them would change nothing`,
      'programmeCode',
    );
  }
  if (share.isZero()) throw new RuleViolationError('The share of savings that slips must be more than zero', 'share');
  if (!programme.yearsWithFigures.includes(year)) {
    throw new RuleViolationError(`${what} has no savings recorded for ${year}: there is nothing to slip`, 'year');
  }
  if (programme.realisedYears.includes(year)) {
    throw new RuleViolationError(`${what} for ${year} are already realised: the outturn is known, so they can no longer slip`, 'year');
  }
  return [{ type: 'SavingsSlipped.v1', data: { allianceCode, programmeCode, year, share: share.toExact(), mode } }];
}

function decideAddExtraBudgetItem(command: AddExtraBudgetItem, state: ScenarioFacts): ExtraBudgetItemAdded[] {
  const force = parseForce(command.force);
  const itemId = parseId(command.itemId, 'itemId');
  const kind = parseChoice(command.kind, 'kind', EXTRA_ITEM_KINDS);
  const fromYear = yearInPlan(command.fromYear, 'fromYear', force);
  const recurrence = parseChoice(command.recurrence, 'recurrence', RECURRENCES);
  const description =
    parseText(command.description, 'description', { optional: true }) || (kind === 'growth' ? 'Extra growth' : 'Extra cost pressure');
  const amount = parsePositiveMoney(command.amount, 'amount', `The amount of "${description}"`);
  const clash = state.extraItems.find((item) => item.force === force.force && item.itemId === itemId);
  if (clash) {
    throw new RuleViolationError(
      `Scenario "${state.name}" already has an extra item ${itemId} for ${force.forceName} ("${clash.description}")`,
      'itemId',
    );
  }
  return [
    {
      type: 'ExtraBudgetItemAdded.v1',
      data: { force: force.force, itemId, kind, fromYear: fromYear.toString(), amount: amount.toExact(), recurrence, description },
    },
  ];
}

function decideAddExtraReserveDrawdown(command: AddExtraReserveDrawdown): ExtraReserveDrawdownAdded[] {
  const force = parseForce(command.force);
  const reserveId = parseId(command.reserveId, 'reserveId');
  const year = yearInPlan(command.year, 'year', force);
  const description = parseText(command.description, 'description', { optional: true }) || 'Extra drawdown to support the revenue budget';
  const reserve = force.reserves.find((r) => r.reserveId === reserveId);
  if (!reserve) throw new NotFoundError(`${force.forceName} has no reserve with id ${reserveId}`);
  const amount = parsePositiveMoney(command.amount, 'amount', `A drawdown from ${reserve.name}`);
  if (year.isBefore(parseYear(reserve.asAtYear, 'asAtYear'))) {
    throw new RuleViolationError(`${reserve.name} opens in ${reserve.asAtYear}: it can have no drawdown in ${year}`, 'year');
  }
  return [
    {
      type: 'ExtraReserveDrawdownAdded.v1',
      data: { force: force.force, reserveId, year: year.toString(), amount: amount.toExact(), description },
    },
  ];
}

function parseScenarioId(input: unknown, field: string): string {
  if (typeof input !== 'string' || !SCENARIO_ID.test(input)) {
    throw new InvalidInputError(field, 'must be a scenario id of lower-case letters, digits and hyphens (at most 64 characters)');
  }
  return input;
}

function parseForce(context: ScenarioForceContext): ScenarioForceContext {
  if (typeof context !== 'object' || context === null || typeof context.force !== 'string' || !FORCE_CODE.test(context.force)) {
    throw new InvalidInputError('force', 'must be a force code such as "herts"');
  }
  return context;
}

/** The year, if it is in the force's plan period: a scenario varies the plan, never years outside it. */
function yearInPlan(input: unknown, field: string, force: ScenarioForceContext): FinancialYear {
  const year = parseYear(input, field);
  const plan = force.planYears;
  if (!plan) {
    throw new RuleViolationError(`${force.forceName} has no plan period yet: a scenario can only override years of a plan`, field);
  }
  if (year.isBefore(parseYear(plan.first, 'planYears.first')) || year.isAfter(parseYear(plan.last, 'planYears.last'))) {
    throw new RuleViolationError(
      `${year} is outside ${possessive(force.forceName)} plan period (${plan.first} to ${plan.last}): a scenario can only override years of the plan`,
      field,
    );
  }
  return year;
}
