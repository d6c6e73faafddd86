import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CommandRunner } from '../event-sourcing/command-runner';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port';
import { holdsOnlyReferenceData } from './holds-only-reference-data';
import { describeWorkedExample, recordWorkedExample } from './record-worked-example-steps';

/**
 * On start, records the worked example into a store that holds nothing but reference data (when
 * configured to: SEED_EXAMPLE=false turns it off). Two instances starting at once both record it,
 * and each event lands once: every step has a fixed Idempotency-Key.
 */
@Injectable()
export class WorkedExampleSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('WorkedExample');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: CommandRunner,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedExampleWhenEmpty) return;
    if (!(await holdsOnlyReferenceData(this.store))) return;
    try {
      const summary = await recordWorkedExample(this.runner);
      this.logger.log(describeWorkedExample(summary).join(' '));
    } catch (error) {
      // The example is a convenience: the service still starts, and says what went wrong.
      this.logger.error(`The worked example could not be recorded: ${(error as Error).message}. Run "npm run example" to try again.`);
    }
  }
}
