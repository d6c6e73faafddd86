import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import helmet from 'helmet';
import { installBodyParsers } from '../../src/http/body-parsers';
import { jsonBodyGuard } from '../../src/http/json-body-guard';
import { queryStringGuard } from '../../src/http/query-string-guard';
import { compare, type Figure } from '../support/report';
import { sleep } from '../support/timing';
import { portOf, startService, type HttpLoadOptions } from './http-load.bench';
import { combineRuns, type LoadResult } from './load-generator';
import { startPlainServer } from './plain-server';
import { loadInWorker } from './run-load';

/**
 * Issue 15, aim 3: where /health's time goes. The same /health bytes served by layers added one
 * at a time – plain node:http; Fastify alone; Fastify with the service's hooks (helmet, the
 * query-string guard, the body parsers and the JSON body guard); and the whole service, where
 * /health is answered by its fast lane in front of the framework (HealthLane: the handler's two
 * store reads and the headers the full pipeline sends). Each beside plain node:http, measured half just before it and
 * half just after.
 */
export async function healthBreakdown(
  dataDir: string,
  options: HttpLoadOptions,
  log: (line: string) => void,
): Promise<{ figures: Figure[]; data: Record<string, unknown> }> {
  const app = await startService(dataDir);
  const plain = await startPlainServer();
  const servers: FastifyInstance[] = [];
  try {
    const res = await fetch(`http://127.0.0.1:${portOf(app)}/health`);
    const body = Buffer.from(await res.arrayBuffer());
    const health = JSON.parse(body.toString()) as object;
    plain.serve({ status: 200, contentType: 'application/json; charset=utf-8', body });

    const bare = Fastify();
    bare.get('/health', async () => health);
    const layered = Fastify();
    const securityHeaders = helmet();
    layered.addHook('onRequest', (request, reply, done) =>
      securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)),
    );
    layered.addHook('onRequest', queryStringGuard);
    installBodyParsers(layered, { jsonLimit: 256 * 1024, spreadsheetTypes: [], spreadsheetLimit: 0 });
    layered.addHook('preValidation', jsonBodyGuard);
    layered.get('/health', async () => health);
    const listen = async (handler: FastifyInstance) => {
      await handler.listen({ port: 0, host: '127.0.0.1' });
      servers.push(handler);
      return (handler.server.address() as AddressInfo).port;
    };
    const variants: Array<{ id: string; label: string; port: number }> = [
      { id: 'health-fastify', label: 'Fastify alone, answering the same object', port: await listen(bare) },
      {
        id: 'health-fastify-hooks',
        label: "Fastify with the service's hooks (helmet, query-string guard, body parsers and guard)",
        port: await listen(layered),
      },
      { id: 'health-service', label: 'the whole service: GET /health (its fast lane)', port: portOf(app) },
    ];
    const job = { connections: options.connections, warmupMs: options.warmupMs, durationMs: options.durationMs, headers: {} };
    const figures: Figure[] = [];
    const data: Record<string, unknown> = {};
    for (const variant of variants) {
      log(`  /health served by ${variant.label} ...`);
      const plainJob = { ...job, durationMs: job.durationMs / 2, port: plain.port, path: '/', expectStatus: 200 };
      const before = await loadInWorker(plainJob);
      await sleep(300);
      const measured = await loadInWorker({ ...job, port: variant.port, path: '/health', expectStatus: 200 });
      await sleep(300);
      const baseline = combineRuns(before, await loadInWorker(plainJob));
      figures.push(
        compare(
          15,
          variant.id,
          `/health's bytes: ${variant.label}`,
          { label: variant.label, measurement: loadOf(measured, options.connections) },
          { label: `plain node:http, the same ${body.length} bytes`, measurement: loadOf(baseline, options.connections) },
        ),
      );
      data[variant.id] = { measured: loadOf(measured, options.connections), plain: loadOf(baseline, options.connections) };
      log(`    ${Math.round(measured.perSecond)} req/s against plain ${Math.round(baseline.perSecond)} req/s`);
    }
    return { figures, data };
  } finally {
    for (const server of servers) {
      server.server.closeAllConnections();
      await server.close();
    }
    await plain.close();
    await app.close();
  }
}

function loadOf(result: LoadResult, connections: number) {
  const at = (q: number) => result.latenciesMs[Math.max(0, Math.ceil(q * result.latenciesMs.length) - 1)] ?? NaN;
  return { kind: 'load' as const, perSecond: result.perSecond, connections, requests: result.requests, medianMs: at(0.5), p99Ms: at(0.99) };
}
