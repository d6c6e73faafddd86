import { compare, formatMs, type Figure } from '../support/report';
import { elapsedMs, medianOf, now, settle, sleep } from '../support/timing';
import { RawSqliteEvents } from '../event-store/raw-sqlite-events';
import type { ReadSide } from './warm-projections';

/**
 * Issue 3: rebuilding the projections from zero (ProjectionRunner.rebuild on the store of the
 * whole history) beside raw better-sqlite3 reading the same rows and parsing their JSON – the
 * floor any rebuild has to stand on. Alternating rounds; medians shown. Leaves the runner
 * rebuilt and live.
 */
export async function rebuildBenchmark(
  readSide: ReadSide,
  events: number,
  rounds: number,
  page: number,
  log: (line: string) => void,
): Promise<{ figure: Figure; data: Record<string, unknown> }> {
  const raw = await RawSqliteEvents.open(readSide.path);
  const rebuildMs: number[] = [];
  const rawMs: number[] = [];
  const rebuild = async () => {
    await settle();
    const start = now();
    await readSide.runner.rebuild();
    rebuildMs.push(elapsedMs(start));
    // Its last checkpoint is saved shortly after it is caught up: let that happen outside any timing.
    await sleep(600);
  };
  const rawRead = async () => {
    await settle();
    const start = now();
    const count = raw.readAll(page, () => undefined);
    rawMs.push(elapsedMs(start));
    if (count !== events) throw new Error(`raw read ${count} events, expected ${events}`);
  };

  log('  rebuilding (warm-up) ...');
  await readSide.runner.rebuild();
  await sleep(600);
  raw.readAll(page, () => undefined);
  rebuildMs.length = 0;
  rawMs.length = 0;
  for (let r = 0; r < rounds; r++) {
    log(`  rebuild round ${r + 1} of ${rounds} ...`);
    if (r % 2 === 0) {
      await rebuild();
      await rawRead();
    } else {
      await rawRead();
      await rebuild();
    }
  }
  raw.close();
  const view = await readSide.runner.view();
  const streams = Object.keys(view.state.streams).length;
  const stateBytes = Buffer.byteLength(JSON.stringify(view.state));
  const rate = (ms: readonly number[]) => events / (medianOf([...ms]) / 1000);
  const figure = compare(
    3,
    'projection-rebuild',
    `Rebuild the projections from zero: ${events.toLocaleString('en-GB')} events (issue 15, aim 6: at least 50 % of the raw read-and-parse rate)`,
    {
      label: `ProjectionRunner.rebuild() (stream-facts, the real folds) until caught up; median of ${rebuildMs.map((ms) => formatMs(ms)).join(', ')}`,
      measurement: {
        kind: 'throughput',
        perSecond: rate(rebuildMs),
        unit: 'events/s',
        count: events,
        rounds: rebuildMs.map((ms) => events / (ms / 1000)),
      },
    },
    {
      label: `raw better-sqlite3 reading the same ${events.toLocaleString('en-GB')} rows (pages of ${page}) + JSON.parse; median of ${rawMs.map((ms) => formatMs(ms)).join(', ')}`,
      measurement: {
        kind: 'throughput',
        perSecond: rate(rawMs),
        unit: 'events/s',
        count: events,
        rounds: rawMs.map((ms) => events / (ms / 1000)),
      },
    },
    {
      aimAtLeast: 0.5,
      notes: [
        `${streams} streams (registrations, finance, alliance); folded state ${(stateBytes / 2 ** 20).toFixed(1)} MiB as JSON; checkpoints and snapshots written as the runner writes them`,
        `${rounds} alternating rounds after a warm-up rebuild; each rebuild's final idle checkpoint is left out of its time`,
      ],
    },
  );
  return { figure, data: { rebuildEvents: events, rebuildStreams: streams, stateJsonBytes: stateBytes } };
}
