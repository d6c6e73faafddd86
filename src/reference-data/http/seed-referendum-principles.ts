import type { CommandRunner } from '../../event-sourcing/command-runner';
import { fingerprint } from '../../event-sourcing/ids';
import type { EventStore } from '../../event-store/event-store.port';
import { appliesToKey, type ReferendumPrincipleData } from '../referendum-principle';
import { referendumPrinciplesDecider } from '../referendum-principles.decider';
import {
  REFERENDUM_GROUP_MEMBERS_ENGLAND,
  REFERENDUM_PRINCIPLES_ENGLAND,
  type ReferendumGroupMembersRow,
} from '../referendum-principles-england';
import type { ReferendumPrinciplesCommand } from '../referendum-principles.commands';
import { REFERENDUM_PRINCIPLES_STREAM } from '../referendum-principles.events';

const SEED = 'seed:referendum-principles-england';

export const REFERENDUM_PRINCIPLES_SEED_REASON =
  'Published referendum principles for police precepts in England, from the police-finance reference (shared/reference/police-finance.md), recorded when the service first started';

/** Fixed per row, so every instance that seeds writes the same events and a second writer is answered as a replay. */
export function seedKeyOf(row: ReferendumPrincipleData): string {
  return `${SEED}:${row.year}:${appliesToKey(row.appliesTo).replace(/ /g, '-')}`;
}

/** A membership row's key: its own, so stores seeded before members were recorded gain the rows as missing ones. */
export function seedMembersKeyOf(row: ReferendumGroupMembersRow): string {
  return `${SEED}:${row.year}:members:${appliesToKey(row.appliesTo).replace(/ /g, '-')}`;
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
  members: readonly ReferendumGroupMembersRow[] = REFERENDUM_GROUP_MEMBERS_ENGLAND,
): Promise<number> {
  const recorded = await store.readStream(REFERENDUM_PRINCIPLES_STREAM);
  const seeded = new Set<string>();
  for (const event of recorded) {
    const key = event.metadata.idempotencyKey;
    if (key === undefined || !key.startsWith(`${SEED}:`)) return 0;
    seeded.add(key);
  }

  const rows: { key: string; command: ReferendumPrinciplesCommand; reason: string; hashed: unknown }[] = [
    ...table.map((row) => ({
      key: seedKeyOf(row),
      command: { type: 'SetReferendumPrinciple' as const, ...row },
      reason: REFERENDUM_PRINCIPLES_SEED_REASON,
      hashed: row,
    })),
    ...members.map(({ reason, ...row }) => ({
      key: seedMembersKeyOf({ reason, ...row }),
      command: { type: 'SetReferendumGroupMembers' as const, ...row },
      reason,
      hashed: row,
    })),
  ];
  let count = 0;
  for (const { key, command, reason, hashed } of rows) {
    if (seeded.has(key)) continue;
    const result = await runner.run(referendumPrinciplesDecider, REFERENDUM_PRINCIPLES_STREAM, command, {
      actor: 'system',
      reason,
      correlationId: SEED,
      causationId: null,
      idempotencyKey: key,
      requestHash: fingerprint(hashed),
    });
    if (!result.replayed) count += result.events.length;
  }
  return count;
}
