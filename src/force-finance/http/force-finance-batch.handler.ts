import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '../../event-sourcing/command-runner';
import { markCommandIndex } from '../../event-sourcing/decide-all';
import type { WriteResult } from '../../event-sourcing/write-context';
import { ForceLookup } from '../../forces/force-lookup';
import type { ForceFinanceCommand } from '../force-finance.commands';
import { forceFinanceDecider } from '../force-finance.decider';
import { forceFinanceStreamId } from '../force-finance.stream';
import { ForceFinanceBatchMessage } from './force-finance-batch.message';
import { toForceFinanceCommand } from './to-command';

/**
 * 404s an unknown force, maps every request to a typed command, then records them all on the
 * force's stream in one append (CommandRunner.runAll). A refusal of any of them – in parsing or
 * deciding – records nothing and says which one it was (commandIndexOf).
 */
@CommandHandler(ForceFinanceBatchMessage)
export class ForceFinanceBatchHandler implements ICommandHandler<ForceFinanceBatchMessage, WriteResult> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly forces: ForceLookup,
  ) {}

  async execute({ force, commands, context }: ForceFinanceBatchMessage): Promise<WriteResult> {
    const { name } = await this.forces.require(force);
    const typed: ForceFinanceCommand[] = commands.map((request, index) => {
      try {
        return toForceFinanceCommand(request);
      } catch (error) {
        throw markCommandIndex(error, index);
      }
    });
    return this.runner.runAll(forceFinanceDecider.for({ forceName: name }), forceFinanceStreamId(force), typed, context);
  }
}
