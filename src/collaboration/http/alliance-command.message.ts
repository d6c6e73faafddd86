import type { WriteContext } from '../../event-sourcing/write-context';
import type { AllianceRequest } from './to-command';

/** Carries an alliance request (as a controller builds it) and its write context over the CommandBus. */
export class AllianceCommandMessage {
  constructor(
    readonly command: AllianceRequest,
    readonly context: WriteContext,
  ) {}
}
