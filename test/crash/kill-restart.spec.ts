import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildService, killAllServices, ServiceProcess, type ServiceBuild } from '../support/service-process';
import { FORCES, JWT_SECRET, get, nextWrite, pause, post, readModels, trail, type Ack, type TrailEvent, type Write } from './crash-load';

/**
 * Crash safety, with the real service as a separate process on a temporary SQLite store.
 * Each round, eight writers post budget items, reserve movements, new forces, unit budgets and
 * savings forecasts, each with its own Idempotency-Key; once enough writes have been
 * acknowledged, at a random moment, the process is killed with SIGKILL (no shutdown hooks) and
 * started again on the same files. Then:
 *   - every write acknowledged with a 2xx before any kill is in the audit trail, all its events,
 *     under its key, at the revision it was answered with;
 *   - every stream's revisions run 0..n without a gap (no half-written append);
 *   - the projections the restarted process answers with equal a rebuild from zero (a second
 *     process on a copy of the events with an empty projection store);
 *   - a write that was in flight at the kill, retried with its key, is recorded exactly once.
 */
const ROUNDS = 10;
const WRITERS = 8;

describe('crash safety: SIGKILL mid-load, restart on the same files', () => {
  let build: ServiceBuild;
  let dataDir: string;
  let service: ServiceProcess;
  const acks: Ack[] = [];
  const streams = new Set<string>();
  let inFlightTotal = 0;

  const start = (env: Record<string, string> = {}) => ServiceProcess.start({ mainJs: build.mainJs, dataDir, jwtSecret: JWT_SECRET, env });

  beforeAll(async () => {
    build = await buildService();
    dataDir = mkdtempSync(join(tmpdir(), 'cfm-crash-'));
    service = await start();
    const seed = async (path: string, body: object) => {
      const res = await post(service, path, body);
      if (res.status !== 201) throw new Error(`Seeding ${path}: ${res.status} ${res.text}`);
    };
    for (const [code, name] of [
      ['herts', 'Hertfordshire Constabulary'],
      ['beds', 'Bedfordshire Police'],
      ['cambs', 'Cambridgeshire Constabulary'],
    ]) {
      await seed('/forces', { code, name });
      await seed(`/forces/${code}/plan-period`, { firstYear: '2016/17', lastYear: '2019/20' });
      await seed(`/forces/${code}/budgets`, {
        year: '2016/17',
        lines: [
          { code: 'PAY', name: 'Pay', kind: 'pay', amount: '150000000.00' },
          { code: 'NONPAY', name: 'Non-pay', kind: 'non_pay', amount: '40000000.00' },
        ],
      });
      await seed(`/forces/${code}/tax-base`, { year: '2016/17', bandDEquivalents: '420000' });
      await seed(`/forces/${code}/precepts`, { year: '2016/17', bandD: '147.00', status: 'approved' });
      await seed(`/forces/${code}/reserves`, {
        reserveId: 'budget-support',
        name: 'Budget support reserve',
        kind: 'earmarked',
        openingBalance: '25300000.00',
        asAtYear: '2016/17',
      });
    }
    await seed('/alliances', { code: 'bch', name: 'BCH', members: FORCES.map((force) => ({ force, fromYear: '2012/13' })) });
    for (const force of FORCES) await seed(`/forces/${force}/alliance-invitations/bch/accept`, {});
    await seed('/alliances/bch/units', {
      code: 'jps',
      name: 'Joint Protective Services',
      leadForce: 'beds',
      category: 'protective_services',
    });
    await seed('/alliances/bch/units/jps/cost-shares', {
      fromYear: '2012/13',
      basis: {
        kind: 'fixed',
        percentages: [
          { force: 'beds', share: '0.3' },
          { force: 'cambs', share: '0.3' },
          { force: 'herts', share: '0.4' },
        ],
      },
    });
    await seed('/alliances/bch/programmes', {
      code: 'jps-savings',
      name: 'JPS savings',
      unit: 'jps',
      cashable: true,
      startYear: '2016/17',
    });
  }, 180_000);

  afterAll(async () => {
    await killAllServices();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (build) rmSync(build.dir, { recursive: true, force: true });
  });

  /** Eight writers until the process is killed, after at least `killAfterAcks` acknowledged writes and a random pause. */
  async function loadUntilKilled(round: number, killAfterAcks: number): Promise<{ roundAcks: Ack[]; inFlight: Write[] }> {
    const roundAcks: Ack[] = [];
    const inFlight: Write[] = [];
    const refused: string[] = [];
    let killed = false;
    let killing: Promise<void> | null = null;
    const killSoon = async () => {
      await pause(Math.random() * 40);
      const exit = service.kill('SIGKILL');
      killed = true;
      await exit;
    };
    const writer = async (w: number) => {
      for (let n = 0; !killed; n++) {
        const write = nextWrite(round, w, n);
        try {
          const res = await post(service, write.path, write.body, write.key);
          if (res.status < 200 || res.status > 299) {
            refused.push(`${write.path} ${res.status} ${res.text}`);
            continue;
          }
          const events = res.body.events as Array<{ id: string }>;
          roundAcks.push({
            key: write.key,
            stream: String(res.body.stream),
            revision: String(res.body.revision),
            eventIds: events.map((e) => e.id),
          });
          if (roundAcks.length >= killAfterAcks && !killing) killing = killSoon();
        } catch (error) {
          if (!killed && service.isRunning) throw error;
          inFlight.push(write);
          return;
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    await killing;
    expect({ round, refused }).toEqual({ round, refused: [] });
    return { roundAcks, inFlight };
  }

  /** All acknowledged writes present, whole, under their keys; every stream gap-free. */
  async function expectEverythingAcknowledged(on: ServiceProcess, round: number): Promise<void> {
    const byStream = new Map<string, TrailEvent[]>();
    const trails = await Promise.all([...streams].map(async (stream) => [stream, await trail(on, stream)] as const));
    for (const [stream, events] of trails) {
      expect({ stream, revisions: events.map((e) => e.revision) }).toEqual({ stream, revisions: events.map((_, i) => String(i)) });
      expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
      const positions = events.map((e) => BigInt(e.position));
      expect(positions.every((p, i) => i === 0 || p > positions[i - 1])).toBe(true);
      byStream.set(stream, events);
    }
    const missing: string[] = [];
    for (const ack of acks) {
      const events = byStream.get(ack.stream) ?? [];
      const recorded = events.filter((e) => ack.eventIds.includes(e.id));
      const whole = recorded.length === ack.eventIds.length && recorded.every((e) => e.metadata.idempotencyKey === ack.key);
      if (!whole || recorded[recorded.length - 1]?.revision !== ack.revision)
        missing.push(`${ack.key} on ${ack.stream} (${recorded.length}/${ack.eventIds.length} events)`);
    }
    expect({ round, missing }).toEqual({ round, missing: [] });
  }

  it(`keeps every acknowledged write and rebuilds the same projections over ${ROUNDS} kill/restart rounds`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { roundAcks, inFlight } = await loadUntilKilled(round, 10 + Math.floor(Math.random() * 30));
      expect(service.isRunning).toBe(false);
      acks.push(...roundAcks);
      for (const ack of roundAcks) streams.add(ack.stream);
      inFlightTotal += inFlight.length;

      // Restart on the same files and, beside it, a process that rebuilds its projections from zero
      // on a copy of the events (one process per SQLite store: the second may not share the file).
      // Copied while no process has them open, the file and its WAL are the store as the kill left it.
      const rebuildDir = mkdtempSync(join(tmpdir(), 'cfm-rebuild-'));
      for (const file of ['events.db', 'events.db-wal']) {
        if (existsSync(join(dataDir, file))) copyFileSync(join(dataDir, file), join(rebuildDir, file));
      }
      const [restarted, rebuilt] = await Promise.all([start(), start({ DATA_DIR: rebuildDir })]);
      service = restarted;
      try {
        await expectEverythingAcknowledged(service, round);
        const head = JSON.parse((await get(service, '/health')).text).headPosition as string;
        const past = String(BigInt(head) / 2n);
        const [afterRestart, fromZero] = await Promise.all([readModels(service, past), readModels(rebuilt, past)]);
        expect(
          Object.entries(afterRestart)
            .filter(([, answer]) => !answer.startsWith('200 '))
            .map(([path]) => path),
        ).toEqual([]);
        expect(afterRestart).toEqual(fromZero);
      } finally {
        await rebuilt.kill();
        rmSync(rebuildDir, { recursive: true, force: true });
      }

      // A write whose answer the crash swallowed is safe to retry with its key: recorded exactly once.
      for (const write of inFlight) {
        const res = await post(service, write.path, write.body, write.key);
        expect({ key: write.key, status: res.status }).toEqual({ key: write.key, status: 201 });
        const stream = String(res.body.stream);
        const ids = (res.body.events as Array<{ id: string }>).map((e) => e.id);
        const withKey = (await trail(service, stream)).filter((e) => e.metadata.idempotencyKey === write.key);
        expect(withKey.map((e) => e.id)).toEqual(ids);
        acks.push({ key: write.key, stream, revision: String(res.body.revision), eventIds: ids });
        streams.add(stream);
      }
    }
    // The kills really did land mid-load: writes were in flight when the process died.
    expect(inFlightTotal).toBeGreaterThanOrEqual(ROUNDS);
    expect(acks.length).toBeGreaterThanOrEqual(ROUNDS * 10);
    await expectEverythingAcknowledged(service, ROUNDS);
  }, 300_000);
});
