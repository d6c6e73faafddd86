import type { LoggerService, LogLevel } from '@nestjs/common';

/** One JSON object per line on stdout/stderr: easy to grep here and to ship to a log store in production. */
export class JsonLogger implements LoggerService {
  constructor(private readonly levels: LogLevel[] = ['log', 'warn', 'error', 'fatal']) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  error(message: unknown, stackOrContext?: string, context?: string): void {
    this.write('error', message, context ?? stackOrContext);
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

  private write(level: string, message: unknown, context?: string): void {
    const fields = typeof message === 'object' && message !== null ? (message as Record<string, unknown>) : { msg: String(message) };
    const line = JSON.stringify({ time: new Date().toISOString(), level, ...(context ? { context } : {}), ...fields });
    (level === 'error' || level === 'fatal' ? process.stderr : process.stdout).write(`${line}\n`);
  }
}
