import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '../../event-sourcing/command-runner';
import type { WriteResult } from '../../event-sourcing/write-context';
import type { WriteContext } from '../../event-sourcing/write-context';
import type { ForceCommand } from '../force.commands';
import { forceDecider, forceStreamId } from '../force.decider';

/** Carries a force command and its write context over the CommandBus. */
export class ForceCommandMessage {
  constructor(
    readonly command: ForceCommand,
    readonly context: WriteContext,
  ) {}
}

/** The one handler of the force command family: records the command on the force's stream. */
@CommandHandler(ForceCommandMessage)
export class ForceCommandHandler implements ICommandHandler<ForceCommandMessage, WriteResult> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ command, context }: ForceCommandMessage): Promise<WriteResult> {
    return this.runner.run(forceDecider, forceStreamId(command.code), command, context);
  }
}
