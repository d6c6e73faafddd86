import type { WriteContext } from '../../event-sourcing/write-context';
import type { CollaborationAveragesCommand } from '../collaboration-averages.commands';

/** Carries a national collaboration average and its write context over the CommandBus. */
export class CollaborationAveragesCommandMessage {
  constructor(
    readonly command: CollaborationAveragesCommand,
    readonly context: WriteContext,
  ) {}
}
