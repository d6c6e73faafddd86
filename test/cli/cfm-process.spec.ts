import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { buildService, type ServiceBuild } from '../support/service-process';
import { TEST_JWT_SECRET } from '../support/test-app';

/** The bin package.json names, built from the same source as the service, run as its own process. */
describe('cfm as built (package.json bin)', () => {
  let build: ServiceBuild;
  let bin: string;
  let empty: string;
  beforeAll(async () => {
    build = await buildService();
    const pkg = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { bin: { cfm: string } };
    bin = join(dirname(build.mainJs), '..', pkg.bin.cfm);
    empty = mkdtempSync(join(tmpdir(), 'cfm-bin-'));
  }, 180_000);
  afterAll(() => {
    rmSync(build.dir, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
  });

  // Built into a temporary folder (never ./dist), so its packages are found through NODE_PATH.
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    new Promise<{ code: number; out: string; err: string }>((done) => {
      execFile(
        process.execPath,
        [bin, ...args],
        { env: { PATH: process.env.PATH, NODE_PATH: resolve(__dirname, '../../node_modules'), ...env } },
        (error, out, err) => done({ code: error ? Number(error.code) : 0, out, err }),
      );
    });

  it('is where package.json says, starts with a node shebang and answers --help', async () => {
    expect(existsSync(bin)).toBe(true);
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/verify \[options\]\s+\[on the store\]/);
    expect(help.out).toMatch(/export \[options\] <what>\s+\[through HTTP\]/);
  });

  it('mints a token without a build step, and exits 1 with a sentence where there is no store', async () => {
    const token = await run(['token', '--role', 'admin'], { JWT_SECRET: TEST_JWT_SECRET });
    expect(token.code).toBe(0);
    expect(token.out.trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const verify = await run(['verify', '--data-dir', empty]);
    expect(verify).toMatchObject({ code: 1, out: '' });
    expect(verify.err).toBe(`There is no event store at ${join(empty, 'events.db')}.\n`);
  });
});
