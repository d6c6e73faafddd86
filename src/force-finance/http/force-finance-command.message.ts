import { Command } from '@nestjs/cqrs';
import type { WriteContext, WriteResult } from '../../event-sourcing/write-context';
import type { ForceFinanceRequest } from './to-command';

export type { ForceFinanceRequest } from './to-command';

/** Carries a force finance request for one force, and its write context, over the CommandBus. */
export class ForceFinanceCommandMessage extends Command<WriteResult> {
  constructor(
    readonly force: string,
    readonly command: ForceFinanceRequest,
    readonly context: WriteContext,
  ) {
    super();
  }
}
