import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/config/app-config';
import { TEST_JWT_SECRET } from '../support/test-app';

interface LogLine {
  level: string;
  context?: string;
  msg: string;
}

/**
 * What the service says while it starts, at LOG_LEVEL as given: the app factory run as `npm
 * start` runs it (worked example and all), stdout and stderr captured line by line.
 */
async function startUpLines(env: NodeJS.ProcessEnv): Promise<LogLine[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cfm-quiet-'));
  const config = { ...loadConfig({ DATA_DIR: dir, ...env }), jwtSecret: TEST_JWT_SECRET };
  const lines: string[] = [];
  const keep = (chunk: string | Uint8Array) => (lines.push(...String(chunk).split('\n').filter(Boolean)), true);
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(keep);
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(keep);
  try {
    const app = await createApp(config);
    await app.init();
    await app.close();
  } finally {
    out.mockRestore();
    err.mockRestore();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines.map((line) => JSON.parse(line) as LogLine);
}

describe('start-up log', () => {
  it('at the default level is a few lines: the reference data and the worked example recorded, nothing of Nest', async () => {
    const lines = await startUpLines({});
    expect(lines.map((l) => l.context)).toEqual(['ReferenceData', 'WorkedExample']);
    expect(lines.every((l) => l.level === 'info')).toBe(true);
    expect(lines[1].msg).toMatch(/^Recorded the worked example/);
  });

  it("at LOG_LEVEL=debug also narrates Nest's modules and routes", async () => {
    const lines = await startUpLines({ LOG_LEVEL: 'debug', SEED_EXAMPLE: 'false' });
    const contexts = new Set(lines.filter((l) => l.level === 'debug').map((l) => l.context));
    expect(contexts).toEqual(new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']));
    expect(lines).toContainEqual(expect.objectContaining({ context: 'RouterExplorer', msg: 'Mapped {/health, GET} route' }));
  });

  it('refuses a LOG_LEVEL it does not know, with a sentence', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow('LOG_LEVEL must be one of error, warn, info, debug ("verbose" given)');
  });
});
