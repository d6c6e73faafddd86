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
import type { ScenarioOverrideCommand } from '../scenario.commands';
import type { Sent } from '../../common/sent';
import { forceContextFrom, programmeContextFrom } from '../scenario-context';
import { scenarioDecider } from '../scenario.decider';
import type { ScenarioAsAt } from '../scenario.events';
import { inForce, noSuchScenario, type FoundScenario } from '../scenario-lookup';
import { scenarioStreamId } from '../scenario.stream';
import { ScenarioCommandMessage, type ScenarioRequest } from './scenario-command.message';
import type { ScenarioOverrideDto } from './scenario-override.dto';
import { toOverrideCommand, toScenarioCommand, type SentScenarioCommand } from './to-command';

/**
 * Records a request on the scenario's stream (`scenario--{force}-{id}`, or the `scenario-{id}`
 * it was recorded on before ids belonged to a force; see scenario.stream.ts). What the decision needs from other
 * streams is looked up here, from the baseline the scenario reads: the parent scenario of a new
 * branch (of the same force), the force's plan period and reserves, an alliance programme's
 * years. A scenario slips only the savings of its force's alliances.
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
    const { streamId, command } = await this.commandFor(request, context);
    return this.runner.run(scenarioDecider, streamId, toScenarioCommand(command), context);
  }

  private async commandFor(request: ScenarioRequest, context: WriteContext): Promise<{ streamId: string; command: SentScenarioCommand }> {
    if (request.type === 'CreateScenario') return this.create(request);
    const found = await this.plans.scenario({ id: request.scenarioId, scope: request.scope });
    if (!found) throw noSuchScenario(request.scenarioId);
    const { streamId } = found;
    switch (request.type) {
      case 'KeepScenario':
      case 'DiscardScenario':
        return { streamId, command: { type: request.type, scenarioId: request.scenarioId } };
      case 'Override':
        return { streamId, command: await this.override(found, request.override, context) };
    }
  }

  /**
   * Ids are unique within the force: a scenario of this force recorded before ids belonged to a
   * force (on `scenario-{id}`) is the one the decider sees, so it refuses the id as taken; any
   * other force's scenario of the same id is not looked at, and the new one gets its own stream.
   */
  private async create(
    request: Extract<ScenarioRequest, { type: 'CreateScenario' }>,
  ): Promise<{ streamId: string; command: SentScenarioCommand }> {
    await this.forces.require(request.force);
    const now = this.clock();
    const head = await this.events.headPosition();
    const existing = await this.plans.scenario(inForce(request.force, request.scenarioId));
    // A branch is of a scenario of the same force: only that force's are looked for.
    const parent =
      request.basedOn === 'baseline'
        ? null
        : ((await this.plans.scenario(inForce(request.force, request.basedOn.scenarioId)))?.facts ?? null);
    const command: SentScenarioCommand = {
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
    return { streamId: existing?.streamId ?? scenarioStreamId(request.force, request.scenarioId), command };
  }

  private async override(
    { streamId, facts }: FoundScenario,
    dto: ScenarioOverrideDto,
    context: WriteContext,
  ): Promise<Sent<ScenarioOverrideCommand>> {
    const scenarioId = facts.scenarioId;
    if (!facts.force) throw new RuleViolationError(`Scenario "${facts.name}" names no force, so it takes no overrides`);
    const { baseline } = await this.plans.at({ kind: 'latest' }, inForce(facts.force, scenarioId));
    const force = await this.forces.require(facts.force);
    const forceContext = forceContextFrom(force.code, force.name, baseline.forceFinance(force.code));
    return toOverrideCommand(scenarioId, dto, {
      force: forceContext,
      programme: (allianceCode, programmeCode) => {
        const alliance = baseline.alliance(allianceCode);
        if (alliance && !alliance.members.some((m) => m.force === force.code)) {
          throw new RuleViolationError(
            `${force.name} is not a member of ${alliance.name}: its savings do not reach ${force.name}'s plan, so the scenario cannot slip them`,
            'alliance',
          );
        }
        return programmeContextFrom(alliance, programmeCode);
      },
      newItemId: () => this.itemId(streamId, context),
    });
  }

  /** With an Idempotency-Key, derived from it, so a retry decides exactly the same write and is answered as a replay. */
  private itemId(streamId: string, context: WriteContext): string {
    return context.idempotencyKey ? nameBasedUuid(`scenario-item\u0000${streamId}\u0000${idempotencyName(context)}`) : this.newId();
  }
}

/** The moment of the baseline a new branch reads: refused when malformed, in the future, or past the newest event. */
function branchPoint(asOf: string, now: Date, head: bigint | null): ScenarioAsAt {
  const at = parseAsOf(asOf, now);
  switch (at.kind) {
    case 'position':
      if (head === null || at.position > head) {
        throw new InvalidInputError(
          'asOf',
          `position ${at.position} has not been reached yet: the newest event is at ${head ?? 'no position (nothing is recorded)'}`,
        );
      }
      return { position: at.position.toString() };
    case 'time':
      return { time: at.time.toISOString() };
    case 'latest':
      throw new InvalidInputError('asOf', 'must be an ISO time or a global position, or be left out');
  }
}
