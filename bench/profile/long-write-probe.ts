/**
 * Where the slow 1 % of one client's writes to a long stream goes: builds the writes benchmark's
 * 25,000-event stream, runs its one-connection closed loop for 3 s, and prints the latency
 * percentiles beside the garbage collector's pauses in the same window (perf_hooks 'gc').
 *   node bench/dist/bench/profile/long-write-probe.js [file.cpuprofile]
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver } from 'node:perf_hooks';
import { CommandRunner } from '../../src/event-sourcing/command-runner';
import { randomIds, systemClock } from '../../src/event-sourcing/ids';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { forceFinanceDecider } from '../../src/force-finance/force-finance.decider';
import { forceFinanceStreamId } from '../../src/force-finance/force-finance.stream';
import type { ForceFinanceCommand } from '../../src/force-finance/force-finance.commands';
import { FinancialYear } from '../../src/common/financial-year';
import { Money } from '../../src/common/money';
import { BENCH_TOKEN, portOf, startService } from '../http/http-load.bench';
import { loadInWorker } from '../http/run-load';
import { ITEM_BODY, setUpForce } from '../http/write-load.bench';
import { makeTempDir } from '../support/temp-dir';

async function main(): Promise<void> {
  const dir = makeTempDir();
  const app = await startService(dir.file('probe'));
  try {
    const port = portOf(app);
    await setUpForce(port, 'long');
    const store = app.get<EventStore>(EVENT_STORE);
    const stream = forceFinanceStreamId('long');
    const decider = forceFinanceDecider.for({ forceName: 'Bench force long' });
    const setup = new CommandRunner(store, systemClock, randomIds);
    const year = FinancialYear.parse('2017/18', 'year');
    let written = (await store.readStream(stream)).length;
    while (written < 25_000) {
      const commands: ForceFinanceCommand[] = [];
      for (let i = 0; i < 500; i++, written++)
        commands.push(
          written <= 400
            ? {
                type: 'AddBudgetItem',
                itemId: `item-${written % 400}`,
                kind: 'saving',
                fromYear: year,
                amount: Money.parse('1000', 'a'),
                recurrence: 'recurring',
                description: `saving ${written}`,
              }
            : { type: 'ReviseBudgetItem', itemId: `item-${written % 400}`, amount: Money.parse(`${1000 + (written % 997)}`, 'a') },
        );
      await setup.runAll(decider, stream, commands, { actor: 'probe', correlationId: 'probe' });
    }
    const pauses: number[] = [];
    let measuring = false;
    const gc = new PerformanceObserver((list) => {
      if (measuring) for (const e of list.getEntries()) pauses.push(e.duration);
    });
    gc.observe({ entryTypes: ['gc'] });
    const job = {
      port,
      path: '',
      headers: { Authorization: `Bearer ${BENCH_TOKEN}` },
      connections: 1,
      warmupMs: 500,
      durationMs: 3000,
      expectStatus: 201,
      post: { paths: ['/forces/long/budget-items'], body: ITEM_BODY.replace('{n}', 'long {n}') },
    };
    setTimeout(() => (measuring = true), 500);
    const profileTo = process.argv[2];
    const session = new Session();
    if (profileTo) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    // Each group commit's time on the event loop (the fsync'd transaction), in the same window.
    const commits: number[] = [];
    const patched = store as unknown as { commitPending: () => void };
    const commit = patched.commitPending.bind(store);
    patched.commitPending = () => {
      const started = performance.now();
      commit();
      if (measuring) commits.push(performance.now() - started);
    };
    const result = await loadInWorker(job);
    if (profileTo) writeFileSync(profileTo, JSON.stringify((await session.post('Profiler.stop')).profile));
    measuring = false;
    gc.disconnect();
    const sorted = [...result.latenciesMs].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    console.log(
      `writes ${sorted.length}: median ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms, over 5 ms ${sorted.filter((x) => x > 5).length}`,
    );
    const slow = commits.filter((c) => c > 2).sort((a, b) => b - a);
    const cs = [...commits].sort((a, b) => a - b);
    console.log(
      `commits ${cs.length}: median ${cs[Math.floor(cs.length / 2)]?.toFixed(2)} ms, over 2 ms: ${slow.length} (${slow
        .slice(0, 15)
        .map((c) => c.toFixed(1))
        .join(', ')})`,
    );
    const long = pauses.filter((p) => p > 2).sort((a, b) => b - a);
    console.log(
      `gc pauses ${pauses.length}, total ${pauses.reduce((a, b) => a + b, 0).toFixed(1)} ms; over 2 ms: ${long.length} (${long
        .slice(0, 12)
        .map((p) => p.toFixed(1))
        .join(', ')})`,
    );
  } finally {
    await app.close();
    dir.remove();
  }
}

void main();
