import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { READ_SIDE } from '../../app/stream-folds';
import { toDomainEvent } from '../../event-sourcing/recorded-event';
import { StreamFactsProjection } from '../../projections/stream-facts.projection';
import { CliError, type CliIo } from '../cli-io';
import { storePaths } from '../store-paths';
import { differingStreamFacts, differingStreams } from '../verify/compare-facts';
import { EventChecks, eventsInOrder } from '../verify/event-pass';
import { readStoredProjections } from '../verify/stored-projections';

const SHOWN = 50;

/**
 * Reads the whole store once, read-only (safe beside a running service): every stream gap-free,
 * every event parses and folds, and the stored projection (checkpoint, snapshots and each stream's kept facts) equal to
 * the facts a rebuild gives at the same positions. Says what differs and fails (exit 1) when
 * anything does.
 */
export function verifyStore(io: CliIo, options: { dataDir?: string }): void {
  const paths = storePaths(io, options.dataDir);
  if (!existsSync(paths.events)) throw new CliError(`There is no event store at ${paths.events}.`);
  const projection = new StreamFactsProjection(READ_SIDE.folds, READ_SIDE.version);
  const stored = readStoredProjections(paths.projections, projection.name, READ_SIDE.version);
  const db = new Database(paths.events, { readonly: true, fileMustExist: true });
  const checks = new EventChecks();
  let compared = 0;
  let events = 0;
  try {
    db.exec('BEGIN'); // one read transaction: the same events throughout, whatever a service appends meanwhile
    const total = Number(db.prepare('SELECT COUNT(*) FROM events').pluck().get());
    const progress = io.progress('Verifying', total);
    const keptFacts = [...stored.streamFacts]; // in position order
    const pending = [...stored.positions].sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
    let state = projection.initialState();
    for (const row of eventsInOrder(db)) {
      const recorded = checks.check(row);
      if (recorded) state = foldOne(projection, state, recorded, checks.problems);
      while (pending.length > 0 && pending[0].position <= row.position) {
        const at = pending.shift()!;
        if (at.position !== row.position) continue; // a snapshot at a position no event has: nothing to compare with
        const differences = differingStreams(projection, stored.stateAt(at.kind, at.position), projection.serialise(state));
        checks.problems.push(...differences.map((d) => `projection ${at.kind} at position ${at.position}: ${d}`));
        compared += 1;
      }
      while (keptFacts.length > 0 && keptFacts[0].position <= row.position) {
        const kept = keptFacts.shift()!;
        if (kept.position !== row.position) continue;
        const difference = differingStreamFacts(
          kept.streamId,
          stored.streamFactsAt(kept.streamId, kept.position),
          state.streams[kept.streamId],
        );
        if (difference) checks.problems.push(`kept stream facts at position ${kept.position}: ${difference}`);
        compared += 1;
      }
      if (++events % 1000 === 0) progress.update(events);
    }
    progress.update(events);
    progress.stop();
    for (const at of pending) checks.problems.push(`projection ${at.kind} at position ${at.position} is beyond the last event`);
    for (const kept of keptFacts)
      checks.problems.push(`kept facts of ${kept.streamId} at position ${kept.position} are beyond the last event`);
  } finally {
    if (db.inTransaction) db.exec('COMMIT');
    db.close();
    stored.close();
  }
  report(io, { events, streams: checks.streams, compared, absent: stored.absent, problems: checks.problems });
}

function foldOne(
  projection: StreamFactsProjection,
  state: ReturnType<StreamFactsProjection['initialState']>,
  recorded: Parameters<typeof toDomainEvent>[0],
  problems: string[],
) {
  try {
    const { event, ref } = toDomainEvent(recorded);
    return projection.apply(state, event, ref);
  } catch (error) {
    problems.push(
      `event at position ${recorded.position} (${recorded.type}, stream ${recorded.streamId}) cannot be folded: ${(error as Error).message}`,
    );
    return state;
  }
}

function report(io: CliIo, r: { events: number; streams: number; compared: number; absent: string | null; problems: string[] }): void {
  const projections = r.absent ? `projections not compared: ${r.absent}` : `${r.compared} stored projection state(s) equal a rebuild`;
  if (r.problems.length === 0) {
    io.out(`OK: ${r.events} events in ${r.streams} streams, every stream gap-free, every event parses and folds; ${projections}.\n`);
    return;
  }
  io.err(`FAILED: ${r.problems.length} problem(s) in ${r.events} events:\n`);
  for (const problem of r.problems.slice(0, SHOWN)) io.err(`  - ${problem}\n`);
  if (r.problems.length > SHOWN) io.err(`  ... and ${r.problems.length - SHOWN} more\n`);
  throw new CliError('The store did not verify.');
}
