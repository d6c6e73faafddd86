import ExcelJS from 'exceljs';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { startTestAppWithHerts, type TestApp } from '../support/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ITEMS = [
  'kind,fromYear,amount,recurrence,description',
  'cost_pressure,2017/18,2400000.00,recurring,DAISU',
  'saving,2017/18,1000000.00,recurring,Estates rationalisation',
  'growth,2018/19,150000.50,one_off,"Body-worn video, phase 2"',
].join('\r\n');

async function xlsxOf(name: string, rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet(name).addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('budget items, assumptions and reserves from a spreadsheet', () => {
  let t: TestApp;
  const store = () => t.app.get<symbol, EventStore>(EVENT_STORE);
  const stream = async () => store().readStream('force-finance-herts');
  const csv = (path: string, body: string) => t.http().post(path).set('Content-Type', 'text/csv').send(body);

  beforeAll(async () => {
    t = await startTestAppWithHerts();
  });
  afterAll(async () => {
    await t.close();
  });

  it('records every budget item of a file in one append, as the JSON write would record each', async () => {
    const dry = await csv('/forces/herts/budget-items?dryRun=true', ITEMS).expect(200);
    expect(dry.body.wouldRecord.map((e: { type: string }) => e.type)).toEqual(Array(3).fill('BudgetItemAdded.v1'));
    const before = (await stream()).length;

    const res = await csv('/forces/herts/budget-items?reason=from%20the%20budget%20book', ITEMS).expect(201);
    expect(res.body.itemIds).toHaveLength(3);
    const added = (await stream()).slice(before);
    expect(added.map((e) => e.data)).toEqual(
      dry.body.wouldRecord.map((e: { data: object }) => ({ ...e.data, itemId: expect.any(String) })),
    );
    expect(added.map((e) => e.data.itemId)).toEqual(res.body.itemIds);
    expect(new Set(added.map((e) => e.metadata.correlationId)).size).toBe(1);
    expect(added.every((e) => e.metadata.reason === 'from the budget book')).toBe(true);
    expect(res.body.position).toBe(added[2].position.toString());

    const one = await t.http().get(`/forces/herts/budget-items/${res.body.itemIds[2]}`).expect(200);
    expect(JSON.stringify(one.body)).toContain('Body-worn video, phase 2');
  });

  it('answers a retry with the same Idempotency-Key as the first time, recording nothing more', async () => {
    const first = await csv('/forces/herts/budget-items', ITEMS).set('Idempotency-Key', 'items-1').expect(201);
    const count = (await stream()).length;
    const again = await csv('/forces/herts/budget-items', ITEMS).set('Idempotency-Key', 'items-1').expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.itemIds).toEqual(first.body.itemIds);
    expect((await stream()).length).toBe(count);
  });

  it('names every bad row (sheet, row, column) and records nothing', async () => {
    const count = (await stream()).length;
    const bad = await xlsxOf('Items', [
      ['Kind', 'FromYear', 'Amount', 'Recurrence', 'Description'],
      ['cost_pressure', '2017/18', '12.345', 'recurring', 'Too precise'],
      ['growth', '2017/18', '10.00', 'recurring', 'Fine'],
      ['pressure', '2017/18', '10.00', 'sometimes', 'Two wrong'],
    ]);
    const res = await t.http().post('/forces/herts/budget-items').set('Content-Type', XLSX).send(bad).expect(400);
    expect(res.body.problems.map((p: { sheet: string; row: number; column: string }) => [p.sheet, p.row, p.column])).toEqual([
      ['Items', 2, 'amount'],
      ['Items', 4, 'kind'],
      ['Items', 4, 'recurrence'],
    ]);
    expect(res.body.message).toMatch(/^Nothing was recorded/);
    expect((await stream()).length).toBe(count);
  });

  it('refuses the whole file when a finance rule refuses rows (422 naming each), recording none of the good rows', async () => {
    const count = (await stream()).length;
    const body = `${ITEMS}\r\ngrowth,2024/25,1.00,recurring,Beyond the plan\r\ngrowth,2017/18,2.00,recurring,Fine\r\nsaving,2010/11,3.00,one_off,Before it`;
    const res = await csv('/forces/herts/budget-items', body).expect(422);
    expect(res.body.problems).toEqual([
      { sheet: 'csv', row: 5, column: 'fromYear', message: expect.stringContaining('2024/25') },
      { sheet: 'csv', row: 7, column: 'fromYear', message: expect.stringContaining('2010/11') },
    ]);
    expect((await stream()).length).toBe(count);
  });

  it('sets the assumptions of several years from one sheet, and refuses a year given twice', async () => {
    const header = ['year', 'payAward', 'nonPayInflation', 'incomeInflation', 'grantChange', 'taxBaseGrowth'];
    const sheet = await xlsxOf('Assumptions', [
      header,
      ['2017/18', '0.01', '0.02', '0.01', '-0.013', '0.008'],
      ['2018/19', '0.02', '0.02', '0.01', '-0.01', '0.008'],
    ]);
    const res = await t.http().post('/forces/herts/assumptions').set('Content-Type', XLSX).send(sheet).expect(201);
    expect(res.body.events.map((e: { type: string }) => e.type)).toEqual(['PlanAssumptionsSet.v1', 'PlanAssumptionsSet.v1']);
    const twice = await csv('/forces/herts/assumptions', `${header.join(',')}\n2017/18,0,0,0,0,0\n2017/18,0,0,0,0,0\n`).expect(400);
    expect(twice.body.problems).toEqual([{ sheet: 'csv', row: 3, column: 'year', message: expect.stringContaining('row 2') }]);
  });

  it('opens several reserves from one file; a reserve already open refuses the file', async () => {
    const file =
      'reserveId,name,kind,openingBalance,asAtYear\ngeneral,General reserve,general,9000000.00,2016/17\nchange,Change reserve,earmarked,2500000.00,2016/17\n';
    const res = await csv('/forces/herts/reserves', file).expect(201);
    expect(res.body.reserveIds).toEqual(['general', 'change']);
    const count = (await stream()).length;
    const again = await csv(
      '/forces/herts/reserves',
      'reserveId,name,kind,openingBalance,asAtYear\nnew-one,New,general,1.00,2016/17\nchange,Change,earmarked,1.00,2016/17\n',
    ).expect(422);
    expect(again.body.problems).toEqual([{ sheet: 'csv', row: 3, column: 'reserveId', message: expect.stringContaining('change') }]);
    expect((await stream()).length).toBe(count);
  });

  it('refuses ?dryRun=true with a JSON body rather than recording it', async () => {
    const count = (await stream()).length;
    const body = { kind: 'growth', fromYear: '2017/18', amount: '1.00', recurrence: 'recurring', description: 'JSON' };
    const res = await t.http().post('/forces/herts/budget-items?dryRun=true').send(body).expect(400);
    expect(res.body.details).toEqual([{ field: 'dryRun', message: expect.stringContaining('CSV or XLSX') }]);
    expect((await stream()).length).toBe(count);
  });

  it('answers 413 beyond the rows a file may hold', async () => {
    const rows = Array.from({ length: 1001 }, (_, i) => `growth,2017/18,1.00,recurring,Item ${i}`);
    const res = await csv('/forces/herts/budget-items', ['kind,fromYear,amount,recurrence,description', ...rows].join('\n')).expect(413);
    expect(res.body.message).toMatch(/1,001 budget items; at most 1,000/);
  });
});
