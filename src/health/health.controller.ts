import { Controller, Get, Inject } from '@nestjs/common';
import { Public } from '../auth/access.decorator';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port';
import { FACTS, type FactsRunner } from '../projections/projections.module';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(FACTS) private readonly facts: FactsRunner,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness, the event store in use, and how far behind the projections are' })
  async health() {
    const head = await this.store.headPosition();
    return {
      status: 'ok',
      eventStore: this.store.kind,
      headPosition: head?.toString() ?? null,
      projections: [{ name: this.facts.name, checkpoint: this.facts.checkpoint?.toString() ?? null, lag: (await this.facts.lag()).toString() }],
    };
  }
}
