import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildService, type ServiceBuild } from '../support/service-process';

/**
 * A signing key too short to be safe (or empty, so that no token works) is refused before the
 * service listens, and `npm run token` says so too – each in a sentence, not a stack trace.
 * Real processes: what is tested is what an operator sees.
 */

const PROJECT_ROOT = resolve(__dirname, '../..');
const SHORT_KEY = 'only-twenty-bytes-xx';
const GOOD_KEY = 'k'.repeat(32);

interface Exit {
  code: number | null;
  output: string;
}

/** Runs a compiled script to its end (a refusal exits at once; a service that starts is killed after 20 s). */
function runToExit(script: string, args: string[], env: Record<string, string>): Promise<Exit> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_PATH: join(PROJECT_ROOT, 'node_modules'),
        PORT: '0',
        SEED_EXAMPLE: 'false',
        LOG_REQUESTS: 'false',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

describe('a signing key shorter than 32 bytes', () => {
  let build: ServiceBuild;
  let dir: string;
  const dataDirWithKey = (key: string): string => {
    const dataDir = mkdtempSync(join(dir, 'data-'));
    writeFileSync(join(dataDir, 'auth-secret'), `${key}\n`, { mode: 0o600 });
    return dataDir;
  };

  beforeAll(async () => {
    build = await buildService();
    dir = mkdtempSync(join(tmpdir(), 'cfm-signing-key-'));
  }, 180_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (build) rmSync(build.dir, { recursive: true, force: true });
  });

  const expectSentence = (exit: Exit, pattern: RegExp) => {
    expect(exit.code).toBe(1);
    expect(exit.output).toMatch(pattern);
    expect(exit.output).not.toMatch(/^\s+at /m);
  };

  it('in $DATA_DIR/auth-secret stops the service at start, saying which file and what to do', async () => {
    const dataDir = dataDirWithKey(SHORT_KEY);
    const exit = await runToExit(build.mainJs, [], { DATA_DIR: dataDir });
    expectSentence(exit, /Not starting: The signing key in .*auth-secret is 20 bytes long; it must be at least 32 bytes\. Delete the file/);
  });

  it('in an empty auth-secret file stops the service too', async () => {
    const exit = await runToExit(build.mainJs, [], { DATA_DIR: dataDirWithKey('') });
    expectSentence(exit, /is 0 bytes long; it must be at least 32 bytes/);
  });

  it('in JWT_SECRET stops the service at start', async () => {
    const exit = await runToExit(build.mainJs, [], { DATA_DIR: join(dir, 'unused'), JWT_SECRET: SHORT_KEY });
    expectSentence(exit, /Not starting: JWT_SECRET is 20 bytes long; it must be at least 32 bytes/);
  });

  it('makes `npm run token` print a sentence and exit 1, where a 32-byte key mints a token', async () => {
    const mintToken = join(build.dir, 'dist', 'auth', 'mint-token.js');
    const refused = await runToExit(mintToken, ['--role', 'admin'], { DATA_DIR: dataDirWithKey(SHORT_KEY) });
    expectSentence(refused, /The signing key in .*auth-secret is 20 bytes long/);

    const minted = await runToExit(mintToken, ['--role', 'admin'], { DATA_DIR: dataDirWithKey(GOOD_KEY) });
    expect(minted.code).toBe(0);
    expect(minted.output.trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });
});
