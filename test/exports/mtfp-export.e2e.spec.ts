import Decimal from 'decimal.js';
import { mtfpLines } from '../../src/mtfp/http/mtfp-lines';
import { POUNDS_FORMAT } from '../../src/exports/xlsx-writer';
import { startTestApp, type TestApp } from '../support/test-app';
import { binary, cellNumber, formulaTotals, readCsv, readWorkbook } from '../support/spreadsheets';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MTFP = '/forces/herts/mtfp?from=2016/17&years=4';

interface YearJson {
  year: string;
  expenditure: { total: { value: string } };
  income: { total: { value: string } };
  nre: { value: string };
  funding: { total: { value: string } };
  gap: { value: string };
  savingsToIdentify: { value: string };
  surplus: { value: string };
  reserves: { name: string; closing: { value: string } }[];
  reservesByPurpose: { purposeCategory: string; closing: { value: string } }[];
  monitoring: { nre: { outturn: { value: string }; variance: { value: string } } } | null;
}

describe('the MTFP as a spreadsheet (the worked example)', () => {
  let t: TestApp;
  let json: { asAt: { position: string }; years: YearJson[] };
  beforeAll(async () => {
    t = await startTestApp({ seedExampleWhenEmpty: true });
    // The figures with the events they cite: the spreadsheet is built from the full answer.
    json = (await t.http().get(`${MTFP}&include=sources`).expect(200)).body;
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers JSON exactly as before when asked for JSON, for anything, or for nothing', async () => {
    const plain = await t.http().get(MTFP).expect(200);
    for (const asked of [`${MTFP}&format=json`, MTFP]) {
      for (const accept of ['application/json', '*/*', 'text/html,application/xhtml+xml,*/*;q=0.8']) {
        const res = await t.http().get(asked).set('Accept', accept).expect(200);
        expect(res.text).toBe(plain.text);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
      }
    }
  });

  it('gives a workbook whose bold totals are formulas equal to the JSON figures to the penny', async () => {
    const res = await binary(t.http().get(`${MTFP}&format=xlsx`));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="herts-mtfp-2016-17-to-2019-20-asat-${json.asAt.position}.xlsx"`);
    const workbook = await readWorkbook(res.body);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Cover',
      'Summary',
      'Expenditure',
      'Income',
      'Funding',
      'Reserve use',
      'Reserves',
      'Reserves by purpose',
      'Reserves plan and outturn',
      'Assumptions',
      'Budget monitoring',
      // The 2019/20 budget's pay by group and its on-costs (hertfordshire-pay-model-2019.ts).
      'Pay groups',
      'Sources',
    ]);
    const totals = workbook.worksheets.flatMap(formulaTotals);
    for (const total of totals) expect({ ...total, sumOfCells: total.result }).toEqual(total);
    const figure = (sheet: string, label: string, year: string) =>
      totals.find((x) => x.sheet === sheet && x.label === label && x.column === year)?.result;
    for (const y of json.years) {
      expect(figure('Expenditure', 'Total expenditure', y.year)).toBe(y.expenditure.total.value);
      expect(figure('Income', 'Total income', y.year)).toBe(y.income.total.value);
      expect(figure('Summary', 'Net revenue expenditure', y.year)).toBe(y.nre.value);
      expect(figure('Funding', 'Total funding', y.year)).toBe(y.funding.total.value);
      expect(figure('Summary', 'Gap (shortfall positive)', y.year)).toBe(y.gap.value);
      // Gap after reserves is savings to identify in a shortfall year, minus the surplus in a surplus year (2018/19).
      const afterReserves = new Decimal(y.savingsToIdentify.value).minus(y.surplus.value).toFixed(2);
      expect(figure('Summary', 'Gap after reserves (shortfall positive)', y.year)).toBe(afterReserves);
      for (const r of y.reserves) expect(figure('Reserves', `${r.name}: closing`, y.year)).toBe(r.closing.value);
      for (const g of y.reservesByPurpose) {
        const name = totals.find((x) => x.sheet === 'Reserves by purpose' && x.column === y.year && x.result === g.closing.value)?.label;
        expect(name).toMatch(/: closing$/);
      }
    }
    expect(json.years[0].nre.value).toBe('187000000.00');
    // Budget monitoring: the net under/overspend sums the variances; the outturn NRE is budget + it (2016/17's actual: −£0.35m).
    const monitored = json.years.filter((y) => y.monitoring !== null);
    expect(monitored.map((y) => y.year)).toEqual(['2016/17']);
    for (const y of monitored) {
      expect(figure('Budget monitoring', 'Net overspend (underspend negative)', y.year)).toBe(y.monitoring!.nre.variance.value);
      expect(figure('Budget monitoring', 'Net revenue expenditure: outturn', y.year)).toBe(y.monitoring!.nre.outturn.value);
    }
    expect(figure('Budget monitoring', 'Net overspend (underspend negative)', '2016/17')).toBe('-350000.00');
  });

  it('lists the 2019/20 pensions grant as its own Funding line, counted in the Total funding formula', async () => {
    const ws = (await readWorkbook((await binary(t.http().get(`${MTFP}&format=xlsx`))).body)).getWorksheet('Funding')!;
    const header = ws.getRow(1).values as unknown[];
    const column = header.indexOf('2019/20');
    let found: { label: unknown; kind: unknown; amount: string | undefined } | null = null;
    ws.eachRow((row) => {
      if (row.getCell(2).value === 'specificGrants/pensions-grant') {
        found = { label: row.getCell(1).value, kind: row.getCell(3).value, amount: cellNumber(row.getCell(column))?.toFixed(2) };
      }
    });
    expect(found).toEqual({
      label: "Police pensions grant – funds Police officers' employer pension",
      kind: 'specific grant',
      amount: '2000000.00',
    });
  });

  it('formats pounds with brackets, bolds totals, freezes the header row and fits the columns', async () => {
    const workbook = await readWorkbook((await binary(t.http().get(`${MTFP}&format=xlsx`))).body);
    const ws = workbook.getWorksheet('Summary')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const nre = ws.getRow(4);
    expect(nre.getCell(1).value).toBe('Net revenue expenditure');
    expect(nre.getCell(4).numFmt).toBe(POUNDS_FORMAT);
    expect(nre.getCell(4).font?.bold).toBe(true);
    expect(ws.getColumn(4).width).toBeGreaterThanOrEqual('187,000,000.00'.length);
    expect(cellNumber(ws.getRow(3).getCell(4))!.isNegative()).toBe(true); // "Less income" is subtracted
  });

  it('has a cover saying what, whose, as at when and who exported it, and a Sources sheet of every cited event', async () => {
    const workbook = await readWorkbook(
      (await binary(t.as({ role: 'viewer', force: 'herts', subject: 'cfo@herts' }).get(`${MTFP}&format=xlsx`))).body,
    );
    const cover = Object.fromEntries(
      workbook
        .getWorksheet('Cover')!
        .getSheetValues()
        .filter(Boolean)
        .map((r) => [(r as string[])[1], (r as string[])[2]]),
    );
    expect(cover).toMatchObject({
      What: 'Medium-term financial plan',
      Force: 'herts',
      Period: '2016/17 to 2019/20',
      Scenario: 'none (the baseline)',
      'As at position': json.asAt.position,
      'Exported by': 'cfo@herts',
    });
    expect(cover['As at time']).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const sources = workbook.getWorksheet('Sources')!;
    expect(sources.getRow(1).values).toEqual([undefined, 'Type', 'Recorded at', 'Actor', 'Reason', 'Stream', 'Position', 'Event id']);
    const listed = new Set(sources.getColumn(7).values.slice(2) as string[]);
    const cited = new Set(json.years.flatMap((y) => mtfpLines(y).flatMap((l) => l.figure.sources)));
    expect([...cited].filter((id) => !listed.has(id))).toEqual([]);
    expect(sources.getRow(2).getCell(3).value).toBe('worked-example');
  });

  it('gives a long CSV (year,section,line,amount) with a BOM whose every amount is the JSON figure', async () => {
    const res = await binary(t.http().get(MTFP).set('Accept', 'text/csv'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toContain(`herts-mtfp-2016-17-to-2019-20-asat-${json.asAt.position}.csv`);
    const [header, ...rows] = readCsv(res.body);
    expect(header).toEqual(['year', 'section', 'line', 'amount']);
    const expected = json.years.flatMap((y) => mtfpLines(y).map((l) => [y.year, l.line.split('/')[0], l.line, l.figure.value]));
    expect(rows).toEqual(expected);
    expect(rows).toContainEqual(['2016/17', 'nre', 'nre', '187000000.00']);
  });

  it('answers 406 naming the formats for an unknown format or an Accept it cannot serve', async () => {
    for (const req of [t.http().get(`${MTFP}&format=pdf`), t.http().get(MTFP).set('Accept', 'application/pdf')]) {
      const res = await req.expect(406);
      expect(res.body).toMatchObject({ statusCode: 406, error: 'not_acceptable', details: [expect.any(Object)] });
      expect(res.body.formats.map((f: { format: string }) => f.format)).toEqual(['json', 'csv', 'xlsx']);
    }
  });

  it('follows the JSON access rules: another force is not found, in any format', async () => {
    const other = t.as({ role: 'viewer', force: 'kent' });
    await other.get(`${MTFP}&format=xlsx`).expect(404);
    await other.get(MTFP).set('Accept', 'text/csv').expect(404);
  });
});
