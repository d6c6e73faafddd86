import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '../../event-sourcing/command-runner';
import type { WriteResult } from '../../event-sourcing/write-context';
import { referendumPrinciplesDecider } from '../referendum-principles.decider';
import { REFERENDUM_PRINCIPLES_STREAM } from '../referendum-principles.events';
import { ReferendumPrinciplesCommandMessage } from './referendum-principles-command.message';

@CommandHandler(ReferendumPrinciplesCommandMessage)
export class ReferendumPrinciplesCommandHandler implements ICommandHandler<ReferendumPrinciplesCommandMessage, WriteResult> {
  constructor(private readonly runner: CommandRunner) {}

  execute({ command, context }: ReferendumPrinciplesCommandMessage): Promise<WriteResult> {
    return this.runner.run(referendumPrinciplesDecider, REFERENDUM_PRINCIPLES_STREAM, command, context);
  }
}
