import ExcelJS from 'exceljs';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { startTestAppWithHerts, type TestApp } from '../support/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const LINES = [
  { code: 'PAY-OFFICERS', name: 'Police officer pay', kind: 'pay', amount: '104000000.00' },
  { code: 'NONPAY-PREMISES', name: 'Premises, "estates"', kind: 'non_pay', amount: '12500000.50' },
  { code: 'INC-FEES', name: 'Fees and charges', kind: 'income', amount: '3000000.00' },
];
/** The lines as the event holds them: amounts as the decider writes money. */
const RECORDED_LINES = LINES.map((l) => ({
  ...l,
  amount: { '104000000.00': '104000000', '12500000.50': '12500000.5', '3000000.00': '3000000' }[l.amount],
}));
const CSV =
  '\uFEFFcode,name,kind,amount\r\nPAY-OFFICERS,Police officer pay,pay,104000000.00\r\nNONPAY-PREMISES,"Premises, ""estates""",non_pay,12500000.50\r\nINC-FEES,Fees and charges,income,3000000.00\r\n';

async function xlsxOf(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Budget');
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('a base budget from a spreadsheet', () => {
  let t: TestApp;
  const store = () => t.app.get<symbol, EventStore>(EVENT_STORE);
  const recordedSince = async (position: bigint | null) =>
    (await store().readAll({ after: position ?? undefined })).map((e) => ({ stream: e.streamId, type: e.type, data: e.data }));

  beforeAll(async () => {
    t = await startTestAppWithHerts();
    await t.http().post('/forces').send({ code: 'kent', name: 'Kent Police' }).expect(201);
    await t.http().post('/forces/kent/plan-period').send({ firstYear: '2016/17', lastYear: '2019/20' }).expect(201);
  });
  afterAll(async () => {
    await t.close();
  });

  it('records from CSV and from XLSX exactly the events the JSON write records', async () => {
    let before = await store().headPosition();
    await t.http().post('/forces/kent/budgets').send({ year: '2016/17', lines: LINES }).expect(201);
    const fromJson = await recordedSince(before);
    before = await store().headPosition();
    await t.http().post('/forces/herts/budgets?year=2016/17').set('Content-Type', 'text/csv').send(CSV).expect(201);
    const fromCsv = await recordedSince(before);
    expect(fromCsv).toEqual(fromJson.map((e) => ({ ...e, stream: 'force-finance-herts' })));

    const workbook = await xlsxOf([['code', 'name', 'kind', 'amount'], ...LINES.map((l) => [l.code, l.name, l.kind, Number(l.amount)])]);
    before = await store().headPosition();
    await t.http().post('/forces/herts/budgets?year=2017/18').set('Content-Type', XLSX).send(workbook).expect(201);
    const fromXlsx = await recordedSince(before);
    expect(fromXlsx).toHaveLength(1);
    expect((fromXlsx[0].data as { lines: unknown[] }).lines).toEqual(
      LINES.map((l) => ({
        ...l,
        amount: l.amount === '104000000.00' ? '104000000' : l.amount === '3000000.00' ? '3000000' : '12500000.5',
      })),
    );
  });

  it('refuses a file with bad rows naming every one (sheet, row, column) and records nothing', async () => {
    const bad = await xlsxOf([
      ['code', 'name', 'kind', 'amount'],
      ['PAY', 'Pay', 'pay', '100.00'],
      ['NP', 'Non-pay', 'salary', '12.345'],
      ['PAY', '', 'pay', '1.00'],
      ['INC', 'Income', 'income', 0.1 + 0.2],
    ]);
    const before = await store().headPosition();
    const res = await t.http().post('/forces/herts/budgets?year=2018/19').set('Content-Type', XLSX).send(bad).expect(400);
    expect(res.body.problems.map((p: { sheet: string; row: number; column: string }) => [p.sheet, p.row, p.column])).toEqual([
      ['Budget', 3, 'kind'],
      ['Budget', 3, 'amount'],
      ['Budget', 4, 'code'],
      ['Budget', 4, 'name'],
      ['Budget', 5, 'amount'],
    ]);
    expect(res.body.problemsTotal).toBe(5);
    expect(res.body.message).toMatch(/^Nothing was recorded: Budget row 3, kind: /);
    expect(await recordedSince(before)).toEqual([]);
  });

  it('names a wrong header and CSV rows too', async () => {
    const res = await t
      .http()
      .post('/forces/herts/budgets?year=2018/19')
      .set('Content-Type', 'text/csv')
      .send('code,title,kind,amount\r\nA,B,pay,1.00\r\n')
      .expect(400);
    expect(res.body.problems).toEqual([
      { sheet: 'csv', row: 1, column: 'B', message: expect.stringContaining('"title" is not a column') },
      { sheet: 'csv', row: 1, column: 'name', message: expect.stringContaining('no "name" column') },
    ]);
  });

  it('answers a dry run with the events it would record, and records nothing', async () => {
    const before = await store().headPosition();
    const res = await t.http().post('/forces/herts/budgets?year=2019/20&dryRun=true').set('Content-Type', 'text/csv').send(CSV).expect(200);
    expect(res.body).toEqual({
      dryRun: true,
      stream: 'force-finance-herts',
      revision: expect.any(String),
      wouldRecord: [{ type: 'BaseBudgetSet.v1', data: expect.objectContaining({ year: '2019/20', lines: RECORDED_LINES }) }],
    });
    expect(await recordedSince(before)).toEqual([]);
  });

  it('takes an Idempotency-Key as a JSON write does: the retry is answered, nothing recorded twice', async () => {
    const send = () =>
      t
        .http()
        .post('/forces/herts/budgets?year=2019/20&reason=From%20the%20budget%20book')
        .set('Idempotency-Key', 'budget-csv-1')
        .set('Content-Type', 'text/csv')
        .send(CSV);
    const before = await store().headPosition();
    const first = await send().expect(201);
    const again = await send().expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    const recorded = await store().readAll({ after: before ?? undefined });
    expect(recorded).toHaveLength(1);
    expect(recorded[0].metadata.reason).toBe('From the budget book');
  });

  it('refuses more than 1,000 lines and more than 1 MB with 413, and a file without ?year= with 400', async () => {
    const many = ['code,name,kind,amount', ...Array.from({ length: 1001 }, (_, i) => `L${i},Line ${i},pay,1.00`)].join('\r\n');
    const before = await store().headPosition();
    const rows = await t.http().post('/forces/herts/budgets?year=2018/19').set('Content-Type', 'text/csv').send(many).expect(413);
    expect(rows.body.message).toMatch(/1,001 budget lines; at most 1,000/);
    await t.http().post('/forces/herts/budgets?year=2018/19').set('Content-Type', 'text/csv').send('x'.repeat(1_100_000)).expect(413);
    const noYear = await t.http().post('/forces/herts/budgets').set('Content-Type', 'text/csv').send(CSV).expect(400);
    expect(noYear.body.details).toEqual([{ field: 'year', message: expect.stringContaining('?year=') }]);
    expect(await recordedSince(before)).toEqual([]);
  });

  it('keeps refusing CSV where no import is offered, and keeps the write rules: a viewer may not import', async () => {
    await t.http().post('/forces/herts/plan-period').set('Content-Type', 'text/csv').send('a,b\r\n').expect(415);
    await t
      .as({ role: 'viewer', force: 'herts' })
      .post('/forces/herts/budgets?year=2018/19')
      .set('Content-Type', 'text/csv')
      .send(CSV)
      .expect(403);
  });
});
