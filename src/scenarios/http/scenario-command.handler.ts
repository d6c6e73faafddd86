import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InvalidInputError, RuleViolationError } from '../../common/errors';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { CommandRunner } from '../../event-sourcing/command-runner';
import { idempotencyName } from '../../event-sourcing/idempotency';
import { nameBasedUuid, type Clock, type IdGenerator } from '../../event-sourcing/ids';
import { CLOCK, ID_GENERATOR } from '../../event-sourcing/tokens';
import type { WriteContext, WriteResult } from '../../event-sourcing/write-context';
import { ForceLookup } from '../../forces/force-lookup';
import { parseAsOf } from '../../http/as-of';
import { Plans } from '../../planning/plans.service';
import type { ScenarioCommand, ScenarioOverrideCommand } from '../scenario.commands';
import { forceContextFrom, programmeContextFrom } from '../scenario-context';
import { scenarioDecider } from '../scenario.decider';
import type { ScenarioAsAt } from '../scenario.events';
import { scenarioStreamId } from '../scenario-stream';
import { ScenarioCommandMessage, type ScenarioRequest } from './scenario-command.message';
import type { ScenarioOverrideDto } from './scenario-override.dto';

/**
 * Records a request on the scenario's stream `scenario-{id}`. What the decision needs from other
 * streams is looked up here, from the baseline the scenario reads: the parent scenario of a new
 * branch, the force's plan period and reserves, an alliance programme's years. A branch is for
 * the same force as its parent, and a scenario slips only the savings of its force's alliances.
 */
@CommandHandler(ScenarioCommandMessage)
export class ScenarioCommandHandler implements ICommandHandler<ScenarioCommandMessage, WriteResult> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly forces: ForceLookup,
    private readonly plans: Plans,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly newId: IdGenerator,
  ) {}

  async execute({ request, context }: ScenarioCommandMessage): Promise<WriteResult> {
    const command = await this.commandFor(request, context);
    return this.runner.run(scenarioDecider, scenarioStreamId(request.scenarioId), command, context);
  }

  private async commandFor(request: ScenarioRequest, context: WriteContext): Promise<ScenarioCommand> {
    switch (request.type) {
      case 'CreateScenario':
        return this.create(request);
      case 'KeepScenario':
      case 'DiscardScenario':
        return { type: request.type, scenarioId: request.scenarioId };
      case 'Override':
        return this.override(request.scenarioId, request.override, context);
    }
  }

  private async create(request: Extract<ScenarioRequest, { type: 'CreateScenario' }>): Promise<ScenarioCommand> {
    const force = await this.forces.require(request.force);
    const now = this.clock();
    const head = await this.events.headPosition();
    let parent = null;
    if (request.basedOn !== 'baseline') {
      parent = (await this.plans.scenario(request.basedOn.scenarioId)) ?? null;
      if (parent && parent.force !== request.force) {
        throw new RuleViolationError(
          `Scenario "${parent.name}" varies the plan of ${parent.force ?? 'no force'}: a branch of it must be for that force too, not ${force.name}`,
          'basedOn',
        );
      }
    }
    return {
      type: 'CreateScenario',
      scenarioId: request.scenarioId,
      name: request.name,
      description: request.description,
      force: request.force,
      basedOn: request.basedOn === 'baseline' ? { kind: 'baseline' } : { kind: 'scenario', scenarioId: request.basedOn.scenarioId },
      ...(request.asOf !== undefined ? { asAt: branchPoint(request.asOf, now, head) } : {}),
      parent,
      now: now.toISOString(),
      ...(head !== null ? { latestPosition: head.toString() } : {}),
    };
  }

  private async override(scenarioId: string, dto: ScenarioOverrideDto, context: WriteContext): Promise<ScenarioOverrideCommand> {
    const { baseline, scenario } = await this.plans.at({ kind: 'latest' }, scenarioId);
    const facts = scenario?.chain[scenario.chain.length - 1];
    if (!facts?.force) throw new RuleViolationError(`Scenario "${facts?.name ?? scenarioId}" names no force, so it takes no overrides`);
    const force = await this.forces.require(facts.force);
    const forceContext = forceContextFrom(force.code, force.name, baseline.forceFinance(force.code));
    const on = { scenarioId };
    switch (dto.kind) {
      case 'assumptions': {
        const { payAward, nonPayInflation, incomeInflation, grantChange, taxBaseGrowth } = dto;
        return { ...on, type: 'OverrideAssumptions', force: forceContext, year: dto.year as string, payAward, nonPayInflation, incomeInflation, grantChange, taxBaseGrowth };
      }
      case 'precept-strategy':
        return {
          ...on,
          type: 'SetPreceptStrategy',
          force: forceContext,
          year: dto.year as string,
          strategy: { kind: dto.strategy as string, ...(dto.rate !== undefined ? { rate: dto.rate } : {}), ...(dto.amount !== undefined ? { amount: dto.amount } : {}) },
        };
      case 'savings-slippage': {
        const allianceCode = dto.alliance as string;
        const alliance = baseline.alliance(allianceCode);
        if (alliance && !alliance.members.some((m) => m.force === force.code)) {
          throw new RuleViolationError(`${force.name} is not a member of ${alliance.name}: its savings do not reach ${force.name}'s plan, so the scenario cannot slip them`, 'alliance');
        }
        return {
          ...on,
          type: 'SlipSavings',
          allianceCode,
          programmeCode: dto.programme as string,
          programme: programmeContextFrom(alliance, dto.programme as string),
          year: dto.year as string,
          share: dto.share as string,
          mode: dto.mode as string,
        };
      }
      case 'extra-item':
        return {
          ...on,
          type: 'AddExtraBudgetItem',
          force: forceContext,
          itemId: dto.itemId ?? this.itemId(scenarioId, context),
          kind: dto.itemKind as string,
          fromYear: dto.fromYear as string,
          amount: dto.amount as string,
          recurrence: dto.recurrence as string,
          description: dto.description,
        };
      case 'extra-drawdown':
        return {
          ...on,
          type: 'AddExtraReserveDrawdown',
          force: forceContext,
          reserveId: dto.reserveId as string,
          year: dto.year as string,
          amount: dto.amount as string,
          description: dto.description,
        };
    }
  }

  /** With an Idempotency-Key, derived from it, so a retry decides exactly the same write and is answered as a replay. */
  private itemId(scenarioId: string, context: WriteContext): string {
    return context.idempotencyKey ? nameBasedUuid(`scenario-item\u0000${scenarioStreamId(scenarioId)}\u0000${idempotencyName(context)}`) : this.newId();
  }
}

/** The moment of the baseline a new branch reads: refused when malformed, in the future, or past the newest event. */
function branchPoint(asOf: string, now: Date, head: bigint | null): ScenarioAsAt {
  const at = parseAsOf(asOf, now);
  switch (at.kind) {
    case 'position':
      if (head === null || at.position > head) {
        throw new InvalidInputError('asOf', `position ${at.position} has not been reached yet: the newest event is at ${head ?? 'no position (nothing is recorded)'}`);
      }
      return { position: at.position.toString() };
    case 'time':
      return { time: at.time.toISOString() };
    case 'latest':
      throw new InvalidInputError('asOf', 'must be an ISO time or a global position, or be left out');
  }
}
