import { JsonLogger, logLevelsFor } from './json-logger';

/** What the logger writes, one parsed JSON object per line. */
function capture(run: (logger: JsonLogger) => void, logger = new JsonLogger()): Record<string, unknown>[] {
  const lines: string[] = [];
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
  try {
    run(logger);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('JsonLogger', () => {
  it("prints an Error's name, message and stack, and its own fields, not just {code}", () => {
    const error = Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
    const [line] = capture((l) => l.error(error, undefined, 'ExceptionHandler'));
    expect(line).toMatchObject({ level: 'error', context: 'ExceptionHandler', msg: 'database disk image is malformed' });
    expect(line.error).toEqual({
      name: 'Error',
      message: 'database disk image is malformed',
      code: 'SQLITE_CORRUPT',
      stack: expect.stringContaining('json-logger.spec.ts'),
    });
  });

  it('prints an Error inside a logged object, with its cause', () => {
    const cause = Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' });
    const [line] = capture((l) => l.warn({ msg: 'Could not write', error: new TypeError('wrapped', { cause }) }, 'Projections'));
    expect(line).toMatchObject({
      level: 'warn',
      msg: 'Could not write',
      error: { name: 'TypeError', message: 'wrapped', cause: { name: 'Error', message: 'disk I/O error', code: 'SQLITE_IOERR' } },
    });
  });

  it('keeps a stack passed beside a message, and a plain message as msg', () => {
    const [first, second] = capture((l) => {
      l.error('Something broke', 'Error: x\n    at somewhere', 'Errors');
      l.log('Listening', 'Main');
    });
    expect(first).toMatchObject({ level: 'error', context: 'Errors', msg: 'Something broke', stack: 'Error: x\n    at somewhere' });
    expect(second).toMatchObject({ level: 'info', context: 'Main', msg: 'Listening' });
  });

  it("keeps Nest's module and route narration for debug, and prints the service's own lines at info", () => {
    const narrate = (l: JsonLogger) => {
      l.log('Mapped {/health, GET} route', 'RouterExplorer');
      l.log('AppModule dependencies initialized', 'InstanceLoader');
      l.log('Recorded the worked example', 'WorkedExample');
    };
    expect(capture(narrate).map((line) => line.msg)).toEqual(['Recorded the worked example']);
    expect(capture(narrate, new JsonLogger(logLevelsFor('debug')))).toEqual([
      expect.objectContaining({ level: 'debug', context: 'RouterExplorer' }),
      expect.objectContaining({ level: 'debug', context: 'InstanceLoader' }),
      expect.objectContaining({ level: 'info', context: 'WorkedExample' }),
    ]);
  });

  it('prints only warnings and errors at LOG_LEVEL=warn, only errors at error', () => {
    const some = (l: JsonLogger) => {
      l.log('request', 'HTTP');
      l.warn('slow', 'Projections');
      l.error('broke', 'Errors');
    };
    expect(capture(some, new JsonLogger(logLevelsFor('warn'))).map((line) => line.level)).toEqual(['warn', 'error']);
    expect(capture(some, new JsonLogger(logLevelsFor('error'))).map((line) => line.level)).toEqual(['error']);
  });
});
