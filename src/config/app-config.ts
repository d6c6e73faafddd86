import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import bytes from 'bytes';

/** The LOG_LEVEL settings, quietest first: each prints its own lines and those of the levels before it. */
export const LOG_LEVEL_NAMES = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevelName = (typeof LOG_LEVEL_NAMES)[number];

export type EventStoreConfig = { kind: 'sqlite'; path: string } | { kind: 'eventstoredb'; connectionString: string };

/** Everything the service reads from its environment, read in one place. */
export interface AppConfig {
  port: number;
  /** Where the SQLite files and the generated token-signing key live. */
  dataDir: string;
  /** Key for signing tokens; when unset, one is generated in dataDir on first start. */
  jwtSecret?: string;
  /** Requests one signed-in user (by token subject) may make per minute before 429. */
  rateLimitPerMinute: number;
  /** Requests without a valid token one address may make per minute before 429: kept apart from, and smaller than, a user's allowance. */
  rateLimitUnauthenticatedPerMinute: number;
  /** Proxy hops in front of the service whose X-Forwarded-For is believed; 0 means the peer's address is the client's. */
  trustProxy: number;
  eventStore: EventStoreConfig;
  /** SQLite file for projection checkpoints and snapshots: derived data, safe to delete. */
  projectionStorePath: string;
  /** Record the Hertfordshire/BCH worked example when the store is empty. */
  seedExampleWhenEmpty: boolean;
  /** Largest JSON request body accepted, in bytes (BODY_LIMIT, e.g. "256kb"). */
  bodyLimit: number;
  /** Log one JSON line per request. */
  logRequests: boolean;
  /** LOG_LEVEL: error, warn, info (the default: a start-up of a few lines) or debug (also Nest's module and route narration). */
  logLevel?: LogLevelName;
  /** Worker threads that run stress tests (default: one fewer than the cores, at least 1). */
  stressTestWorkers: number;
  /** Stress tests that may wait for a worker; one more is answered 503 with Retry-After. */
  stressTestQueue: number;
  /** Memory the answer cache may hold, in MiB (ANSWER_CACHE_MB; 0 turns it off; default 64). */
  answerCacheMegabytes?: number;
}

export const APP_CONFIG = Symbol('AppConfig');

/**
 * TRUST_PROXY as a count of hops. Only a number: `true` would believe any X-Forwarded-For a
 * client cares to send, which is what lets one client pass for many.
 */
function proxyHops(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return 0;
  if (!/^\d{1,2}$/.test(text.trim()))
    throw new Error(`TRUST_PROXY must be the number of proxies in front of the service (0, 1, 2, ...); "${text}" given`);
  return Number(text.trim());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  const connectionString = env.EVENTSTORE_CONNECTION_STRING?.trim();
  return {
    port: Number(env.PORT ?? 3000),
    dataDir,
    jwtSecret: env.JWT_SECRET || undefined,
    rateLimitPerMinute: wholeNumber(env, 'RATE_LIMIT_PER_MINUTE', 1200, 1),
    rateLimitUnauthenticatedPerMinute: wholeNumber(env, 'RATE_LIMIT_UNAUTHENTICATED_PER_MINUTE', 60, 1),
    trustProxy: proxyHops(env.TRUST_PROXY),
    eventStore: connectionString
      ? { kind: 'eventstoredb', connectionString }
      : { kind: 'sqlite', path: resolve(env.EVENT_STORE_PATH ?? `${dataDir}/events.db`) },
    projectionStorePath: resolve(env.PROJECTION_STORE_PATH ?? `${dataDir}/projections.db`),
    seedExampleWhenEmpty: env.SEED_EXAMPLE !== 'false',
    bodyLimit: byteSize(env, 'BODY_LIMIT', '256kb'),
    logRequests: env.LOG_REQUESTS !== 'false',
    logLevel: logLevel(env.LOG_LEVEL),
    // One core is left to the event loop that answers every other request.
    stressTestWorkers: wholeNumber(env, 'STRESS_TEST_WORKERS', Math.max(1, availableParallelism() - 1), 1),
    stressTestQueue: wholeNumber(env, 'STRESS_TEST_QUEUE', 16, 0),
    answerCacheMegabytes: wholeNumber(env, 'ANSWER_CACHE_MB', 64, 0),
  };
}

function logLevel(text: string | undefined): LogLevelName {
  const name = (text ?? '').trim().toLowerCase();
  if (name === '') return 'info';
  if (!(LOG_LEVEL_NAMES as readonly string[]).includes(name))
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVEL_NAMES.join(', ')} ("${text}" given)`);
  return name as LogLevelName;
}

/** A size in bytes, written as body-parser took it ("256kb", "1mb", "300000"); refused at start when it cannot be read. */
function byteSize(env: NodeJS.ProcessEnv, name: string, fallback: string): number {
  const text = env[name]?.trim() || fallback;
  const value = /^\d+(\.\d+)?\s*(b|kb|mb|gb)?$/i.test(text) ? bytes.parse(text) : null;
  if (value === null || !(value >= 1)) throw new Error(`${name} must be a size such as 256kb, 1mb or 300000 (bytes) ("${text}" given)`);
  return Math.floor(value);
}

/** A whole-number setting, refused at start with a sentence rather than misread. */
function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, least: number): number {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < least) throw new Error(`${name} must be a whole number of at least ${least} ("${text}" given)`);
  return value;
}
