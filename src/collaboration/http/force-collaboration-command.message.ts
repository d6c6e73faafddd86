import type { WriteContext } from '../../event-sourcing/write-context';
import type { ForceCollaborationCommand } from '../force-collaboration.commands';

/** Carries a force's collaboration-spend command and its write context over the CommandBus. */
export class ForceCollaborationCommandMessage {
  constructor(
    readonly command: ForceCollaborationCommand,
    readonly context: WriteContext,
  ) {}
}
