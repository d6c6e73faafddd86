import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '../event-sourcing/command-runner';
import type { WriteResult } from '../event-sourcing/write-context';
import { forceDecider, forceStreamId } from './force.decider';
import { ForceCommandMessage } from './force.commands';

@CommandHandler(ForceCommandMessage)
export class ForceCommandHandler implements ICommandHandler<ForceCommandMessage, WriteResult> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ command, context }: ForceCommandMessage): Promise<WriteResult> {
    return this.runner.run(forceDecider, forceStreamId(command.code), command, context);
  }
}
