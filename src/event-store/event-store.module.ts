import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CommandRunner } from '../event-sourcing/command-runner';
import { CLOCK, ID_GENERATOR } from '../event-sourcing/tokens';
import { randomIds, systemClock, type Clock, type IdGenerator } from '../event-sourcing/ids';
import { createEventStore } from './create-event-store';
import { EVENT_STORE, type EventStore } from './event-store.port';

/** Provides the configured EventStore adapter and the command path built on it, and closes it on shutdown. */
@Global()
@Module({
  providers: [
    { provide: EVENT_STORE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createEventStore(config.eventStore) },
    { provide: CLOCK, useValue: systemClock },
    { provide: ID_GENERATOR, useValue: randomIds },
    {
      provide: CommandRunner,
      inject: [EVENT_STORE, CLOCK, ID_GENERATOR],
      useFactory: (store: EventStore, clock: Clock, ids: IdGenerator) => new CommandRunner(store, clock, ids),
    },
  ],
  exports: [EVENT_STORE, CLOCK, ID_GENERATOR, CommandRunner],
})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
