import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '../../event-sourcing/command-runner';
import type { WriteResult } from '../../event-sourcing/write-context';
import { ForceLookup } from '../../forces/force-lookup';
import { forceFinanceDecider } from '../force-finance.decider';
import { forceFinanceStreamId } from '../force-finance.stream';
import { ForceFinanceCommandMessage } from './force-finance-command.message';
import { toForceFinanceCommand } from './to-command';

/**
 * 404s an unknown force, maps the request to a typed command, then records it on the force's
 * stream `force-finance-{force}`, deciding with the force's registered name for its messages.
 */
@CommandHandler(ForceFinanceCommandMessage)
export class ForceFinanceCommandHandler implements ICommandHandler<ForceFinanceCommandMessage, WriteResult> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly forces: ForceLookup,
  ) {}

  async execute({ force, command, context }: ForceFinanceCommandMessage): Promise<WriteResult> {
    const { name } = await this.forces.require(force);
    const typed = toForceFinanceCommand(command);
    return this.runner.run(forceFinanceDecider.for({ forceName: name }), forceFinanceStreamId(force), typed, context);
  }
}
