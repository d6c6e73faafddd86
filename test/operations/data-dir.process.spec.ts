import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TokenIssuer } from '../../src/auth/token-issuer';
import { buildService, freePort, killAllServices, ServiceProcess, type ServiceBuild } from '../support/service-process';

/**
 * What an operator meets on the data folder, with the real service as separate processes:
 * one process per SQLite store (and no stale lock after kill -9), private file modes, a damaged
 * projections.db healed on start, and start-up failures of the event store that say what to
 * do. No assertion depends on timing: waits are generous and only bound a hang.
 */
const JWT_SECRET = 'operations-test-secret-that-is-long-enough-0123456789';
const PROJECT_ROOT = resolve(__dirname, '../..');
const admin = `Bearer ${new TokenIssuer(JWT_SECRET).issue({ subject: 'ops-test', role: 'admin' })}`;

async function call(
  service: { url: string },
  method: 'GET' | 'POST',
  path: string,
  body?: object,
): Promise<{ status: number; text: string; json: Record<string, unknown> }> {
  const res = await fetch(`${service.url}${path}`, {
    method,
    headers: { Authorization: admin, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  return { status: res.status, text, json: text.startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

async function post(service: ServiceProcess, path: string, body: object): Promise<Record<string, unknown>> {
  const res = await call(service, 'POST', path, body);
  if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${res.text}`);
  return res.json;
}

/** Starts the built service expecting it to refuse: resolves with its exit code and everything it printed. */
async function runUntilExit(
  build: ServiceBuild,
  dataDir: string,
  env: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<{ code: number | null; output: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [build.mainJs], {
    cwd: dataDir,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_PATH: join(PROJECT_ROOT, 'node_modules'),
      DATA_DIR: dataDir,
      PORT: String(port),
      JWT_SECRET,
      SEED_EXAMPLE: 'false',
      LOG_REQUESTS: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
  return new Promise((done, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The service was expected to exit but still ran after ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

/**
 * Starts the built service and keeps everything it prints (ServiceProcess keeps only the last
 * 20 kB, and Nest's route listing pushes the first lines out). Resolves once /health answers.
 */
async function startKeepingLog(
  build: ServiceBuild,
  dataDir: string,
): Promise<{ url: string; log: () => string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [build.mainJs], {
    cwd: dataDir,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_PATH: join(PROJECT_ROOT, 'node_modules'),
      DATA_DIR: dataDir,
      PORT: String(port),
      JWT_SECRET,
      SEED_EXAMPLE: 'false',
      LOG_REQUESTS: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The service exited (code ${child.exitCode}):\n${output}`);
    const ok = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, log: () => output, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`The service did not become healthy within 60 s:\n${output}`);
}

/** The JSON log lines of some output (other lines, such as a banner, are skipped). */
function logLines(output: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('the data folder, operated on by real processes', () => {
  let build: ServiceBuild;
  const dirs: string[] = [];
  const newDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfm-ops-'));
    dirs.push(dir);
    return dir;
  };
  const start = (dataDir: string, env: Record<string, string> = {}) =>
    ServiceProcess.start({ mainJs: build.mainJs, dataDir, jwtSecret: JWT_SECRET, env, startTimeoutMs: 60_000 });

  beforeAll(async () => {
    build = await buildService(240_000);
  }, 300_000);

  afterAll(async () => {
    await killAllServices();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    if (build) rmSync(build.dir, { recursive: true, force: true });
  });

  it('refuses a second process on the same store, naming the first and the path; after kill -9 the store starts again', async () => {
    const dataDir = newDir();
    const first = await start(dataDir);
    await post(first, '/forces', { code: 'herts', name: 'Hertfordshire Constabulary' });

    const second = await runUntilExit(build, dataDir);
    expect(second.code).toBe(1);
    const eventsDb = join(dataDir, 'events.db');
    expect(second.output).toContain(`already in use by process ${first.pid}`);
    expect(second.output).toContain(eventsDb);
    // The first is untouched and still the only writer.
    expect((await call(first, 'GET', '/health')).status).toBe(200);
    await post(first, '/forces', { code: 'beds', name: 'Bedfordshire Police' });

    await first.kill('SIGKILL');
    const third = await start(dataDir);
    const forces = await call(third, 'GET', '/forces');
    expect(forces.text).toContain('herts');
    expect(forces.text).toContain('beds');
    await third.kill('SIGTERM');
  }, 240_000);

  it('listens on every address: IPv4 loopback, and IPv6 loopback where the machine has it', async () => {
    const service = await startKeepingLog(build, newDir());
    try {
      const port = new URL(service.url).port;
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
      const hasIpv6Loopback = Object.values(networkInterfaces()).some((addresses) => addresses?.some((a) => a.address === '::1'));
      if (hasIpv6Loopback) expect((await fetch(`http://[::1]:${port}/health`)).status).toBe(200);
    } finally {
      await service.stop();
    }
  }, 120_000);

  it('stops with exit 1 and a sentence when BODY_LIMIT cannot be read', async () => {
    const { code, output } = await runUntilExit(build, newDir(), { BODY_LIMIT: 'lots' });
    expect(code).toBe(1);
    const [line] = logLines(output).filter((l) => l.level === 'error' || l.level === 'fatal');
    expect(line.msg).toContain('BODY_LIMIT must be a size such as 256kb, 1mb or 300000 (bytes) ("lots" given)');
  }, 120_000);

  it('creates the data folder 0700 and every file in it 0600', async () => {
    const parent = newDir();
    const dataDir = join(parent, 'new-data');
    // Started in the parent (the process's working folder must exist), on a data folder it creates,
    // without JWT_SECRET so that the signing key is generated there too.
    const service = await start(parent, { DATA_DIR: dataDir, JWT_SECRET: '' });
    expect((await call(service, 'GET', '/health')).status).toBe(200);
    const files = readdirSync(dataDir);
    expect(files).toEqual(
      expect.arrayContaining([
        'events.db',
        'events.db-wal',
        'events.db-shm',
        'events.db.lock',
        'projections.db',
        'projections.db-wal',
        'projections.db-shm',
        'auth-secret',
      ]),
    );
    const modes = Object.fromEntries(files.map((f) => [f, (statSync(join(dataDir, f)).mode & 0o777).toString(8)]));
    expect(modes).toEqual(Object.fromEntries(files.map((f) => [f, '600'])));
    expect((statSync(dataDir).mode & 0o777).toString(8)).toBe('700');
    await service.kill('SIGTERM');
  }, 240_000);

  it('moves a damaged projections.db aside on start, says so in one line, and answers as-of reads as before', async () => {
    const dataDir = newDir();
    const service = await start(dataDir);
    await post(service, '/forces', { code: 'herts', name: 'Hertfordshire Constabulary' });
    await post(service, '/forces/herts/plan-period', { firstYear: '2016/17', lastYear: '2019/20' });
    let middle = '';
    for (let i = 0; i < 80; i++) {
      const written = await post(service, '/forces/herts/budget-items', {
        kind: 'cost_pressure',
        fromYear: '2017/18',
        amount: `${1000 + i}.00`,
        recurrence: 'recurring',
        description: `Item ${i}: ${'a pressure worth describing at some length '.repeat(3)}`,
      });
      if (i === 40) middle = String(written.position);
    }
    await post(service, '/forces', { code: 'beds', name: 'Bedfordshire Police' });
    const reads = ['/forces', `/forces?asOf=${middle}`, `/forces/herts/finance?asOf=${middle}`, '/forces/herts/finance'];
    const before = await Promise.all(reads.map((p) => call(service, 'GET', p)));
    expect(before.map((r) => r.status)).toEqual(reads.map(() => 200));
    await service.kill('SIGTERM'); // a clean stop writes the checkpoint into projections.db itself

    // dd over a few pages past the header: the tables' first pages are there.
    const path = join(dataDir, 'projections.db');
    const size = statSync(path).size;
    expect(size).toBeGreaterThanOrEqual(4096 * 5);
    const fd = openSync(path, 'r+');
    writeSync(fd, randomBytes(4096 * 3), 0, 4096 * 3, 4096);
    closeSync(fd);

    const restarted = await startKeepingLog(build, dataDir);
    try {
      const aside = readdirSync(dataDir).filter((f) => f.startsWith('projections.db.corrupt-'));
      expect(aside).toHaveLength(1);
      const healed = logLines(restarted.log()).filter((l) =>
        /^The projection store .* moved it aside to .* rebuilding the read models from the events\.$/.test(String(l.msg)),
      );
      expect(healed).toHaveLength(1);
      expect(healed[0]).toMatchObject({ level: 'warn', context: 'Projections' });
      expect(String(healed[0].msg)).toContain(join(dataDir, aside[0]));

      const after = await Promise.all(reads.map((p) => call(restarted, 'GET', p)));
      expect(after.map((r) => `${r.status} ${r.text}`)).toEqual(before.map((r) => `${r.status} ${r.text}`));
      expect(JSON.parse((await call(restarted, 'GET', '/health')).text)).toMatchObject({ status: 'ok' });
    } finally {
      await restarted.stop();
    }
  }, 240_000);

  it('stops with exit 1 and one line naming the file, the problem and what to do when events.db is damaged', async () => {
    const dataDir = newDir();
    writeFileSync(join(dataDir, 'events.db'), randomBytes(64 * 1024));
    const { code, output } = await runUntilExit(build, dataDir);
    expect(code).toBe(1);
    const [line] = logLines(output).filter((l) => l.level === 'error' || l.level === 'fatal');
    expect(line.msg).toContain(join(dataDir, 'events.db'));
    expect(line.msg).toContain('SQLITE_NOTADB');
    expect(line.msg).toMatch(/restore it from your latest backup/);
    expect(line.error).toMatchObject({
      name: 'EventStoreStartupError',
      path: join(dataDir, 'events.db'),
      code: 'SQLITE_NOTADB',
      stack: expect.stringContaining('EventStoreStartupError'),
    });
    // Nothing was done to the file.
    expect(statSync(join(dataDir, 'events.db')).size).toBe(64 * 1024);
  }, 120_000);

  it('stops with exit 1 and says what to do when the event store path cannot be used', async () => {
    const dataDir = newDir();
    writeFileSync(join(dataDir, 'not-a-folder'), 'x');
    const path = join(dataDir, 'not-a-folder', 'events.db');
    const { code, output } = await runUntilExit(build, dataDir, { EVENT_STORE_PATH: path });
    expect(code).toBe(1);
    const [line] = logLines(output).filter((l) => l.level === 'error' || l.level === 'fatal');
    expect(line.msg).toContain(path);
    expect(line.msg).toMatch(/DATA_DIR or EVENT_STORE_PATH/);
    expect(existsSync(path)).toBe(false);
  }, 120_000);
});
