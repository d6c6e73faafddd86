import { ProjectionStore } from '../../src/projections/projection-store';
import { FACTS, type FactsRunner } from '../../src/projections/projections.module';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The projection store failing under a running service, through HTTP: a disk error on a
 * checkpoint write (or a damaged snapshot on an "as at" read) must not crash the process or
 * answer 500. The service keeps serving right answers, /health says "degraded" and why, and
 * once the store works again the next try saves and /health is "ok".
 * The fault is injected into the store object, since root can write a read-only file.
 */
function diskError(): Error {
  return Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
}

/** Polls until `check` passes; only bounds a hang, asserts nothing about time. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!check(last)) {
    if (Date.now() > deadline) throw new Error(`Waited ${timeoutMs} ms for ${what}; last seen: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}

describe('a failing projection store under a running service', () => {
  let t: TestApp;
  let store: ProjectionStore;
  const original = {
    saveCheckpoint: ProjectionStore.prototype.saveCheckpoint,
  };

  beforeAll(async () => {
    t = await startTestApp();
    store = t.app.get(ProjectionStore);
  });
  afterAll(async () => {
    await t?.close();
  });

  const health = async () =>
    (await t.anonymous().get('/health').expect(200)).body as {
      status: string;
      reasons?: string[];
      headPosition: string;
      projections: Array<{ storeProblems: unknown[] }>;
    };

  it('keeps serving when checkpoints cannot be written, reports "degraded" with the reason, and recovers', async () => {
    await t.http().post('/forces').send({ code: 'herts', name: 'Hertfordshire Constabulary' }).expect(201);
    expect((await health()).status).toBe('ok');

    let failures = 0;
    store.saveCheckpoint = () => {
      failures++;
      throw diskError();
    };
    await t.http().post('/forces').send({ code: 'beds', name: 'Bedfordshire Police' }).expect(201);

    const degraded = await eventually(health, (h) => h.status === 'degraded', '/health to say degraded');
    expect(degraded.reasons).toEqual([expect.stringMatching(/could not write checkpoint \(disk I\/O error\)/)]);
    expect(degraded.projections[0].storeProblems).toEqual([
      expect.objectContaining({ operation: 'write checkpoint', reason: 'disk I/O error' }),
    ]);
    expect(failures).toBeGreaterThanOrEqual(1);

    // Still serving, from memory, reads and writes alike.
    await t.http().post('/forces').send({ code: 'cambs', name: 'Cambridgeshire Constabulary' }).expect(201);
    const forces = await t.http().get('/forces').expect(200);
    expect(JSON.stringify(forces.body)).toEqual(expect.stringContaining('cambs'));

    store.saveCheckpoint = original.saveCheckpoint;
    // The retry comes after a pause (5 s by default): wait for it, however slow the machine.
    const recovered = await eventually(health, (h) => h.status === 'ok', '/health to be ok again after the store recovered');
    const facts = t.app.get<FactsRunner>(FACTS).projection;
    expect(store.loadCheckpoint(facts.name, facts.version)?.position.toString()).toBe(recovered.headPosition);
  });

  it.each([
    ['the kept stream facts cannot be found', 'latestAtOrBefore'],
    ["a stream's kept facts cannot be read when the answer reads them", 'facts'],
  ] as const)('answers "as at" reads from the events when %s: same answer, not 500', async (_what, method) => {
    const head = BigInt((await health()).headPosition);
    const past = `/forces?asOf=${head - 1n}`;
    const expected = await t.http().get(past).expect(200);

    const kept = store.streamSnapshots;
    const originalMethod = kept[method];
    kept[method] = () => {
      throw Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
    };
    try {
      const res = await t.http().get(past);
      expect(res.status).toBe(200);
      expect(res.text).toBe(expected.text);
      const h = await health();
      expect(h.status).toBe('degraded');
      expect(h.reasons).toEqual([expect.stringMatching(/could not read snapshot \(database disk image is malformed\)/)]);
    } finally {
      (kept as unknown as Record<string, unknown>)[method] = originalMethod;
    }
    await t.http().get(past).expect(200);
    expect((await health()).status).toBe('ok');
  });
});
