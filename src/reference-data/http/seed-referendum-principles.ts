import type { CommandRunner } from '../../event-sourcing/command-runner';
import { fingerprint } from '../../event-sourcing/ids';
import type { EventStore } from '../../event-store/event-store.port';
import { appliesToKey, type ReferendumPrincipleData } from '../referendum-principle';
import { referendumPrinciplesDecider } from '../referendum-principles.decider';
import { REFERENDUM_PRINCIPLES_ENGLAND } from '../referendum-principles-england';
import { REFERENDUM_PRINCIPLES_STREAM } from '../referendum-principles.events';

const SEED = 'seed:referendum-principles-england';

export const REFERENDUM_PRINCIPLES_SEED_REASON =
  'Published referendum principles for police precepts in England, from the police-finance reference (shared/reference/police-finance.md), recorded when the service first started';

/** Fixed per row, so every instance that seeds writes the same events and a second writer is answered as a replay. */
export function seedKeyOf(row: ReferendumPrincipleData): string {
  return `${SEED}:${row.year}:${appliesToKey(row.appliesTo).replace(/ /g, '-')}`;
}

/**
 * Records the published table on the reference stream while the stream holds nothing else:
 * on first start all of it; after a start that was cut short, the rows still missing; once
 * anything else has been recorded there (an edit through the API), nothing – the table is the
 * users' now, and the published figures must not be put back over their edits.
 *
 * Safe when several instances start at once: each row is written with a fixed Idempotency-Key,
 * so whichever instance loses the race on a row finds the winner's event and records nothing.
 * Returns how many events this call recorded.
 */
export async function seedReferendumPrinciples(
  store: EventStore,
  runner: CommandRunner,
  table: readonly ReferendumPrincipleData[] = REFERENDUM_PRINCIPLES_ENGLAND,
): Promise<number> {
  const recorded = await store.readStream(REFERENDUM_PRINCIPLES_STREAM);
  const seeded = new Set<string>();
  for (const event of recorded) {
    const key = event.metadata.idempotencyKey;
    if (key === undefined || !key.startsWith(`${SEED}:`)) return 0;
    seeded.add(key);
  }

  let count = 0;
  for (const row of table) {
    const key = seedKeyOf(row);
    if (seeded.has(key)) continue;
    const result = await runner.run(
      referendumPrinciplesDecider,
      REFERENDUM_PRINCIPLES_STREAM,
      { type: 'SetReferendumPrinciple', ...row },
      {
        actor: 'system',
        reason: REFERENDUM_PRINCIPLES_SEED_REASON,
        correlationId: SEED,
        causationId: null,
        idempotencyKey: key,
        requestHash: fingerprint(row),
      },
    );
    if (!result.replayed) count += result.events.length;
  }
  return count;
}
