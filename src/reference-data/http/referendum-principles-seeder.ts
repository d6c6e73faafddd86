import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CommandRunner } from '../../event-sourcing/command-runner';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { seedReferendumPrinciples } from './seed-referendum-principles';

/**
 * Records the published referendum principles when the service starts on a store without
 * them. It writes through the CommandRunner, which reads the event store itself, so it does not
 * matter whether the projections have started yet.
 */
@Injectable()
export class ReferendumPrinciplesSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('ReferenceData');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: CommandRunner,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const recorded = await seedReferendumPrinciples(this.store, this.runner);
    if (recorded > 0) this.logger.log(`Recorded ${recorded} referendum principles for police precepts in England as reference data`);
  }
}
