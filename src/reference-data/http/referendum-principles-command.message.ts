import { Command } from '@nestjs/cqrs';
import type { WriteContext, WriteResult } from '../../event-sourcing/write-context';
import type { ReferendumPrinciplesCommand } from '../referendum-principles.commands';

/** Carries a referendum principles command and its write context over the CommandBus. */
export class ReferendumPrinciplesCommandMessage extends Command<WriteResult> {
  constructor(
    readonly command: ReferendumPrinciplesCommand,
    readonly context: WriteContext,
  ) {
    super();
  }
}
