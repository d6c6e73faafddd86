import type { WriteContext } from '../../event-sourcing/write-context';
import type { AllianceCommand } from '../alliance.commands';

type WithoutKnownForces<C> = C extends unknown ? Omit<C, 'knownForces'> : never;

/** An alliance command as a controller builds it; the handler adds the registered forces decide needs. */
export type AllianceRequest = WithoutKnownForces<AllianceCommand>;

/** Carries an alliance command and its write context over the CommandBus. */
export class AllianceCommandMessage {
  constructor(
    readonly command: AllianceRequest,
    readonly context: WriteContext,
  ) {}
}
