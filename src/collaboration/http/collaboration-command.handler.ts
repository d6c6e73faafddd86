import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../common/errors';
import type { Sent } from '../../common/sent';
import { unreachable } from '../../event-sourcing/decider';
import { CommandRunner } from '../../event-sourcing/command-runner';
import type { WriteResult } from '../../event-sourcing/write-context';
import { ForceLookup } from '../../forces/force-lookup';
import { Plans } from '../../planning/plans.service';
import { COLLABORATION_CODE } from '../collaboration-input';
import { collaborationAveragesDecider } from '../collaboration-averages.decider';
import { COLLABORATION_AVERAGES_STREAM } from '../collaboration-averages.stream';
import { forceCollaborationDecider } from '../force-collaboration.decider';
import { forceCollaborationStreamId } from '../force-collaboration.stream';
import { CollaborationCommandMessage } from './collaboration-command.message';
import type { CollaborationRequest, MarkContributionReplacesRequest } from './alliance-request';
import { toCollaborationCommand, type CollaborationCommand } from './to-command';

/** One handler for a force's collaboration spend and the national averages: each command to its stream's decider. */
@CommandHandler(CollaborationCommandMessage)
export class CollaborationCommandHandler implements ICommandHandler<CollaborationCommandMessage, WriteResult> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly forces: ForceLookup,
    private readonly plans: Plans,
  ) {}

  async execute({ command: request, context }: CollaborationCommandMessage): Promise<WriteResult> {
    // The spend's stream is keyed by the force, so an unknown force is a 404 before anything is read.
    if (request.type !== 'RecordNationalCollaborationAverage') await this.forces.require(request.force);
    const command = toCollaborationCommand(await this.withOtherStreams(request));
    switch (command.type) {
      case 'RecordCollaborationSpend':
      case 'MarkContributionReplaces':
        return this.runner.run(forceCollaborationDecider, forceCollaborationStreamId(command.force), command, context);
      case 'RecordNationalCollaborationAverage':
        return this.runner.run(collaborationAveragesDecider, COLLABORATION_AVERAGES_STREAM, command, context);
      default:
        return unreachable(command, 'collaboration command');
    }
  }

  /**
   * A marking is decided on what other streams say: the alliance must exist (404 otherwise, as
   * for any alliance in a path), and decide is told the alliances the force has been a member
   * of and the lines of its base budgets.
   */
  private async withOtherStreams(request: CollaborationRequest): Promise<Sent<CollaborationCommand>> {
    if (request.type !== 'MarkContributionReplaces') return request;
    return this.markingWithFacts(request);
  }

  private async markingWithFacts(request: MarkContributionReplacesRequest): Promise<Sent<CollaborationCommand>> {
    const { reader } = await this.plans.at();
    if (!COLLABORATION_CODE.test(request.allianceCode) || !reader.alliance(request.allianceCode)) {
      throw new NotFoundError(`No alliance "${request.allianceCode.slice(0, 40)}" has been formed. GET /alliances lists the alliances.`);
    }
    const memberOf = reader.alliancesOf(request.force).map((a) => a.allianceCode as string);
    const budgets = reader.forceFinance(request.force).baseBudgets;
    const budgetLines = Object.entries(budgets).flatMap(([year, b]) => b.lines.map((l) => ({ code: l.code, kind: l.kind, year })));
    return { ...request, memberOf, budgetLines };
  }
}
