import type { EventStore } from '../event-store/event-store.port';
import type { FactsRunner } from '../projections/projections.module';

/**
 * The health answer: liveness, the event store in use, how far behind the projections are, and
 * what is failing. "degraded" while the projection store fails: answers are still right (served
 * from memory, or replayed from the events) but saved progress is not, so a restart would catch
 * up longer. Still 200: the service is up and a load balancer should keep sending it requests.
 */
export async function healthAnswer(store: Pick<EventStore, 'headPosition' | 'kind'>, facts: FactsRunner) {
  const head = await store.headPosition();
  const problems = facts.storeProblems;
  return {
    status: problems.length === 0 ? 'ok' : 'degraded',
    ...(problems.length === 0
      ? {}
      : {
          reasons: problems.map(
            (p) => `projection ${facts.name}: could not ${p.operation} (${p.reason}), ${p.failures} time(s) since ${p.since}`,
          ),
        }),
    eventStore: store.kind,
    headPosition: head?.toString() ?? null,
    projections: [
      {
        name: facts.name,
        checkpoint: facts.checkpoint?.toString() ?? null,
        lag: (await facts.lag()).toString(),
        storeProblems: problems,
      },
    ],
  };
}
