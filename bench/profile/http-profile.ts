/**
 * Where a request's time goes: the service on the worked example under 200 connections of one
 * request (default the cached MTFP; the path is the first argument, "--anonymous" drops the
 * token; "--post" instead posts budget items to Hertfordshire from 50 connections, as the write
 * load does; "--many" spreads them over 50 forces of their own), for 5 s, profiled from the start of the load to its end (not the start-up):
 * `node bench/dist/bench/profile/http-profile.js [path] [--anonymous] [--post]` writes
 * bench/results/http.cpuprofile, for Chrome's DevTools or `node bench/dist/bench/profile/sum-profile.js`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { BENCH_TOKEN, portOf, startService } from '../http/http-load.bench';
import { loadInWorker } from '../http/run-load';
import { ITEM_BODY, setUpForce } from '../http/write-load.bench';
import { makeTempDir } from '../support/temp-dir';

async function main(): Promise<void> {
  const path = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '/forces/herts/mtfp?from=2016/17&years=4';
  const anonymous = process.argv.includes('--anonymous');
  const many = process.argv.includes('--many');
  const post = many || process.argv.includes('--post');
  const dir = makeTempDir();
  const app = await startService(dir.file('profile'));
  try {
    const forces = many ? Array.from({ length: 50 }, (_, i) => `prof${String(i).padStart(2, '0')}`) : ['herts'];
    if (many) for (const code of forces) await setUpForce(portOf(app), code);
    const headers: Record<string, string> = anonymous ? {} : { Authorization: `Bearer ${BENCH_TOKEN}` };
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    const result = await loadInWorker({
      port: portOf(app),
      path,
      headers,
      connections: post ? 50 : 200,
      warmupMs: 1000,
      durationMs: 5000,
      expectStatus: post ? 201 : 200,
      ...(post ? { post: { paths: forces.map((f) => `/forces/${f}/budget-items`), body: ITEM_BODY } } : {}),
    });
    const { profile } = await session.post('Profiler.stop');
    const out = join(__dirname, '..', '..', '..', 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'http.cpuprofile'), JSON.stringify(profile));
    console.log(`${post ? 'POST budget items' : path}: ${Math.round(result.perSecond)} req/s; profile in bench/results/http.cpuprofile`);
  } finally {
    await app.close();
    dir.remove();
  }
}

void main();
