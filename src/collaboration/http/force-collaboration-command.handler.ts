import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandRunner } from '../../event-sourcing/command-runner';
import type { WriteResult } from '../../event-sourcing/write-context';
import { ForceLookup } from '../../forces/force-lookup';
import { forceCollaborationDecider } from '../force-collaboration.decider';
import { forceCollaborationStreamId } from '../force-collaboration.stream';
import { ForceCollaborationCommandMessage } from './force-collaboration-command.message';

@CommandHandler(ForceCollaborationCommandMessage)
export class ForceCollaborationCommandHandler implements ICommandHandler<ForceCollaborationCommandMessage, WriteResult> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly forces: ForceLookup,
  ) {}

  async execute({ command, context }: ForceCollaborationCommandMessage): Promise<WriteResult> {
    // The stream is keyed by the force, so an unknown force is a 404 before anything is read.
    await this.forces.require(command.force);
    return this.runner.run(forceCollaborationDecider, forceCollaborationStreamId(command.force), command, context);
  }
}
