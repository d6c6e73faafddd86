import { Global, Inject, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port';
import { ProjectionRunner } from './projection-runner';
import { ProjectionStore } from './projection-store';
import { StreamFactsProjection, type StreamFacts } from './stream-facts.projection';
import { FOLDS_VERSION, STREAM_FOLDS } from './stream-folds';

export const FACTS = Symbol('StreamFactsRunner');
export type FactsRunner = ProjectionRunner<StreamFacts>;

/** Runs the read side: starts the projections after the app is wired, stops them on shutdown. */
@Global()
@Module({
  providers: [
    { provide: ProjectionStore, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new ProjectionStore(config.projectionStorePath) },
    {
      provide: FACTS,
      inject: [EVENT_STORE, ProjectionStore],
      useFactory: (events: EventStore, store: ProjectionStore) => new ProjectionRunner(events, store, new StreamFactsProjection(STREAM_FOLDS, FOLDS_VERSION)),
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
