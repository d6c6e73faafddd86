import { col, hertsPlanWorkbook, rowWhere } from '../support/plan-workbook-files';
import { readWorkbook } from '../support/spreadsheets';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the plan workbook: capital programme, capital financing and inflation rates out and back (the worked example)', () => {
  let t: TestApp;
  const { stream, download, upload, bytes } = hertsPlanWorkbook(() => t);

  beforeAll(async () => {
    t = await startTestApp({ seedExampleWhenEmpty: true });
  });
  afterAll(async () => {
    await t.close();
  });

  /** The MTFP years 2016/17 to 2018/19: each year's MRP and interest, and the transport line. */
  const mtfp = async () =>
    (await t.http().get('/forces/herts/mtfp?from=2016/17&years=3').expect(200)).body.years.map(
      (y: {
        capitalFinancing: { mrp: { value: string }; interest: { value: string } };
        expenditure: { lines: Array<{ code: string; amount: { value: string } }> };
      }) => ({
        mrp: y.capitalFinancing.mrp.value,
        interest: y.capitalFinancing.interest.value,
        transport: y.expenditure.lines.find((l) => l.code === 'transport')?.amount.value,
      }),
    );
  const types = (res: { body: { events: Array<{ type: string }> } }) => res.body.events.map((e) => e.type);

  it('round-trips the capital programme, its financing and inflation rates: an edited row records exactly its command, and the MTFP moves', async () => {
    const first = await readWorkbook((await download()).body);
    const schemes = first.getWorksheet('Capital programme')!;
    const estates = rowWhere(schemes, 'schemeId', (v) => v === 'estates-2016').row;
    expect(['year', 'cost', 'borrowing', 'assetLifeYears'].map((c) => estates.getCell(col(schemes, c)).value)).toEqual([
      '2016/17',
      2060000,
      1000000,
      20,
    ]);
    expect(rowWhere(schemes, 'schemeId', (v) => v === 'fleet-2017').row.getCell(col(schemes, 'reserveId')).value).toBe('specific-change');
    expect(first.getWorksheet('Capital financing')!.getRow(2).values).toEqual([undefined, '2016/17', 0.03, 'straight_line']);

    // Tag the 2015/16 transport line as fuel (the MTFP rolls the 2015/16 budget on) and give fuel a 2017/18 rate of 5 %.
    const lines = first.getWorksheet('Budget lines')!;
    const transport = rowWhere(lines, 'code', (v) => v === 'transport').row;
    expect(transport.getCell(col(lines, 'year')).value).toBe('2015/16');
    transport.getCell(col(lines, 'inflationCategory')).value = 'fuel';
    first.getWorksheet('Inflation rates')!.addRow(['2017/18', 'fuel', 0.05]);
    const before = await mtfp();
    expect(types(await upload(await bytes(first)).expect(201))).toEqual(['BaseBudgetSet.v1', 'InflationCategoryRatesSet.v1']);
    const tagged = await mtfp();
    // Transport £4.0m (2015/16). 2016/17 has no fuel rate: non-pay inflation 2 % as before, 4,000,000 × 1.02 = 4,080,000.
    // 2017/18: before 4,080,000 × 1.02 = 4,161,600; as fuel at 5 %, 4,080,000 × 1.05 = 4,284,000.
    expect([before[0].transport, before[1].transport]).toEqual(['4080000.00', '4161600.00']);
    expect([tagged[0].transport, tagged[1].transport]).toEqual(['4080000.00', '4284000.00']);

    // Downloaded again: the line keeps its category, the rate is there, and an unedited workbook records nothing.
    const second = await readWorkbook((await download()).body);
    expect(
      rowWhere(second.getWorksheet('Budget lines')!, 'code', (v) => v === 'transport').row.getCell(col(lines, 'inflationCategory')).value,
    ).toBe('fuel');
    expect((await upload(await bytes(second)).expect(200)).body.events).toEqual([]);

    // One scheme's borrowing £1.0m -> £0.8m (receipts £0.5m -> £0.7m, so the funding still adds up to the £2.06m cost), fuel 5 % -> 8 %.
    const schemes2 = second.getWorksheet('Capital programme')!;
    const estates2 = rowWhere(schemes2, 'schemeId', (v) => v === 'estates-2016').row;
    estates2.getCell(col(schemes2, 'borrowing')).value = 800000;
    estates2.getCell(col(schemes2, 'capitalReceipts')).value = 700000;
    const rates = second.getWorksheet('Inflation rates')!;
    rowWhere(rates, 'category', (v) => v === 'fuel').row.getCell(col(rates, 'rate')).value = 0.08;
    const count = (await stream()).length;
    expect(types(await upload(await bytes(second)).expect(201))).toEqual(['CapitalSchemeRecorded.v1', 'InflationCategoryRatesSet.v1']);
    const added = (await stream()).slice(count);
    expect(added.map((e) => e.data)).toEqual([
      {
        schemeId: 'estates-2016',
        name: 'Estates and custody improvements',
        year: '2016/17',
        cost: '2060000',
        funding: { capitalGrant: '500000', capitalReceipts: '700000', revenueContribution: '60000', reserves: '0', borrowing: '800000' },
        assetLifeYears: 20,
      },
      { year: '2017/18', rates: [{ category: 'fuel', rate: '0.08' }] },
    ]);
    const after = await mtfp();
    // MRP straight-line, interest 3 %, fleet-2017 (£1.0m over 5 years) unchanged:
    //   2017/18 MRP  1,000,000 ÷ 20 = 50,000 -> 800,000 ÷ 20 = 40,000; interest 1,000,000 × 3 % = 30,000 -> 800,000 × 3 % = 24,000
    //   2018/19 MRP  50,000 + 200,000 = 250,000 -> 40,000 + 200,000 = 240,000;
    //           interest 950,000 × 3 % + 30,000 = 58,500 -> (800,000 − 40,000) × 3 % + 30,000 = 22,800 + 30,000 = 52,800
    expect([1, 2].map((y) => [tagged[y].mrp, tagged[y].interest])).toEqual([
      ['50000.00', '30000.00'],
      ['250000.00', '58500.00'],
    ]);
    expect([1, 2].map((y) => [after[y].mrp, after[y].interest])).toEqual([
      ['40000.00', '24000.00'],
      ['240000.00', '52800.00'],
    ]);
    // Transport 2017/18 at 8 %: 4,080,000 × 1.08 = 4,406,400; 2016/17 unchanged.
    expect([after[0].transport, after[1].transport]).toEqual(['4080000.00', '4406400.00']);
    // 2016/17 has no borrowing charges either way (they start the year after the spend).
    expect([after[0].mrp, after[0].interest]).toEqual(['0.00', '0.00']);
  });

  it('withdraws a scheme-year whose row is taken out of the Capital programme sheet, and names a bad capital cell', async () => {
    const workbook = await readWorkbook((await download()).body);
    const schemes = workbook.getWorksheet('Capital programme')!;
    const { r } = rowWhere(schemes, 'schemeId', (v) => v === 'fleet-2017');
    schemes.getRow(r).getCell(col(schemes, 'borrowing')).value = 'a million';
    const count = (await stream()).length;
    const bad = await upload(await bytes(workbook)).expect(400);
    expect(bad.body.problems).toEqual([{ sheet: 'Capital programme', row: r, column: 'borrowing', message: expect.any(String) }]);
    expect((await stream()).length).toBe(count);

    schemes.spliceRows(r, 1);
    const res = await upload(await bytes(workbook)).expect(201);
    expect(types(res)).toEqual(['CapitalSchemeWithdrawn.v1']);
    expect((await stream()).slice(-1)[0].data).toEqual({ schemeId: 'fleet-2017', year: '2017/18' });
    // A category twice in a year is named at its second row (a malformed workbook: 400).
    const twice = await readWorkbook((await download()).body);
    const rates = twice.getWorksheet('Inflation rates')!;
    rates.addRow(['2018/19', 'fuel', 0.04]);
    rates.addRow(['2018/19', 'fuel', 0.05]);
    const doubled = await upload(await bytes(twice)).expect(400);
    expect(doubled.body.problems).toEqual([
      { sheet: 'Inflation rates', row: rates.rowCount, column: 'category', message: expect.any(String) },
    ]);
    // A workbook without the sheet at all withdraws nothing.
    const without = await readWorkbook((await download()).body);
    without.removeWorksheet(without.getWorksheet('Capital programme')!.id);
    expect((await upload(await bytes(without)).expect(200)).body.events).toEqual([]);
  });

  it('keeps lines’ inflation categories when a workbook without the inflationCategory column comes back', async () => {
    const workbook = await readWorkbook((await download()).body);
    const lines = workbook.getWorksheet('Budget lines')!;
    lines.spliceColumns(col(lines, 'inflationCategory'), 1);
    expect((await upload(await bytes(workbook)).expect(200)).body.events).toEqual([]);
    // Editing a 2019/20 line records the year's budget with its energy and fuel lines still in their categories.
    const { row } = rowWhere(lines, 'code', (v) => v === 'supplies-energy');
    expect(row.getCell(col(lines, 'year')).value).toBe('2019/20');
    row.getCell(col(lines, 'amount')).value = 2600000;
    expect(types(await upload(await bytes(workbook)).expect(201))).toEqual(['BaseBudgetSet.v1']);
    const recorded = (await stream()).slice(-1)[0].data as { lines: Array<{ code: string; amount: string; inflationCategory?: string }> };
    expect(recorded.lines.filter((l) => l.inflationCategory).map((l) => [l.code, l.amount, l.inflationCategory])).toEqual([
      ['supplies-energy', '2600000', 'energy'],
      ['supplies-fuel', '1500000', 'fuel'],
    ]);
  });

  it("round-trips a pay group's establishment: an edited FTE records SetEstablishment for its year and group", async () => {
    const workbook = await readWorkbook((await download()).body);
    const establishment = workbook.getWorksheet('Establishment')!;
    // The worked example's 2019/20 establishment, as recorded.
    expect([2, 3, 4].map((r) => establishment.getRow(r).values)).toEqual([
      [undefined, '2019/20', 'officers', 1430],
      [undefined, '2019/20', 'staff', 880],
      [undefined, '2019/20', 'pcsos', 190],
    ]);
    rowWhere(establishment, 'group', (v) => v === 'staff').row.getCell(col(establishment, 'fte')).value = 905.5;
    const res = await upload(await bytes(workbook)).expect(201);
    expect(types(res)).toEqual(['EstablishmentSet.v1']);
    expect((await stream()).slice(-1)[0].data).toEqual({ year: '2019/20', group: 'staff', fte: '905.5' });
    expect((await upload((await download()).body).expect(200)).body.events).toEqual([]);
  });

  it('refuses every row a finance rule refuses in the new sheets (422), naming sheet, row and column, and records nothing', async () => {
    const workbook = await readWorkbook((await download()).body);
    const schemes = workbook.getWorksheet('Capital programme')!;
    // The funding no longer adds up to the cost: £2.06m cost, £2.06m + £1 of funding.
    const estates = rowWhere(schemes, 'schemeId', (v) => v === 'estates-2016');
    estates.row.getCell(col(schemes, 'capitalGrant')).value = 500001;
    const rates = workbook.getWorksheet('Inflation rates')!;
    rates.addRow(['2018/19', 'energy', -1]);
    const count = (await stream()).length;
    const res = await upload(await bytes(workbook));
    expect(res.body.problems.map((p: { sheet: string; row: number; column: string }) => [p.sheet, p.row, p.column])).toEqual([
      ['Capital programme', estates.r, 'cost'],
      ['Inflation rates', rates.rowCount, 'rate'],
    ]);
    expect(res.status).toBe(422);
    expect((await stream()).length).toBe(count);

    // An FTE of nothing is refused as the JSON write refuses it, naming the Establishment row.
    const fresh = await readWorkbook((await download()).body);
    const establishment = fresh.getWorksheet('Establishment')!;
    const pcsos = rowWhere(establishment, 'group', (v) => v === 'pcsos');
    pcsos.row.getCell(col(establishment, 'fte')).value = 0;
    const zero = await upload(await bytes(fresh));
    expect([zero.status, zero.body.problems]).toEqual([
      422,
      [{ sheet: 'Establishment', row: pcsos.r, column: 'fte', message: expect.any(String) }],
    ]);
    expect((await stream()).length).toBe(count);
  });
});
