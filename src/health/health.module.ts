import { Module } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port';
import { FACTS, type FactsRunner } from '../projections/projections.module';
import { HealthController } from './health.controller';
import { HealthLane } from './health-lane';

@Module({
  controllers: [HealthController],
  providers: [
    {
      provide: HealthLane,
      inject: [EVENT_STORE, FACTS],
      useFactory: (store: EventStore, facts: FactsRunner) => new HealthLane(store, facts),
    },
  ],
})
export class HealthModule {}
