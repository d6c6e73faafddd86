import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '../../event-sourcing/command-runner';
import type { WriteResult } from '../../event-sourcing/write-context';
import { ForceLookup } from '../../forces/force-lookup';
import type { ForceFinanceCommand } from '../force-finance.commands';
import { forceFinanceDecider } from '../force-finance.decider';
import { forceFinanceStreamId } from '../force-finance.stream';
import { ForceFinanceCommandMessage } from './force-finance-command.message';

/** 404s an unknown force, then records the command on its stream `force-finance-{force}`. */
@CommandHandler(ForceFinanceCommandMessage)
export class ForceFinanceCommandHandler implements ICommandHandler<ForceFinanceCommandMessage, WriteResult> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly forces: ForceLookup,
  ) {}

  async execute({ force, command, context }: ForceFinanceCommandMessage): Promise<WriteResult> {
    const { name } = await this.forces.require(force);
    const withName = { ...command, forceName: name } as ForceFinanceCommand;
    return this.runner.run(forceFinanceDecider, forceFinanceStreamId(force), withName, context);
  }
}
