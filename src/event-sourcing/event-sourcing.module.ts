import { Global, Module } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port';
import { CommandRunner } from './command-runner';
import { randomIds, systemClock, type Clock, type IdGenerator } from './ids';
import { CLOCK, ID_GENERATOR } from './tokens';

/** The command path (load → decide → append) on the event store, with the clock and the ids it stamps events with. */
@Global()
@Module({
  providers: [
    { provide: CLOCK, useValue: systemClock },
    { provide: ID_GENERATOR, useValue: randomIds },
    {
      provide: CommandRunner,
      inject: [EVENT_STORE, CLOCK, ID_GENERATOR],
      useFactory: (store: EventStore, clock: Clock, ids: IdGenerator) => new CommandRunner(store, clock, ids),
    },
  ],
  exports: [CLOCK, ID_GENERATOR, CommandRunner],
})
export class EventSourcingModule {}
