import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app';

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
}

/** The Redocly CLI (recommended rules, see redocly.yaml) finds nothing wrong with the published document. */
describe('the OpenAPI document at /docs-json', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lints with no errors and no warnings', async () => {
    const file = join(t.dir, 'openapi.json');
    writeFileSync(file, JSON.stringify((await t.http().get('/docs-json').expect(200)).body));
    const cli = require.resolve('@redocly/cli/bin/cli.js');
    const config = join(__dirname, '..', '..', 'redocly.yaml');
    let output: string;
    try {
      output = execFileSync(process.execPath, [cli, 'lint', file, '--config', config, '--format', 'json'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      });
    } catch (failed) {
      output = String((failed as { stdout?: string }).stdout ?? ''); // exits 1 when it finds errors
    }
    const report = JSON.parse(output) as LintReport;
    const problems = report.problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);
});
