import { col, hertsPlanWorkbook, rowWhere, XLSX } from '../support/plan-workbook-files';
import { readWorkbook } from '../support/spreadsheets';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the plan workbook: out, edited, and back (the worked example)', () => {
  let t: TestApp;
  const { stream, download, upload, bytes } = hertsPlanWorkbook(() => t);

  beforeAll(async () => {
    t = await startTestApp({ seedExampleWhenEmpty: true });
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives one sheet per kind of plan input, with the keys to match rows back', async () => {
    const res = await download();
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="herts-plan-workbook-rev-\d+\.xlsx"$/);
    const workbook = await readWorkbook(res.body);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Budget lines',
      'Budget items',
      'Assumptions',
      'Funding',
      'Precepts',
      'Reserves',
      'Reserve movements',
      'Specific grants',
      'Capital programme',
      'Capital financing',
      'Inflation rates',
      'Establishment',
    ]);
    expect(workbook.getWorksheet('Budget items')!.getRow(1).values).toEqual([
      undefined,
      'itemId',
      'kind',
      'fromYear',
      'amount',
      'recurrence',
      'description',
    ]);
    expect(workbook.getWorksheet('Budget lines')!.rowCount).toBeGreaterThan(5);
  });

  it('records nothing when the workbook comes back unedited (a dry run says so too)', async () => {
    const before = (await stream()).length;
    const file = (await download()).body;
    const dry = await upload(file, '?dryRun=true').expect(200);
    expect(dry.body.wouldRecord).toEqual([]);
    const res = await upload(file).expect(200);
    expect(res.body.events).toEqual([]);
    expect((await stream()).length).toBe(before);
  });

  it('records exactly one event for one edited cell, the event the JSON write records', async () => {
    const workbook = await readWorkbook((await download()).body);
    const items = workbook.getWorksheet('Budget items')!;
    const { row } = rowWhere(items, 'itemId', (v) => typeof v === 'string' && v !== '');
    const itemId = String(row.getCell(col(items, 'itemId')).value);
    row.getCell(col(items, 'amount')).value = 1234567.89;
    const before = (await stream()).length;

    const dry = await upload(await bytes(workbook), '?dryRun=true').expect(200);
    expect(dry.body.wouldRecord).toEqual([
      { type: 'BudgetItemRevised.v1', data: expect.objectContaining({ itemId, amount: '1234567.89' }) },
    ]);
    expect((await stream()).length).toBe(before);

    const res = await upload(await bytes(workbook), '?reason=revised%20in%20the%20workbook').expect(201);
    expect(res.body.events.map((e: { type: string }) => e.type)).toEqual(['BudgetItemRevised.v1']);
    const added = (await stream()).slice(before);
    expect(added).toHaveLength(1);
    expect(added[0].metadata.reason).toBe('revised in the workbook');
    const item = await t.http().get(`/forces/herts/budget-items/${itemId}`).expect(200);
    expect(JSON.stringify(item.body)).toContain('1234567.89');

    const lines = workbook.getWorksheet('Budget lines')!;
    const line = lines.getRow(2);
    line.getCell(col(lines, 'amount')).value = 42;
    const more = await upload(await bytes(workbook)).expect(201);
    expect(more.body.events.map((e: { type: string }) => e.type)).toEqual(['BaseBudgetSet.v1']);
  });

  it('takes new reserve movements from the workbook; a recorded movement is never edited there', async () => {
    const workbook = await readWorkbook((await download()).body);
    const movements = workbook.getWorksheet('Reserve movements')!;
    // The worked example's movements (its £4.45m drawdowns a year among them) are there, as recorded.
    expect(movements.rowCount).toBeGreaterThan(4);
    movements.addRow(['', 'general', '2018/19', 'contribution', 'planned', 125000.5, 'true', 'Top-up agreed at the budget meeting']);
    const before = (await stream()).length;
    const res = await upload(await bytes(workbook)).expect(201);
    expect(res.body.events).toEqual([{ id: expect.any(String), type: 'ReserveMovementRecorded.v1' }]);
    const recorded = (await stream()).slice(before);
    expect(recorded.map((e) => [e.data.reserveId, e.data.year, e.data.direction, e.data.amount, e.data.supportsRevenueBudget])).toEqual([
      ['general', '2018/19', 'contribution', '125000.5', true],
    ]);
    // Downloaded again, the new movement has its id, and an unedited workbook records nothing more.
    const again = await readWorkbook((await download()).body);
    expect((await upload(await bytes(again)).expect(200)).body.events).toEqual([]);

    const { row } = rowWhere(again.getWorksheet('Reserve movements')!, 'movementId', (v) => typeof v === 'string' && v !== '');
    row.getCell(col(again.getWorksheet('Reserve movements')!, 'amount')).value = 1;
    const refused = await upload(await bytes(again)).expect(400);
    expect(refused.body.problems).toEqual([
      expect.objectContaining({ sheet: 'Reserve movements', message: expect.stringMatching(/a recorded movement is not changed/) }),
    ]);
  });

  it('round-trips specific grants: an edited amount records the grant again for its year, as the JSON write does', async () => {
    const workbook = await readWorkbook((await download()).body);
    const grants = workbook.getWorksheet('Specific grants')!;
    const { row } = rowWhere(grants, 'grantId', (v) => v === 'pensions-grant');
    // Tied to the officers' employer pension (one cell, "group:onCost"), so an edited row keeps its tie.
    expect(row.getCell(col(grants, 'fundsOnCost')).value).toBe('officers:pension');
    row.getCell(col(grants, 'amount')).value = 2100000;
    const res = await upload(await bytes(workbook)).expect(201);
    expect(res.body.events.map((e: { type: string }) => e.type)).toEqual(['SpecificGrantRecorded.v1']);
    const added = (await stream()).slice(-1)[0];
    expect(added.data).toEqual(
      expect.objectContaining({
        grantId: 'pensions-grant',
        year: '2019/20',
        amount: '2100000',
        fundsOnCost: { group: 'officers', onCost: 'pension' },
      }),
    );
  });

  it('keeps pay lines’ pay groups when a year’s budget is edited in the workbook', async () => {
    const workbook = await readWorkbook((await download()).body);
    const lines = workbook.getWorksheet('Budget lines')!;
    const { row } = rowWhere(lines, 'payGroup', (v) => v === 'officers');
    expect([row.getCell(col(lines, 'year')).value, row.getCell(col(lines, 'code')).value]).toEqual(['2019/20', 'officer-pay']);
    row.getCell(col(lines, 'amount')).value = 60500000.01;
    const res = await upload(await bytes(workbook)).expect(201);
    expect(res.body.events.map((e: { type: string }) => e.type)).toEqual(['BaseBudgetSet.v1']);
    const [added] = (await stream()).slice(-1);
    const recorded = (added.data as { lines: Array<{ code: string; amount: string; payGroup?: string }> }).lines;
    expect(recorded.filter((l) => l.payGroup).map((l) => [l.code, l.amount, l.payGroup])).toEqual([
      ['officer-pay', '60500000.01', 'officers'],
      ['staff-pay', '24500000', 'staff'],
      ['pcso-pay', '5000000', 'pcsos'],
    ]);
  });

  it('names every bad cell (sheet, row, column) and records nothing', async () => {
    const workbook = await readWorkbook((await download()).body);
    const assumptions = workbook.getWorksheet('Assumptions')!;
    assumptions.getRow(2).getCell(col(assumptions, 'payAward')).value = '';
    const lines = workbook.getWorksheet('Budget lines')!;
    lines.getRow(3).getCell(col(lines, 'name')).value = null;
    const items = workbook.getWorksheet('Budget items')!;
    items.addRow(['', 'growth', '2017/18', '10.00', 'recurring', 'A new item']);
    const before = (await stream()).length;
    const res = await upload(await bytes(workbook)).expect(400);
    expect(res.body.problems.map((p: { sheet: string; row: number; column: string }) => [p.sheet, p.row, p.column])).toEqual([
      ['Budget lines', 3, 'name'],
      ['Assumptions', 2, 'payAward'],
    ]);
    expect(res.body.message).toMatch(/^Nothing was recorded/);
    expect((await stream()).length).toBe(before);
  });

  it('refuses the whole workbook when a finance rule refuses a change, naming every refused row; a new item row adds an item', async () => {
    const workbook = await readWorkbook((await download()).body);
    const items = workbook.getWorksheet('Budget items')!;
    items.addRow(['', 'growth', '2017/18', '10.00', 'recurring', 'A new item']);
    items.addRow(['', 'growth', '2017/18', '-5.00', 'recurring', 'A negative item']);
    items.addRow(['', 'saving', '2017/18', '-7.00', 'one_off', 'Another negative item']);
    const before = (await stream()).length;
    const res = await upload(await bytes(workbook));
    expect(res.status).toBe(422);
    // Every row a finance rule refuses is named, not just the first.
    expect(res.body.problems).toEqual([
      { sheet: 'Budget items', row: items.rowCount - 1, column: 'amount', message: expect.any(String) },
      { sheet: 'Budget items', row: items.rowCount, column: 'amount', message: expect.any(String) },
    ]);
    expect((await stream()).length).toBe(before);

    items.spliceRows(items.rowCount, 1);
    items.spliceRows(items.rowCount, 1);
    const ok = await upload(await bytes(workbook)).expect(201);
    expect(ok.body.events.map((e: { type: string }) => e.type)).toEqual(['BudgetItemAdded.v1']);
  });
});
