import { readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { TokenIssuer } from '../../src/auth/token-issuer';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { cellNumber, readCsv, readWorkbook } from '../support/spreadsheets';
import { TEST_JWT_SECRET, startTestAppWithHerts, type TestApp } from '../support/test-app';
import { cfm } from './cli-harness';

/** `cfm import` of CSV and XLSX files and `cfm export --format csv|xlsx`, against the real service (not a stub). */
describe('cfm with spreadsheets, against the service', () => {
  let t: TestApp;
  let url: string;
  const token = new TokenIssuer(TEST_JWT_SECRET).issue({ role: 'force_finance', force: 'herts', subject: 'cfo@herts' });
  const auth = (args: string[]) => [...args, '--url', url, '--token', token];
  const eventCount = async () => (await t.app.get<symbol, EventStore>(EVENT_STORE).readStream('force-finance-herts')).length;

  beforeAll(async () => {
    t = await startTestAppWithHerts();
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await t.close();
  });

  it('imports a CSV budget (a dry run records nothing), then exports the MTFP as CSV with the same figures as the JSON', async () => {
    const csv = join(t.dir, 'budget-2016-17.csv');
    writeFileSync(csv, '\ufeffcode,name,kind,amount\r\nPAY,Police pay,pay,150000000.00\r\nSUP,Supplies,non_pay,30000000.50\r\n');
    const before = await t.http().get('/forces/herts/mtfp?from=2016/17&years=1').expect(200);

    const dry = await cfm(auth(['import', csv, '--force', 'herts', '--year', '2016/17', '--dry-run']));
    expect(dry).toMatchObject({ code: 0, err: '' });
    expect(dry.out).toMatch(/^200 \(dry run: nothing recorded\) .*BaseBudgetSet\.v1/);
    expect((await t.http().get('/forces/herts/mtfp?from=2016/17&years=1').expect(200)).body).toEqual(before.body);

    const real = await cfm(auth(['import', csv, '--force', 'herts', '--year', '2016/17']));
    expect(real).toMatchObject({ code: 0, err: '' });
    expect(real.out).toMatch(/^201 .*BaseBudgetSet\.v1/);

    const out = join(t.dir, 'mtfp.csv');
    const exported = await cfm(
      auth(['export', 'mtfp', '--force', 'herts', '--from', '2016/17', '--years', '1', '--format', 'csv', '--out', out]),
    );
    expect(exported).toMatchObject({ code: 0, err: '' });
    const [header, ...rows] = readCsv(readFileSync(out));
    expect(header).toEqual(['year', 'section', 'line', 'amount']);
    const json = (await t.http().get('/forces/herts/mtfp?from=2016/17&years=1').expect(200)).body;
    const figure = (line: string) => rows.find(([year, , l]) => year === '2016/17' && l === line)?.[3];
    expect(figure('expenditure/lines/PAY/amount')).toBe('150000000.00');
    expect(figure('nre')).toBe(json.years[0].nre.value);
    expect(json.years[0].nre.value).toBe('180000000.50');
  });

  it('imports an XLSX budget and exports the MTFP as a workbook whose figures are the JSON ones', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Budget 2017-18');
    ws.addRows([
      ['code', 'name', 'kind', 'amount'],
      ['PAY', 'Police pay', 'pay', 151000000],
      ['SUP', 'Supplies', 'non_pay', '29000000.25'],
    ]);
    const xlsx = join(t.dir, 'budget-2017-18.xlsx');
    writeFileSync(xlsx, Buffer.from(await workbook.xlsx.writeBuffer()));
    const imported = await cfm(auth(['import', xlsx, '--force', 'herts', '--year', '2017/18', '--idempotency-key', 'cli-xlsx-1']));
    expect(imported).toMatchObject({ code: 0, err: '' });
    expect(imported.out).toMatch(/^201 .*BaseBudgetSet\.v1/);
    const events = await eventCount();
    const again = await cfm(auth(['import', xlsx, '--force', 'herts', '--year', '2017/18', '--idempotency-key', 'cli-xlsx-1']));
    expect(again.code).toBe(0);
    expect(await eventCount()).toBe(events);

    const out = join(t.dir, 'mtfp.xlsx');
    const exported = await cfm(
      auth(['export', 'mtfp', '--force', 'herts', '--from', '2016/17', '--years', '2', '--format', 'xlsx', '--out', out]),
    );
    expect(exported).toMatchObject({ code: 0, err: '' });
    const book = await readWorkbook(readFileSync(out));
    const sheet = book.getWorksheet('Expenditure')!;
    const json = (await t.http().get('/forces/herts/mtfp?from=2016/17&years=2').expect(200)).body;
    expect(json.years[1].expenditure.total.value).toBe('180000000.25');
    const column = (sheet.getRow(1).values as unknown[]).indexOf('2017/18');
    const total = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === 'Total expenditure')!;
    expect(cellNumber(total.getCell(column))?.toFixed(2)).toBe(json.years[1].expenditure.total.value);
  });

  it('a bad file: exit 1, every bad row named, nothing recorded', async () => {
    const csv = join(t.dir, 'bad.csv');
    writeFileSync(csv, 'code,name,kind,amount\r\nPAY,Pay,pay,abc\r\nSUP,Supplies,salaries,1.00\r\n');
    const events = await eventCount();
    const run = await cfm(auth(['import', csv, '--force', 'herts', '--year', '2018/19']));
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/answered 400: Nothing was recorded/);
    expect(run.err).toMatch(/csv row 2, amount/);
    expect(run.err).toMatch(/csv row 3, kind/);
    expect(await eventCount()).toBe(events);
  });

  it('imports budget items from CSV with --into, and round-trips the plan workbook: export, edit a cell, dry run, import', async () => {
    const csv = join(t.dir, 'items.csv');
    writeFileSync(
      csv,
      'kind,fromYear,amount,recurrence,description\r\ncost_pressure,2017/18,250000.00,recurring,Custody contract uplift\r\n',
    );
    const items = await cfm(auth(['import', csv, '--force', 'herts', '--into', 'budget-items']));
    expect(items).toMatchObject({ code: 0, err: '' });
    expect(items.out).toMatch(/^201 .*BudgetItemAdded\.v1/);

    const book = join(t.dir, 'plan.xlsx');
    const saved = await cfm(auth(['export', 'plan-workbook', '--force', 'herts', '--out', book]));
    expect(saved).toMatchObject({ code: 0, err: '' });
    const workbook = await readWorkbook(readFileSync(book));
    const sheet = workbook.getWorksheet('Budget items')!;
    const amountColumn = (sheet.getRow(1).values as unknown[]).indexOf('amount');
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => String(r.getCell(amountColumn).value) === '250000')!;
    row.getCell(amountColumn).value = 300000;
    writeFileSync(book, Buffer.from(await workbook.xlsx.writeBuffer()));

    const events = await eventCount();
    const dry = await cfm(auth(['import', book, '--force', 'herts', '--into', 'plan-workbook', '--dry-run']));
    expect(dry).toMatchObject({ code: 0, err: '' });
    expect(dry.out).toMatch(/^200 \(dry run: nothing recorded\) .*BudgetItemRevised\.v1/);
    expect(await eventCount()).toBe(events);
    const real = await cfm(auth(['import', book, '--force', 'herts', '--into', 'plan-workbook']));
    expect(real.out).toMatch(/^201 .*BudgetItemRevised\.v1/);
    expect(await eventCount()).toBe(events + 1); // only the one changed cell is recorded

    const wrong = await cfm(auth(['import', csv, '--force', 'herts', '--into', 'plan-workbook']));
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/items\.csv: this import takes \.xlsx files/);
  });
});
