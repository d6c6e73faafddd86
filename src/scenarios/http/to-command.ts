import { InvalidInputError } from '../../common/errors';
import { FinancialYear } from '../../common/financial-year';
import { Money } from '../../common/money';
import { Rate } from '../../common/rate';
import type { Sent } from '../../common/sent';
import { code as collaborationCode } from '../../collaboration/collaboration-input';
import { parseChoice, parseId, parseText } from '../../force-finance/command-input';
import { RECURRENCES } from '../../force-finance/force-finance.events';
import { FORCE_CODE } from '../../forces/force.decider';
import { parseForce, parseScenarioId } from '../decide/scenario-input';
import { EXTRA_ITEM_KINDS, PRECEPT_STRATEGY_KINDS, SLIPPAGE_MODES, type ScenarioBase } from '../scenario.events';
import type { ScenarioFacts } from '../scenario.state';
import { parseAsAt } from './parse-as-at';
import type { SavingsProgrammeContext, ScenarioForceContext } from '../scenario-context';
import type { ScenarioCommand, ScenarioOverrideCommand } from '../scenario.commands';
import type { CreateScenarioDto } from './create-scenario.dto';
import type { ScenarioRequest } from './scenario-command.message';
import type { ScenarioOverrideDto } from './scenario-override.dto';

/**
 * The one mapping from the scenario DTOs to what the handler sends (`Sent<ScenarioCommand>`),
 * which toScenarioCommand (below) parses into the typed command the decider takes. The DTOs are validated already; the decider checks the rules (a year in the plan, a
 * reserve that exists…).
 */

export function toCreateScenarioRequest(dto: CreateScenarioDto): Extract<ScenarioRequest, { type: 'CreateScenario' }> {
  return {
    type: 'CreateScenario',
    scenarioId: dto.id,
    name: dto.name,
    description: dto.description,
    force: dto.force,
    basedOn: dto.basedOn === 'baseline' ? 'baseline' : { scenarioId: dto.basedOn },
    asOf: dto.asOf,
  };
}

/** What an override needs from other streams, looked up by the handler only when its kind asks for it. */
export interface OverrideLookups {
  force: ScenarioForceContext;
  /** The programme a savings slippage names (null when unknown); refuses one of an alliance the force is not in. */
  programme(allianceCode: string, programmeCode: string): SavingsProgrammeContext | null;
  /** An id for an extra item sent without one. */
  newItemId(): string;
}

export function toOverrideCommand(scenarioId: string, dto: ScenarioOverrideDto, lookups: OverrideLookups): Sent<ScenarioOverrideCommand> {
  return OVERRIDE_COMMANDS[dto.kind]({ scenarioId }, dto, lookups);
}

type OverrideCommandOf = (on: { scenarioId: string }, dto: ScenarioOverrideDto, lookups: OverrideLookups) => Sent<ScenarioOverrideCommand>;

const assumptionsCommand: OverrideCommandOf = (on, dto, { force }) => {
  const { payAward, nonPayInflation, incomeInflation, grantChange, taxBaseGrowth } = dto;
  return {
    ...on,
    type: 'OverrideAssumptions',
    force,
    year: dto.year as string,
    payAward,
    nonPayInflation,
    incomeInflation,
    grantChange,
    taxBaseGrowth,
  };
};

const preceptStrategyCommand: OverrideCommandOf = (on, dto, { force }) => ({
  ...on,
  type: 'SetPreceptStrategy',
  force,
  year: dto.year as string,
  strategy: {
    kind: dto.strategy as string,
    ...(dto.rate !== undefined ? { rate: dto.rate } : {}),
    ...(dto.amount !== undefined ? { amount: dto.amount } : {}),
  },
});

const savingsSlippageCommand: OverrideCommandOf = (on, dto, lookups) => {
  const allianceCode = dto.alliance as string;
  return {
    ...on,
    type: 'SlipSavings',
    allianceCode,
    programmeCode: dto.programme as string,
    programme: lookups.programme(allianceCode, dto.programme as string),
    year: dto.year as string,
    share: dto.share as string,
    mode: dto.mode as string,
  };
};

const extraItemCommand: OverrideCommandOf = (on, dto, lookups) => ({
  ...on,
  type: 'AddExtraBudgetItem',
  force: lookups.force,
  itemId: dto.itemId ?? lookups.newItemId(),
  kind: dto.itemKind as string,
  fromYear: dto.fromYear as string,
  amount: dto.amount as string,
  recurrence: dto.recurrence as string,
  description: dto.description,
});

const extraDrawdownCommand: OverrideCommandOf = (on, dto, { force }) => ({
  ...on,
  type: 'AddExtraReserveDrawdown',
  force,
  reserveId: dto.reserveId as string,
  year: dto.year as string,
  amount: dto.amount as string,
  description: dto.description,
});

/** One mapping per override kind (a kind without one does not compile). */
const OVERRIDE_COMMANDS: Record<ScenarioOverrideDto['kind'], OverrideCommandOf> = {
  assumptions: assumptionsCommand,
  'precept-strategy': preceptStrategyCommand,
  'savings-slippage': savingsSlippageCommand,
  'extra-item': extraItemCommand,
  'extra-drawdown': extraDrawdownCommand,
};

/** A new scenario as the handler sends it: the parent's facts and the time beside what was asked. */
export interface SentCreateScenario {
  type: 'CreateScenario';
  scenarioId: string;
  name: string;
  description?: string;
  basedOn: { kind: 'baseline' } | { kind: 'scenario'; scenarioId: string };
  asAt?: { position: string } | { time: string };
  force?: string;
  /** The facts of the scenario named in `basedOn` (null or absent when it does not exist). */
  parent?: ScenarioFacts | null;
  /** The time of the request (ISO); an `asAt` time later than this is refused. */
  now: string;
  /** The store's latest global position, when the handler knows it; an `asAt` position beyond it is refused. */
  latestPosition?: string;
}
export type SentScenarioCommand = SentCreateScenario | Sent<Exclude<ScenarioCommand, { type: 'CreateScenario' }>>;

/** Parses what is sent into the typed command, with the errors the domain has always given (a 400 naming the field). */
export function toScenarioCommand(request: SentScenarioCommand): ScenarioCommand {
  if (typeof request !== 'object' || request === null) throw new InvalidInputError('command', 'must be a command object');
  const scenarioId = parseScenarioId(request.scenarioId, 'scenarioId');
  switch (request.type) {
    case 'CreateScenario':
      return createScenario(request, scenarioId);
    case 'DiscardScenario':
    case 'KeepScenario':
      return { type: request.type, scenarioId };
    default:
      return overrideCommand(request, scenarioId);
  }
}

function createScenario(request: SentCreateScenario, scenarioId: string): ScenarioCommand {
  const name = parseText(request.name, 'name', { maxLength: 200 });
  const description = parseText(request.description, 'description', { optional: true, maxLength: 2000 });
  const basedOn = parseBase(request.basedOn);
  const asAt = request.asAt === undefined ? undefined : parseAsAt(request.asAt, request.now, request.latestPosition);
  if (request.force !== undefined && (typeof request.force !== 'string' || !FORCE_CODE.test(request.force)))
    throw new InvalidInputError('force', 'must be a force code such as "herts"');
  return {
    type: 'CreateScenario',
    scenarioId,
    name,
    description,
    basedOn,
    ...(asAt ? { asAt } : {}),
    ...(request.force !== undefined ? { force: request.force } : {}),
    ...(request.parent !== undefined ? { parent: request.parent } : {}),
  };
}

function parseBase(given: unknown): ScenarioBase {
  if (typeof given !== 'object' || given === null) {
    throw new InvalidInputError('basedOn', 'must be {"kind":"baseline"} or {"kind":"scenario","scenarioId":"…"}');
  }
  const kind = parseChoice((given as { kind?: unknown }).kind, 'basedOn.kind', ['baseline', 'scenario'] as const);
  if (kind === 'baseline') return { kind };
  return { kind, scenarioId: parseScenarioId((given as { scenarioId?: unknown }).scenarioId, 'basedOn.scenarioId') };
}

const year = (input: unknown, field: string) => FinancialYear.parse(input, field);
const optionalRate = (input: unknown, field: string) => (input === undefined ? undefined : Rate.parse(input, field));

function overrideCommand(request: Sent<ScenarioOverrideCommand>, scenarioId: string): ScenarioCommand {
  const on = { scenarioId };
  switch (request.type) {
    case 'OverrideAssumptions':
      return {
        ...on,
        type: request.type,
        force: parseForce(request.force),
        year: year(request.year, 'year'),
        payAward: optionalRate(request.payAward, 'payAward'),
        nonPayInflation: optionalRate(request.nonPayInflation, 'nonPayInflation'),
        incomeInflation: optionalRate(request.incomeInflation, 'incomeInflation'),
        grantChange: optionalRate(request.grantChange, 'grantChange'),
        taxBaseGrowth: optionalRate(request.taxBaseGrowth, 'taxBaseGrowth'),
      };
    case 'SetPreceptStrategy':
      return {
        ...on,
        type: request.type,
        force: parseForce(request.force),
        year: year(request.year, 'year'),
        strategy: strategy(request.strategy),
      };
    case 'SlipSavings':
      return {
        ...on,
        type: request.type,
        allianceCode: collaborationCode(request.allianceCode, 'allianceCode'),
        programmeCode: collaborationCode(request.programmeCode, 'programmeCode'),
        programme: request.programme,
        year: year(request.year, 'year'),
        share: Rate.parse(request.share, 'share', { min: '0', max: '1' }),
        mode: parseChoice(request.mode, 'mode', SLIPPAGE_MODES),
      };
    case 'AddExtraBudgetItem':
      return {
        ...on,
        type: request.type,
        force: parseForce(request.force),
        itemId: parseId(request.itemId, 'itemId'),
        kind: parseChoice(request.kind, 'kind', EXTRA_ITEM_KINDS),
        fromYear: year(request.fromYear, 'fromYear'),
        recurrence: parseChoice(request.recurrence, 'recurrence', RECURRENCES),
        description: parseText(request.description, 'description', { optional: true }),
        amount: Money.parse(request.amount, 'amount'),
      };
    case 'AddExtraReserveDrawdown':
      return {
        ...on,
        type: request.type,
        force: parseForce(request.force),
        reserveId: parseId(request.reserveId, 'reserveId'),
        year: year(request.year, 'year'),
        description: parseText(request.description, 'description', { optional: true }),
        amount: Money.parse(request.amount, 'amount'),
      };
    default:
      // An unknown type: decide()'s exhaustive switch words the error, as it always has.
      return request as unknown as ScenarioCommand;
  }
}

/** The kind is parsed here; which figures go with it is decide's to check, after the plan period. */
function strategy(given: unknown): Extract<ScenarioCommand, { type: 'SetPreceptStrategy' }>['strategy'] {
  if (typeof given !== 'object' || given === null)
    throw new InvalidInputError('strategy', 'must be a precept strategy such as {"kind":"freeze"}');
  const { kind, rate, amount } = given as { kind?: unknown; rate?: unknown; amount?: unknown };
  return {
    kind: parseChoice(kind, 'strategy.kind', PRECEPT_STRATEGY_KINDS),
    ...(rate !== undefined ? { rate: Rate.parse(rate, 'strategy.rate') } : {}),
    ...(amount !== undefined ? { amount: Money.parse(amount, 'strategy.amount') } : {}),
  };
}
