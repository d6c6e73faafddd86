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

  /**
   * "degraded" while the projection store fails: answers are still right (served from memory,
   * or replayed from the events) but saved progress is not, so a restart would catch up longer.
   * Still 200: the service is up and a load balancer should keep sending it requests.
   */
  @Get()
  @Public()
  @ApiOperation({
    summary: 'Liveness, the event store in use, how far behind the projections are, and what is failing (status "degraded")',
  })
  async health() {
    const head = await this.store.headPosition();
    const problems = this.facts.storeProblems;
    return {
      status: problems.length === 0 ? 'ok' : 'degraded',
      ...(problems.length === 0
        ? {}
        : {
            reasons: problems.map(
              (p) => `projection ${this.facts.name}: could not ${p.operation} (${p.reason}), ${p.failures} time(s) since ${p.since}`,
            ),
          }),
      eventStore: this.store.kind,
      headPosition: head?.toString() ?? null,
      projections: [
        {
          name: this.facts.name,
          checkpoint: this.facts.checkpoint?.toString() ?? null,
          lag: (await this.facts.lag()).toString(),
          storeProblems: problems,
        },
      ],
    };
  }
}
