import { DynamicModule, Global, Inject, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port';
import { factsRunner } from './facts-runner';
import { openProjectionStore } from './open-projection-store';
import type { ProjectionRunner } from './projection-runner';
import type { StoreProblemReport } from './projection-store-health';
import { ProjectionStore } from './projection-store';
import type { StreamFacts } from './stream-facts.projection';
import { STREAM_FOLD_REGISTRY, type StreamFolds } from './stream-folds';

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

/** The projection store and the runner folding every registered stream into it. */
const PROVIDERS = [
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
    inject: [EVENT_STORE, ProjectionStore, STREAM_FOLD_REGISTRY],
    useFactory: (events: EventStore, store: ProjectionStore, registry: StreamFolds) =>
      factsRunner(events, store, registry, { onStoreProblem: logStoreProblem }),
  },
];

/** Runs the read side: starts the projections after the app is wired, stops them on shutdown. */
@Global()
@Module({})
export class ProjectionsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  /** The read side folding the streams the app registers (each slice's fold). */
  static forRoot(registry: StreamFolds): DynamicModule {
    return {
      module: ProjectionsModule,
      providers: [{ provide: STREAM_FOLD_REGISTRY, useValue: registry }, ...PROVIDERS],
      exports: [FACTS, ProjectionStore, STREAM_FOLD_REGISTRY],
    };
  }

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
