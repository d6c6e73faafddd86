import { Command } from '@nestjs/cqrs';
import type { WriteContext, WriteResult } from '../../event-sourcing/write-context';
import type { ForceFinanceCommand } from '../force-finance.commands';

type WithoutForceName<C> = C extends unknown ? Omit<C, 'forceName'> : never;

/** A force finance command as a controller builds it: the handler adds the force's registered name. */
export type ForceFinanceRequest = WithoutForceName<ForceFinanceCommand>;

/** Carries a force finance command for one force, and its write context, over the CommandBus. */
export class ForceFinanceCommandMessage extends Command<WriteResult> {
  constructor(
    readonly force: string,
    readonly command: ForceFinanceRequest,
    readonly context: WriteContext,
  ) {
    super();
  }
}
