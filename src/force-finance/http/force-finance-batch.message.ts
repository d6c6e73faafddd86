import { Command } from '@nestjs/cqrs';
import type { WriteContext, WriteResult } from '../../event-sourcing/write-context';
import type { ForceFinanceRequest } from './to-command';

/**
 * Several force finance requests for one force, recorded together or not at all (one append on
 * the force's stream): what an import of several rows, or of an edited plan workbook, sends.
 */
export class ForceFinanceBatchMessage extends Command<WriteResult> {
  constructor(
    readonly force: string,
    readonly commands: readonly ForceFinanceRequest[],
    readonly context: WriteContext,
  ) {
    super();
  }
}
