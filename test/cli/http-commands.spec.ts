import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { TokenIssuer } from '../../src/auth/token-issuer';
import { TEST_JWT_SECRET, startTestAppWithHerts, type TestApp } from '../support/test-app';
import { cfm } from './cli-harness';

describe('cfm export and cfm import, through HTTP', () => {
  let t: TestApp;
  let url: string;
  const token = new TokenIssuer(TEST_JWT_SECRET).issue({ role: 'force_finance', force: 'herts', subject: 'cfo@herts' });

  beforeAll(async () => {
    t = await startTestAppWithHerts();
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await t.close();
  });

  it('import posts a JSON budget to the force with its media type; export mtfp saves the same answer as GET /mtfp', async () => {
    const budget = join(t.dir, 'budget.json');
    writeFileSync(
      budget,
      JSON.stringify({
        year: '2016/17',
        lines: [{ code: 'PAY', name: 'Pay', kind: 'pay', amount: '150000000.00' }],
        reason: 'from the CLI',
      }),
    );
    const imported = await cfm(['import', budget, '--force', 'herts', '--url', url, '--token', token]);
    expect(imported).toMatchObject({ code: 0, err: '' });
    expect(imported.out).toMatch(/^201 .*BaseBudgetSet\.v1/);

    const out = join(t.dir, 'mtfp.json');
    const exported = await cfm(
      ['export', 'mtfp', '--force', 'herts', '--from', '2016/17', '--years', '4', '--format', 'json', '--out', out],
      {
        CFM_URL: url,
        CFM_TOKEN: token,
      },
    );
    expect(exported).toMatchObject({ code: 0, err: '' });
    const saved = JSON.parse(readFileSync(out, 'utf8'));
    const direct = await t.http().get('/forces/herts/mtfp?from=2016/17&years=4').expect(200);
    expect(saved).toEqual(direct.body);
    expect(saved.years[0].expenditure.pay.value).toBe('150000000.00');
    expect(saved.years[0].expenditure.pay.sources).toBeUndefined();

    const cited = await cfm(['export', 'mtfp', '--force', 'herts', '--from', '2016/17', '--years', '4', '--sources', '--out', out], {
      CFM_URL: url,
      CFM_TOKEN: token,
    });
    expect(cited).toMatchObject({ code: 0, err: '' });
    const full = await t.http().get('/forces/herts/mtfp?from=2016/17&years=4&include=sources').expect(200);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(full.body);
    expect(full.body.years[0].expenditure.pay.sources.length).toBeGreaterThan(0);
  });

  it('says what the service refused, and exits 1', async () => {
    const run = await cfm(['export', 'mtfp', '--force', 'beds', '--url', url, '--token', token]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/answered 404/);
    const noToken = await cfm(['export', 'mtfp', '--force', 'herts', '--url', url]);
    expect(noToken.code).toBe(2);
    expect(noToken.err).toMatch(/A token is needed/);
  });

  describe('what import sends', () => {
    let server: Server;
    let seen: { method?: string; url?: string; contentType?: string; auth?: string; key?: string; body: string }[];
    let stub: string;
    beforeAll(async () => {
      seen = [];
      server = createServer((req: IncomingMessage, res) => {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString('latin1')));
        req.on('end', () => {
          const h = req.headers;
          seen.push({
            method: req.method,
            url: req.url,
            contentType: h['content-type'],
            auth: h.authorization,
            key: h['idempotency-key'] as string,
            body,
          });
          res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"events":[]}');
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      stub = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await new Promise((resolve) => server.close(resolve));
    });

    it('a CSV as text/csv and an XLSX as the spreadsheet type, byte for byte, with the year, dry run and key asked', async () => {
      const csv = join(t.dir, 'budget.csv');
      writeFileSync(csv, 'code,name,kind,amount\r\nPAY,Pay,pay,150000000.00\r\n');
      const xlsx = join(t.dir, 'budget.XLSX');
      writeFileSync(xlsx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff]));
      expect((await cfm(['import', csv, '--force', 'herts', '--year', '2016/17', '--dry-run', '--url', stub, '--token', 'tkn'])).code).toBe(
        0,
      );
      expect((await cfm(['import', xlsx, '--force', 'herts', '--idempotency-key', 'k-1', '--url', stub, '--token', 'tkn'])).code).toBe(0);
      expect(seen[0]).toMatchObject({
        method: 'POST',
        url: '/forces/herts/budgets?year=2016%2F17&dryRun=true',
        contentType: 'text/csv',
        auth: 'Bearer tkn',
        body: 'code,name,kind,amount\r\nPAY,Pay,pay,150000000.00\r\n',
      });
      expect(seen[1]).toMatchObject({
        url: '/forces/herts/budgets',
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        key: 'k-1',
        body: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff]).toString('latin1'),
      });
      const other = await cfm(['import', join(t.dir, 'budget.txt'), '--force', 'herts', '--url', stub, '--token', 'tkn']);
      expect(other.code).toBe(2);
      expect(other.err).toMatch(/takes \.csv, \.xlsx or \.json/);
    });

    it('export passes a spreadsheet format through, asking for its media type', async () => {
      await cfm([
        'export',
        'mtfp',
        '--force',
        'herts',
        '--from',
        '2016/17',
        '--years',
        '4',
        '--format',
        'xlsx',
        '--out',
        join(t.dir, 'x.xlsx'),
        '--url',
        stub,
        '--token',
        'tkn',
      ]);
      expect(seen[seen.length - 1]).toMatchObject({ method: 'GET', url: '/forces/herts/mtfp?from=2016%2F17&years=4&format=xlsx' });
    });
  });
});
