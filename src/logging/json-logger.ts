import type { LoggerService, LogLevel } from '@nestjs/common';
import type { LogLevelName } from '../config/app-config';

/** Nest's levels printed at a LOG_LEVEL (Nest calls info "log" and has "verbose" below debug). */
export function logLevelsFor(name: LogLevelName): LogLevel[] {
  const upTo: Record<LogLevelName, LogLevel[]> = {
    error: ['error', 'fatal'],
    warn: ['warn', 'error', 'fatal'],
    info: ['log', 'warn', 'error', 'fatal'],
    debug: ['log', 'warn', 'error', 'fatal', 'debug', 'verbose'],
  };
  return upTo[name];
}

/**
 * Nest's own start-up narration – each module initialised, each route mapped, "starting" and
 * "started" – about 100 lines that say nothing an operator acts on: debug, not info.
 */
const NEST_START_UP_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']);

/** One JSON object per line on stdout/stderr: easy to grep here and to ship to a log store in production. */
export class JsonLogger implements LoggerService {
  constructor(private readonly levels: LogLevel[] = logLevelsFor('info')) {}

  log(message: unknown, context?: string): void {
    if (context !== undefined && NEST_START_UP_CONTEXTS.has(context)) this.debug(message, context);
    else if (this.levels.includes('log')) this.write('info', message, context);
  }
  warn(message: unknown, context?: string): void {
    if (this.levels.includes('warn')) this.write('warn', message, context);
  }
  /** Nest calls this as (message, stack, context) or (message, context). */
  error(message: unknown, stackOrContext?: string, context?: string): void {
    const stack = context !== undefined || stackOrContext?.includes('\n') ? stackOrContext : undefined;
    this.write('error', message, context ?? (stack === undefined ? stackOrContext : undefined), stack);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }
  debug(message: unknown, context?: string): void {
    if (this.levels.includes('debug')) this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    if (this.levels.includes('verbose')) this.write('verbose', message, context);
  }

  private write(level: string, message: unknown, context?: string, stack?: string): void {
    const fields = toFields(message);
    const line = JSON.stringify(
      { time: new Date().toISOString(), level, ...(context ? { context } : {}), ...fields, ...(stack ? { stack } : {}) },
      replacer,
    );
    (level === 'error' || level === 'fatal' ? process.stderr : process.stdout).write(`${line}\n`);
  }
}

function toFields(message: unknown): Record<string, unknown> {
  // An Error's message becomes the line's message; the error itself goes whole under "error".
  if (message instanceof Error) return { msg: message.message, error: message };
  if (typeof message === 'object' && message !== null) return message as Record<string, unknown>;
  return { msg: String(message) };
}

/**
 * JSON.stringify keeps only an Error's own enumerable fields (often just `code`), losing its
 * name, message and stack: spell them out, wherever an Error sits in the line, with its cause.
 */
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) {
    const own = Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'name' && k !== 'message' && k !== 'stack'));
    const cause = (value as { cause?: unknown }).cause;
    return { name: value.name, message: value.message, ...own, ...(cause !== undefined ? { cause } : {}), stack: value.stack };
  }
  return typeof value === 'bigint' ? value.toString() : value;
}
