import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

export type EventStoreConfig = { kind: 'sqlite'; path: string } | { kind: 'eventstoredb'; connectionString: string };

/** Everything the service reads from its environment, read in one place. */
export interface AppConfig {
  port: number;
  /** Where the SQLite files and the generated token-signing key live. */
  dataDir: string;
  /** Key for signing tokens; when unset, one is generated in dataDir on first start. */
  jwtSecret?: string;
  /** Requests one client (by IP) may make per minute before 429. */
  rateLimitPerMinute: number;
  eventStore: EventStoreConfig;
  /** SQLite file for projection checkpoints and snapshots: derived data, safe to delete. */
  projectionStorePath: string;
  /** Record the Hertfordshire/BCH worked example when the store is empty. */
  seedExampleWhenEmpty: boolean;
  /** Largest request body accepted. */
  bodyLimit: string;
  /** Log one JSON line per request. */
  logRequests: boolean;
  /** Worker threads that run stress tests (default: one fewer than the cores, at least 1). */
  stressTestWorkers: number;
  /** Stress tests that may wait for a worker; one more is answered 503 with Retry-After. */
  stressTestQueue: number;
}

export const APP_CONFIG = Symbol('AppConfig');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  const connectionString = env.EVENTSTORE_CONNECTION_STRING?.trim();
  return {
    port: Number(env.PORT ?? 3000),
    dataDir,
    jwtSecret: env.JWT_SECRET || undefined,
    rateLimitPerMinute: Number(env.RATE_LIMIT_PER_MINUTE ?? 1200),
    eventStore: connectionString
      ? { kind: 'eventstoredb', connectionString }
      : { kind: 'sqlite', path: resolve(env.EVENT_STORE_PATH ?? `${dataDir}/events.db`) },
    projectionStorePath: resolve(env.PROJECTION_STORE_PATH ?? `${dataDir}/projections.db`),
    seedExampleWhenEmpty: env.SEED_EXAMPLE !== 'false',
    bodyLimit: env.BODY_LIMIT ?? '256kb',
    logRequests: env.LOG_REQUESTS !== 'false',
    // One core is left to the event loop that answers every other request.
    stressTestWorkers: wholeNumber(env, 'STRESS_TEST_WORKERS', Math.max(1, availableParallelism() - 1), 1),
    stressTestQueue: wholeNumber(env, 'STRESS_TEST_QUEUE', 16, 0),
  };
}

/** A whole-number setting, refused at start with a sentence rather than misread. */
function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, least: number): number {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < least) throw new Error(`${name} must be a whole number of at least ${least} ("${text}" given)`);
  return value;
}
