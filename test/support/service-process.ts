import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The real service as a separate operating-system process, for tests that must kill it
 * (SIGKILL, no shutdown hooks) and start it again on the same files. Built with the project's
 * own TypeScript into a temporary folder, never into ./dist.
 */

const PROJECT_ROOT = resolve(__dirname, '../..');
/** Every child started by this module, so a failing test still leaves none behind. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface ServiceBuild {
  dir: string;
  mainJs: string;
}

/**
 * Compiles src/ with tsconfig.build.json into `<tmp>/dist`, without type-checking (--noCheck:
 * the typecheck script does that; this only needs the JavaScript, twice as fast).
 */
export async function buildService(timeoutMs = 120_000): Promise<ServiceBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'cfm-build-'));
  const outDir = join(dir, 'dist');
  const tsc = join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const { code, output } = await runToEnd(
    process.execPath,
    [tsc, '-p', join(PROJECT_ROOT, 'tsconfig.build.json'), '--outDir', outDir, '--noCheck'],
    timeoutMs,
  );
  const mainJs = join(outDir, 'main.js');
  if (code !== 0 || !existsSync(mainJs)) throw new Error(`tsc could not build the service (exit ${code}):\n${output}`);
  return { dir, mainJs };
}

/** A port nothing listens on now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface ServiceOptions {
  mainJs: string;
  dataDir: string;
  jwtSecret: string;
  /** Extra environment, e.g. PROJECTION_STORE_PATH for a rebuild from zero. */
  env?: Record<string, string>;
  startTimeoutMs?: number;
}

export class ServiceProcess {
  private exited: Promise<void>;
  private output = '';

  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
  ) {
    running.add(child);
    child.stdout?.on('data', (chunk: Buffer) => this.keep(chunk));
    child.stderr?.on('data', (chunk: Buffer) => this.keep(chunk));
    this.exited = new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
    }).then(() => {
      running.delete(child);
    });
  }

  /** Starts the service on a free port and waits until /health answers; retries once on a port taken meanwhile. */
  static async start(options: ServiceOptions): Promise<ServiceProcess> {
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      const child = spawn(process.execPath, [options.mainJs], {
        cwd: options.dataDir,
        env: {
          PATH: process.env.PATH ?? '',
          // The build lives outside the project: resolve packages from the project's node_modules.
          NODE_PATH: join(PROJECT_ROOT, 'node_modules'),
          DATA_DIR: options.dataDir,
          PORT: String(port),
          JWT_SECRET: options.jwtSecret,
          SEED_EXAMPLE: 'false',
          RATE_LIMIT_PER_MINUTE: '1000000',
          RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE: '1000000',
          LOG_REQUESTS: 'false',
          ...options.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const service = new ServiceProcess(child, port);
      try {
        await service.waitUntilHealthy(options.startTimeoutMs ?? 30_000);
        return service;
      } catch (error) {
        lastError = error;
        await service.kill();
        if (!/EADDRINUSE/.test(service.output)) break;
      }
    }
    throw lastError;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** What the process printed (the last 20 kB), for failure messages. */
  get log(): string {
    return this.output;
  }

  get isRunning(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Kills the process (SIGKILL unless told otherwise: no shutdown hooks run) and waits until it has gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.isRunning) this.child.kill(signal);
    await this.exited;
  }

  private keep(chunk: Buffer): void {
    this.output = (this.output + chunk.toString('utf8')).slice(-20_000);
  }

  private async waitUntilHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.isRunning)
        throw new Error(
          `The service exited before it was healthy (code ${this.child.exitCode}, signal ${this.child.signalCode}):\n${this.output}`,
        );
      try {
        const res = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(2_000) });
        if (res.ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`The service did not become healthy within ${timeoutMs} ms:\n${this.output}`);
  }
}

/** Kills every service process this module started that is still running. */
export async function killAllServices(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGKILL');
        }),
    ),
  );
}

function runToEnd(command: string, args: string[], timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((done, reject) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      if (signal) reject(new Error(`${command} ${args.join(' ')} was stopped (${signal}) after ${timeoutMs} ms:\n${output}`));
      else done({ code, output });
    });
  });
}
