import type { WriteContext } from '../../event-sourcing/write-context';
import type { CollaborationRequest } from './to-command';

/** Carries a request behind a force's collaboration figures (its own spend, or the national averages it is compared with) over the CommandBus. */
export class CollaborationCommandMessage {
  constructor(
    readonly command: CollaborationRequest,
    readonly context: WriteContext,
  ) {}
}
