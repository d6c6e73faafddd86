import { Global, Inject, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port';
import { openProjectionStore } from './open-projection-store';
import { ProjectionRunner } from './projection-runner';
import type { StoreProblemReport } from './projection-store-health';
import { ProjectionStore } from './projection-store';
import { StreamFactsProjection, type StreamFacts } from './stream-facts.projection';
import { FOLDS_VERSION, STREAM_FOLDS } from './stream-folds';

export const FACTS = Symbol('StreamFactsRunner');
export type FactsRunner = ProjectionRunner<StreamFacts>;

const logger = new Logger('Projections');

/** One line for a failure, then one more at the 10th, 100th, ... in a row, so a broken disk does not flood the log. */
function logStoreProblem(report: StoreProblemReport): void {
  if (report.kind === 'recovered') {
    logger.log(`The projection store works again: ${report.operation} succeeded after ${report.after} failure(s).`);
    return;
  }
  const { problem, error, fallback } = report;
  if (!/^10*$/.test(String(problem.failures)) && problem.failures !== 1) return;
  const times = problem.failures === 1 ? '' : ` (${problem.failures} times in a row)`;
  logger.error({ msg: `Could not ${problem.operation} in the projection store${times}: ${problem.reason}; ${fallback}.`, error });
}

/** Runs the read side: starts the projections after the app is wired, stops them on shutdown. */
@Global()
@Module({
  providers: [
    {
      provide: ProjectionStore,
      // After the event store: it holds the store lock, so a second process never touches this file.
      inject: [APP_CONFIG, EVENT_STORE],
      useFactory: (config: AppConfig) =>
        openProjectionStore(config.projectionStorePath, ({ path, movedTo, reason }) =>
          logger.warn(
            `The projection store ${path} could not be used (${reason}); moved it aside to ${movedTo} and rebuilding the read models from the events.`,
          ),
        ),
    },
    {
      provide: FACTS,
      inject: [EVENT_STORE, ProjectionStore],
      useFactory: (events: EventStore, store: ProjectionStore) =>
        new ProjectionRunner(events, store, new StreamFactsProjection(STREAM_FOLDS, FOLDS_VERSION), { onStoreProblem: logStoreProblem }),
    },
  ],
  exports: [FACTS, ProjectionStore],
})
export class ProjectionsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(FACTS) private readonly facts: FactsRunner,
    private readonly store: ProjectionStore,
  ) {}

  onApplicationBootstrap(): void {
    this.facts.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.facts.stop();
    this.store.close();
  }
}
