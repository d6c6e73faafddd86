import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '../../event-sourcing/command-runner';
import type { WriteResult } from '../../event-sourcing/write-context';
import { collaborationAveragesDecider } from '../collaboration-averages.decider';
import { COLLABORATION_AVERAGES_STREAM } from '../collaboration-averages.stream';
import { CollaborationAveragesCommandMessage } from './collaboration-averages-command.message';

@CommandHandler(CollaborationAveragesCommandMessage)
export class CollaborationAveragesCommandHandler implements ICommandHandler<CollaborationAveragesCommandMessage, WriteResult> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ command, context }: CollaborationAveragesCommandMessage): Promise<WriteResult> {
    return this.runner.run(collaborationAveragesDecider, COLLABORATION_AVERAGES_STREAM, command, context);
  }
}
