import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildService, ServiceProcess, type ServiceBuild } from '../support/service-process';

/**
 * The README's recipes, run as written: every ```bash block of its "Recipes" section, in order,
 * in one bash session, against a fresh service process (with the worked example, as `npm start`
 * gives it). Only two things differ from a reader's terminal: BASE points at the test's port, and
 * `npm run -s token -- …` runs the same token script from the test's build. Each curl's answer
 * is one line of the output, so the figures the README quotes are checked against the answers.
 */

const README = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
const JWT_SECRET = 'readme-recipes-secret-long-enough-for-hs256-0123456789';

export function recipeBlocks(markdown: string): string[] {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Recipes\n'));
  if (!section) throw new Error('The README has no "## Recipes" section');
  return [...section.matchAll(/^```bash\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}

function runBash(script: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn('bash', ['-c', script], { env: { ...process.env, ...env }, cwd: env.WORK_DIR });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

type Answer = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the README recipes, run as written against a fresh service', () => {
  let build: ServiceBuild;
  let service: ServiceProcess;
  let dir: string;
  let answers: Answer[];

  beforeAll(async () => {
    build = await buildService();
    dir = mkdtempSync(join(tmpdir(), 'cfm-recipes-'));
    service = await ServiceProcess.start({ mainJs: build.mainJs, dataDir: dir, jwtSecret: JWT_SECRET, env: { SEED_EXAMPLE: 'true' } });
    const mintToken = join(build.dir, 'dist', 'auth', 'mint-token.js');
    const preamble = [
      'set -euo pipefail',
      // The reader's `npm run -s token -- <args>`, from the test's build; every other npm call is refused.
      `npm() { if [ "$1 $2 $3 $4" = "run -s token --" ]; then shift 4; node '${mintToken}' "$@"; else echo "unexpected npm $*" >&2; return 1; fi; }`,
      // One answer per line, so each can be checked.
      'curl() { command curl "$@"; echo; }',
    ].join('\n');
    const script = recipeBlocks(README)
      .map((block) => block.replace(/^BASE=http:\/\/localhost:3000$/m, `BASE=${service.url}`))
      .join('\n');
    const run = await runBash(`${preamble}\n${script}`, {
      JWT_SECRET,
      DATA_DIR: dir,
      NODE_PATH: resolve(__dirname, '../../node_modules'),
      WORK_DIR: dir,
    });
    if (run.code !== 0) throw new Error(`The recipes stopped (exit ${run.code}):\n${run.stderr}\n${run.stdout.slice(-3000)}`);
    answers = run.stdout
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Answer);
  }, 300_000);

  afterAll(async () => {
    await service?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (build) rmSync(build.dir, { recursive: true, force: true });
  });

  const find = (what: string, test: (a: Answer) => boolean): Answer => {
    const found = answers.find(test);
    if (!found) throw new Error(`No answer in the recipes' output is ${what}`);
    return found;
  };

  it('has a block for each user, and every write in them was recorded', () => {
    expect(recipeBlocks(README).length).toBeGreaterThanOrEqual(7);
    const writes = answers.filter((a) => Array.isArray(a.events));
    const types = writes.flatMap((w) => w.events.map((e: { type: string }) => e.type));
    expect(types).toEqual(
      expect.arrayContaining([
        'ForceRegistered.v1',
        'BaseBudgetSet.v1',
        'PlanAssumptionsSet.v1',
        'GrantSettlementRecorded.v1',
        'ReserveOpened.v1',
        'TaxBaseRecorded.v1',
        'PreceptRecorded.v1',
        'ScenarioCreated.v1',
        'InvitationAccepted.v1',
        'UnitEstablished.v1',
        'CostShareBasisSet.v1',
        'UnitBudgetSet.v1',
        'SavingsProgrammeStarted.v1',
        'SavingsRealised.v1',
      ]),
    );
  });

  it('force finance: 2025/26 balances and 2026/27 has the £4,030,000.00 gap the README states; a 4 % pay award adds £1,800,000.00', () => {
    const mtfp = find("Norfolk's MTFP", (a) => a.force === 'norfolk' && Array.isArray(a.years) && a.from === '2025/26');
    // NRE 2025/26: £120m + £60m + £45m − £10m = £215m; funding £90m + £30m + £8m + £290 × 300,000 = £215m.
    // 2026/27: pay £180m × 1.03 = £185.4m, supplies £45.9m, fees £10.2m: NRE £221.1m; grants £90.9m + £30.3m
    // + £8m (legacy grants held flat) + £290 × 303,000 = £87.87m: £217.07m. Gap £4.03m.
    expect(mtfp.years.map((y: Answer) => [y.year, y.nre.value, y.gap.value])).toEqual(
      expect.arrayContaining([
        ['2025/26', '215000000.00', '0.00'],
        ['2026/27', '221100000.00', '4030000.00'],
      ]),
    );
    const explain = find('the explanation of the 2026/27 gap', (a) => a.line === 'gap' && a.year === '2026/27');
    expect(explain.figure.value).toBe('4030000.00');
    const compare = find('the scenario comparison', (a) => a.scenario?.id === 'norfolk-pay-4pc');
    const gap = compare.mtfp.years.find((y: Answer) => y.year === '2026/27').lines.find((l: Answer) => l.key === 'gap');
    // 1 % more on £180m of pay.
    expect([gap.a, gap.b, gap.difference]).toEqual(['4030000.00', '5830000.00', '1800000.00']);
  });

  it('PCC office: the largest rise without a referendum is £15.00, raising £4,545,000.00 above a freeze', () => {
    const options = find('the 2026/27 precept options', (a) => a.force === 'norfolk' && a.year === '2026/27' && Array.isArray(a.options));
    const largest = options.options.find((o: Answer) => o.kind === 'largest_without_referendum');
    // £305.00 × 303,000 − £290.00 × 303,000 = £15 × 303,000.
    expect([largest.bandD, largest.change.yearly, largest.incomeAboveFreeze, largest.referendum.required]).toEqual([
      '305.00',
      '15.00',
      '4545000.00',
      false,
    ]);
  });

  it('alliance board: JPS savings of £850,000.00 realised and a £20m budget, each split 55 : 45', () => {
    const benefits = find('the benefits realisation', (a) => a.allianceCode === 'anglia' && Array.isArray(a.programmes));
    const year = benefits.programmes[0].years.find((y: Answer) => y.year === '2025/26');
    expect([year.planned, year.forecast, year.realised, year.rag]).toEqual(['1000000.00', '800000.00', '850000.00', 'amber']);
    expect(year.members.map((m: Answer) => [m.force, m.realised])).toEqual([
      ['norfolk', '467500.00'],
      ['suffolk', '382500.00'],
    ]);
    const shares = find('the collaboration shares', (a) => a.allianceCode === 'anglia' && Array.isArray(a.units));
    // 55 % and 45 % of the £20m 2026/27 JPS budget.
    expect(shares.units[0].shares.map((s: Answer) => [s.force, s.contribution])).toEqual([
      ['norfolk', '11000000.00'],
      ['suffolk', '9000000.00'],
    ]);
  });
});
