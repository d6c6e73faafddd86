import type { WriteContext } from '../event-sourcing/write-context';
import type { ForceCommand } from './force.decider';

/** Carries a force command and its write context over the CommandBus. */
export class ForceCommandMessage {
  constructor(
    readonly command: ForceCommand,
    readonly context: WriteContext,
  ) {}
}
