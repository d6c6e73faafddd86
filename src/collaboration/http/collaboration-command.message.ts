import type { WriteContext } from '../../event-sourcing/write-context';
import type { CollaborationAveragesCommand } from '../collaboration-averages.commands';
import type { ForceCollaborationCommand } from '../force-collaboration.commands';

/** The commands behind a force's collaboration figures: its own spend, and the national averages it is compared with. */
export type CollaborationCommand = ForceCollaborationCommand | CollaborationAveragesCommand;

/** Carries a collaboration command and its write context over the CommandBus. */
export class CollaborationCommandMessage {
  constructor(
    readonly command: CollaborationCommand,
    readonly context: WriteContext,
  ) {}
}
