import { Controller, Get, Inject } from '@nestjs/common';
import { Public } from '../auth/access.decorator';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port';
import { FACTS, type FactsRunner } from '../projections/projections.module';
import { healthAnswer } from './health-answer';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(FACTS) private readonly facts: FactsRunner,
  ) {}

  /** Most requests are answered by HealthLane before they reach here (the same answer). */
  @Get()
  @Public()
  @ApiOperation({
    summary: 'Liveness, the event store in use, how far behind the projections are, and what is failing (status "degraded")',
  })
  health() {
    return healthAnswer(this.store, this.facts);
  }
}
