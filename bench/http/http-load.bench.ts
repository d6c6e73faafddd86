import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import type { INestApplication } from '@nestjs/common';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app.factory';
import type { AnswerCache } from '../../src/http/answer-cache/answer-cache';
import { ANSWER_CACHE } from '../../src/http/answer-cache/answer-cache.interceptor';
import { TokenIssuer } from '../../src/auth/token-issuer';
import { loadConfig, type AppConfig } from '../../src/config/app-config';
import { currentLoad } from '../support/machine';
import { compare, formatMs, formatRatio, type Figure } from '../support/report';
import { settle, sleep } from '../support/timing';
import { startPlainServer, type PlainAnswer } from './plain-server';
import { loadInWorker } from './run-load';
import { combineRuns, type LoadResult } from './load-generator';

export interface HttpLoadOptions {
  connections: number;
  warmupMs: number;
  durationMs: number;
}

const SECRET = 'bench-secret-that-is-long-enough-for-hs256-0123456789';

/** One endpoint under load: what is asked, and what the issue aims at. */
interface Target {
  id: string;
  title: string;
  path: string;
  /** With the caller's token. */
  authenticated: boolean;
  /** A conditional GET with the ETag of the first answer: a 304. */
  conditional?: boolean;
  aim: { share: number; p99AtMost?: number };
}

export const HTTP_TARGETS: Target[] = [
  {
    id: 'http-mtfp',
    title: 'GET /forces/herts/mtfp?from=2016/17&years=4 under load',
    path: '/forces/herts/mtfp?from=2016/17&years=4',
    authenticated: true,
    aim: { share: 0.5, p99AtMost: 2 },
  },
  {
    id: 'http-precept-options',
    title: 'GET /forces/herts/precept-options?year=2017/18 under load',
    path: '/forces/herts/precept-options?year=2017/18',
    authenticated: true,
    aim: { share: 0.5, p99AtMost: 2 },
  },
  {
    id: 'http-benefits-realisation',
    title: 'GET /alliances/bch/benefits-realisation under load',
    path: '/alliances/bch/benefits-realisation',
    authenticated: true,
    aim: { share: 0.5, p99AtMost: 2 },
  },
  { id: 'http-health', title: 'GET /health under load', path: '/health', authenticated: false, aim: { share: 0.3 } },
  {
    id: 'http-mtfp-304',
    title: 'GET /forces/herts/mtfp?from=2016/17&years=4 with If-None-Match (304) under load',
    path: '/forces/herts/mtfp?from=2016/17&years=4',
    authenticated: true,
    conditional: true,
    aim: { share: 0.5 },
  },
];

/** The real application (createApp, as in production) on a fresh store holding the worked example. */
export async function startService(dataDir: string, overrides: Partial<AppConfig> = {}): Promise<INestApplication> {
  mkdirSync(dataDir, { recursive: true });
  const config: AppConfig = {
    ...loadConfig({ DATA_DIR: dataDir }),
    jwtSecret: SECRET,
    seedExampleWhenEmpty: true,
    logRequests: false,
    rateLimitPerMinute: 100_000_000,
    ...overrides,
  };
  const app = await createApp(config, { quiet: true });
  await app.listen(0, '127.0.0.1');
  return app;
}

export function portOf(app: INestApplication): number {
  return (app.getHttpServer().address() as AddressInfo).port;
}

export const BENCH_TOKEN = new TokenIssuer(SECRET).issue({ subject: 'bench', role: 'admin' });

/** Requests the service has not finished answering, and a wait until there are none. */
function countInFlight(app: INestApplication): { drained: () => Promise<void> } {
  let open = 0;
  (app.getHttpServer() as Server).on('request', (_req: IncomingMessage, res: ServerResponse) => {
    open++;
    res.once('close', () => open--);
  });
  return {
    drained: async () => {
      while (open > 0) await sleep(50);
    },
  };
}

/** The answer the service gives once, so the plain server can serve the very same bytes. */
async function firstAnswer(port: number, target: Target): Promise<PlainAnswer & { etag: string | null }> {
  const headers: Record<string, string> = target.authenticated ? { Authorization: `Bearer ${BENCH_TOKEN}` } : {};
  const res = await fetch(`http://127.0.0.1:${port}${target.path}`, { headers });
  const body = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) throw new Error(`${target.path} answered ${res.status}: ${body.toString().slice(0, 300)}`);
  return { status: 200, contentType: res.headers.get('content-type') ?? 'application/json', body, etag: res.headers.get('etag') };
}

function summary(result: LoadResult, connections: number) {
  const at = (q: number) => result.latenciesMs[Math.max(0, Math.ceil(q * result.latenciesMs.length) - 1)] ?? NaN;
  return { kind: 'load' as const, perSecond: result.perSecond, connections, requests: result.requests, medianMs: at(0.5), p99Ms: at(0.99) };
}

/**
 * Issue 15: each answer at `connections` concurrent keep-alive clients, beside plain node:http
 * serving the same bytes (status, Content-Type, body) in the same run and process. The 304 is
 * compared with plain node:http's tiny body (/health's bytes), as the issue's aim states.
 */
export async function httpLoadBenchmarks(
  dataDir: string,
  options: HttpLoadOptions,
  log: (line: string) => void,
  targets: readonly Target[] = HTTP_TARGETS,
): Promise<{ figures: Figure[]; data: Record<string, unknown> }> {
  const app = await startService(dataDir);
  const plain = await startPlainServer();
  const figures: Figure[] = [];
  const data: Record<string, unknown> = {};
  try {
    const port = portOf(app);
    const inFlight = countInFlight(app);
    const health = await firstAnswer(port, { ...HTTP_TARGETS[3] });
    for (const target of targets) {
      const answer = await firstAnswer(port, target);
      const headers: Record<string, string> = target.authenticated ? { Authorization: `Bearer ${BENCH_TOKEN}` } : {};
      if (target.conditional) {
        if (!answer.etag) throw new Error(`${target.path} gave no ETag to make a conditional request with`);
        headers['If-None-Match'] = answer.etag;
      }
      plain.serve(target.conditional ? health : answer);
      const job = { connections: options.connections, warmupMs: options.warmupMs, durationMs: options.durationMs };
      const load = currentLoad();
      log(`  ${target.path}${target.conditional ? ' (If-None-Match)' : ''}: ${options.connections} connections ...`);
      await settle();
      // Plain node:http half just before the service and half just after (combineRuns), so drift in a shared machine hits both.
      const plainJob = { ...job, durationMs: job.durationMs / 2, port: plain.port, path: '/', headers: {}, expectStatus: 200 };
      const before = await loadInWorker(plainJob);
      await sleep(300);
      const service = await loadInWorker({ ...job, port, path: target.path, headers, expectStatus: target.conditional ? 304 : 200 });
      // The requests in flight when the load stopped are still being answered: let them finish, so the next plain run is not starved.
      await inFlight.drained();
      await sleep(300);
      const baseline = combineRuns(before, await loadInWorker(plainJob));
      const bytes = target.conditional ? 0 : answer.body.length;
      figures.push(
        compare(
          15,
          target.id,
          target.title,
          {
            label: `the service (createApp, worked example), ${options.connections} keep-alive connections, closed loop, ${options.durationMs / 1000} s`,
            measurement: summary(service, options.connections),
          },
          {
            label: `plain node:http serving the same ${target.conditional ? 'tiny body (/health)' : `${bytes.toLocaleString('en-GB')} bytes`}`,
            measurement: summary(baseline, options.connections),
          },
          {
            aimAtLeast: target.aim.share,
            ...(target.aim.p99AtMost === undefined ? {} : { aimP99AtMost: target.aim.p99AtMost }),
            notes: [
              `answer ${target.conditional ? '304, no body' : `${bytes.toLocaleString('en-GB')} bytes`}; load average (1 min) ${load}`,
            ],
          },
        ),
      );
      const shown = (r: LoadResult) => `${Math.round(r.perSecond)} req/s`;
      const last = figures[figures.length - 1];
      log(
        `    service ${shown(service)} (p99 ${formatMs(summary(service, 0).p99Ms)}), plain ${shown(baseline)} (p99 ${formatMs(summary(baseline, 0).p99Ms)}): ${formatRatio(last)}`,
      );
      data[target.id] = { bytes, service: summary(service, options.connections), plain: summary(baseline, options.connections), load };
    }
    const cache = app.get<symbol, AnswerCache>(ANSWER_CACHE).stats;
    log(
      `  answer cache: ${cache.entries} answers, ${(cache.bytes / 1024).toFixed(0)} KiB of ${cache.budgetBytes / 2 ** 20} MiB; ${cache.hits} hits, ${cache.misses} misses`,
    );
    data.answerCache = cache;
  } finally {
    await plain.close();
    await app.close();
  }
  return { figures, data };
}
