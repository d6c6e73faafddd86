import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { unreachable } from '../../event-sourcing/decider';
import { CommandRunner } from '../../event-sourcing/command-runner';
import type { WriteResult } from '../../event-sourcing/write-context';
import { ForceLookup } from '../../forces/force-lookup';
import { collaborationAveragesDecider } from '../collaboration-averages.decider';
import { COLLABORATION_AVERAGES_STREAM } from '../collaboration-averages.stream';
import { forceCollaborationDecider } from '../force-collaboration.decider';
import { forceCollaborationStreamId } from '../force-collaboration.stream';
import { CollaborationCommandMessage } from './collaboration-command.message';
import { toCollaborationCommand } from './to-command';

/** One handler for a force's collaboration spend and the national averages: each command to its stream's decider. */
@CommandHandler(CollaborationCommandMessage)
export class CollaborationCommandHandler implements ICommandHandler<CollaborationCommandMessage, WriteResult> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly forces: ForceLookup,
  ) {}

  async execute({ command: request, context }: CollaborationCommandMessage): Promise<WriteResult> {
    // The spend's stream is keyed by the force, so an unknown force is a 404 before anything is read.
    if (request.type === 'RecordCollaborationSpend') await this.forces.require(request.force);
    const command = toCollaborationCommand(request);
    switch (command.type) {
      case 'RecordCollaborationSpend':
        return this.runner.run(forceCollaborationDecider, forceCollaborationStreamId(command.force), command, context);
      case 'RecordNationalCollaborationAverage':
        return this.runner.run(collaborationAveragesDecider, COLLABORATION_AVERAGES_STREAM, command, context);
      default:
        return unreachable(command, 'collaboration command');
    }
  }
}
