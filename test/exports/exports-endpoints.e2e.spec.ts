import { citedSources } from '../../src/exports/export-document';
import { startTestApp, type TestApp } from '../support/test-app';
import { binary, formulaTotals, readCsv, readWorkbook } from '../support/spreadsheets';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Every export through HTTP on the worked example: the workbook's formulas and the CSV's figures are the JSON's. */
describe('exports of every table (the worked example)', () => {
  let t: TestApp;
  let runId: string;
  beforeAll(async () => {
    t = await startTestApp({ seedExampleWhenEmpty: true });
    await t.http().post('/scenarios').send({ id: 'pay-3-5', name: 'Pay 3.5 %', force: 'herts', basedOn: 'baseline' }).expect(201);
    await t.http().post('/scenarios/pay-3-5/overrides').send({ kind: 'assumptions', year: '2017/18', payAward: '0.035' }).expect(201);
    const run = await t
      .http()
      .post('/forces/herts/stress-tests')
      .send({ distributions: { payAward: { kind: 'uniform', min: '0.01', max: '0.03' } }, paths: 200, seed: 7, from: '2016/17', years: 4 })
      .expect(201);
    runId = run.body.run.runId;
  });
  afterAll(async () => {
    await t.close();
  });

  /** Projections answer compactly unless asked for sources; the JSON compared is the full one, whose sources the workbook must list. */
  const PROJECTIONS = /\/(mtfp|precept-options|collaboration|collaboration-shares|benefits-realisation)(\?|$)/;

  async function both(url: string, fileStart: string) {
    const sep = url.includes('?') ? '&' : '?';
    const json = (
      await t
        .http()
        .get(PROJECTIONS.test(url) ? `${url}${sep}include=sources` : url)
        .expect(200)
    ).body;
    const xlsx = await binary(t.http().get(`${url}${sep}format=xlsx`));
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toBe(XLSX);
    expect(xlsx.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="${fileStart}.*-asat-[a-z0-9-]+\\.xlsx"$`));
    const workbook = await readWorkbook(xlsx.body);
    const totals = workbook.worksheets.flatMap(formulaTotals);
    for (const total of totals) expect({ ...total, sumOfCells: total.result }).toEqual(total);
    const listed = new Set(workbook.getWorksheet('Sources')!.getColumn(7).values.slice(2) as string[]);
    expect(citedSources(json).filter((id) => !listed.has(id))).toEqual([]);
    if (PROJECTIONS.test(url)) expect(citedSources(json).length).toBeGreaterThan(0);
    const csv = await binary(t.http().get(url).set('Accept', 'text/csv'));
    expect(csv.status).toBe(200);
    return { json, workbook, totals, csv: readCsv(csv.body) };
  }

  it('precept options: one row an option, bands A–H a year and a week, and every figure in the CSV', async () => {
    const { json, workbook, csv } = await both(
      '/forces/herts/precept-options?year=2017/18&poundRise=5.00',
      'herts-precept-options-2017-18',
    );
    const option = json.options.find((o: { kind: string }) => o.kind === 'pound_rise');
    expect(csv[0]).toEqual(['year', 'option', 'label', 'figure', 'value']);
    expect(csv).toContainEqual(['2017/18', 'pound_rise', option.label, 'bandD', option.bandD]);
    expect(csv).toContainEqual(['2017/18', 'pound_rise', option.label, 'bands/A', option.bands.A]);
    expect(csv).toContainEqual(['2017/18', 'pound_rise', option.label, 'weeklyBands/H', option.weeklyBands.H]);
    const row = workbook.getWorksheet('Options 2017-18')!.getRow(json.options.indexOf(option) + 2);
    expect(row.getCell(7).value).toBe(Number(option.preceptIncome));
    // Bands a year and a week: £152.00 Band D is £304.00 for Band H (18/9), £5.85 a week (304 / 52 = 5.846…).
    const weekly = workbook.getWorksheet('Bands per week')!;
    expect(weekly.getRow(1).values).toEqual([undefined, 'Option', ...'ABCDEFGH'.split('').map((b) => `Band ${b}`)]);
    const weeklyRow = weekly.getRow(json.options.indexOf(option) + 2);
    expect([weeklyRow.getCell(1).value, weeklyRow.getCell(9).value]).toEqual([option.label, Number(option.weeklyBands.H)]);
    expect([option.bands.H, option.weeklyBands.H]).toEqual(['304.00', '5.85']);
  });

  it("a force's collaboration figures: spend lines totalled by formulas equal to each year's amounts", async () => {
    const { json, totals, csv } = await both('/forces/herts/collaboration?from=2016/17&years=4', 'herts-collaboration-2016-17-to-2019-20');
    for (const y of json.years) expect(totals.find((x) => x.label === `${y.year} police partners: total`)?.result).toBe(y.police.amount);
    expect(csv[0]).toEqual(['year', 'partner', 'figure', 'value']);
    expect(csv).toContainEqual(['2016/17', 'police', 'percentOfNre', '26.1']);
  });

  it("collaboration shares: each unit's members sum to its budget, each member's units to its total", async () => {
    const { json, totals, csv } = await both('/alliances/bch/collaboration-shares?year=2017/18', 'bch-collaboration-shares-2017-18');
    for (const m of json.memberTotals) expect(totals.find((x) => x.label === `${m.force}: total`)?.result).toBe(m.total);
    expect(csv[0]).toEqual(['year', 'unit', 'force', 'figure', 'value']);
    const unit = json.units[0];
    expect(csv).toContainEqual(['2017/18', unit.unitCode, unit.shares[0].force, 'contribution', unit.shares[0].contribution ?? '']);
  });

  it("collaboration shares: each unit's outturn against its budget, the members' outturns summing to it by formula", async () => {
    const { json, workbook, totals, csv } = await both(
      '/alliances/bch/collaboration-shares?year=2016/17',
      'bch-collaboration-shares-2016-17',
    );
    const jps = json.units.find((u: { unitCode: string }) => u.unitCode === 'jps');
    // The worked example's illustrative 2016/17 outturn: £29.65m against a £30.0m budget.
    expect([jps.outturn, jps.variance]).toEqual(['29650000.00', '-350000.00']);
    expect(totals.find((x) => x.label === 'Joint Protective Services: budget' && x.column === 'Outturn')?.result).toBe('29650000.00');
    for (const m of json.memberTotals)
      expect(totals.find((x) => x.label === `${m.force}: total` && x.column === 'Outturn')?.result).toBe(m.outturn);
    expect(csv).toContainEqual(['2016/17', 'jps', '', 'variance', '-350000.00']);
    expect(csv).toContainEqual(['2016/17', 'jps', 'herts', 'outturn', '11860000.00']);
    const sheet = workbook.getWorksheet('Budget against outturn')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Unit', 'Budget', 'Outturn', 'Variance', 'Note']);
    expect(sheet.getRow(2).getCell(4).value).toBe(-350000);
    // A year with no outturn: blank, not zero.
    const later = await both('/alliances/bch/collaboration-shares?year=2017/18', 'bch-collaboration-shares-2017-18');
    expect(later.csv).toContainEqual(['2017/18', 'jps', '', 'outturn', '']);
  });

  it('benefits realisation: programme and alliance totals as formulas, RAG in words, revisions with reasons', async () => {
    const { json, workbook, totals, csv } = await both('/alliances/bch/benefits-realisation', 'bch-benefits-realisation');
    expect(totals.find((x) => x.label === 'All programmes: total' && x.column === 'Realised')?.result).toBe('15000000.00');
    expect(json.total.realised).toBe('15000000.00');
    expect(csv).toContainEqual(['all', 'total', 'realised', '15000000.00']);
    const revisions = workbook.getWorksheet('Revisions')!;
    expect(revisions.rowCount).toBeGreaterThan(1);
    expect(String(revisions.getRow(2).getCell(6).value)).not.toBe('');
  });

  it('benefits realisation: costs to achieve and net benefit as formulas, the cashable split, variance explanations', async () => {
    const { json, totals, csv } = await both('/alliances/bch/benefits-realisation', 'bch-benefits-realisation');
    // The worked example: £0.6m (2016/17) + £0.25m (2017/18) on the collaboration programme, every programme cashable.
    expect(json.total.costsToAchieve).toBe('850000.00');
    expect(totals.find((x) => x.label === 'All programmes: total' && x.column === 'Costs to achieve')?.result).toBe('850000.00');
    expect(totals.find((x) => x.label === 'Cashable programmes: total' && x.column === 'Net benefit')?.result).toBe(
      json.cashableTotal.netBenefit,
    );
    expect(csv).toContainEqual(['collaboration-2016', '2016/17', 'costsToAchieve', '600000.00']);
    expect(csv).toContainEqual(['all_cashable', 'total', 'costsToAchieve', '850000.00']);
    expect(csv).toContainEqual(['all_non_cashable', 'total', 'netBenefit', '0.00']);
    const explained = csv.find((r) => r[0] === 'collaboration-2016' && r[1] === '2017/18' && r[2] === 'varianceExplanation');
    expect(explained?.[3]).toMatch(/released more slowly than expected/);
  });

  it('the MTFP under a scenario says so in its name and cover', async () => {
    const { json, workbook } = await both(
      '/forces/herts/mtfp?from=2016/17&years=4&scenario=pay-3-5',
      'herts-mtfp-scenario-pay-3-5-2016-17',
    );
    expect(json.scenario.id).toBe('pay-3-5');
    expect(workbook.getWorksheet('Cover')!.getRow(4).values).toEqual([undefined, 'Scenario', 'pay-3-5']);
  });

  it('scenario comparison: a, b and b − a for every line and year', async () => {
    const { json, csv } = await both(
      '/scenarios/pay-3-5/compare?with=baseline&from=2016/17&years=4',
      'herts-scenario-pay-3-5-compared-with-baseline',
    );
    expect(csv[0]).toEqual(['year', 'section', 'key', 'label', 'a', 'b', 'difference', 'changed']);
    const line = json.mtfp.years[1].lines.find((l: { changed: boolean }) => l.changed);
    expect(csv).toContainEqual(['2017/18', line.section, line.key, line.label, line.a, line.b, line.difference, 'yes']);
  });

  it('a stress-test run: percentiles a year and when reserves run out', async () => {
    const { json, workbook, csv } = await both(`/forces/herts/stress-tests/${runId}`, `herts-stress-test-${runId}`);
    const first = json.result.years[0];
    expect(csv).toContainEqual([first.year, 'gap/p50', first.gap.p50]);
    expect(workbook.getWorksheet('Percentiles')!.getRow(2).getCell(4).value).toBe(Number(first.gap.p50));
  });

  it('the audit trail: one row an event, actor and reason, newest first', async () => {
    const { json, csv } = await both('/forces/herts/audit?limit=50', 'herts-audit');
    expect(csv[0]).toEqual(['position', 'recordedAt', 'stream', 'revision', 'type', 'actor', 'reason', 'correlationId', 'data']);
    expect(csv.slice(1).map((r) => r[0])).toEqual(json.events.map((e: { position: string }) => e.position));
    expect(JSON.parse(csv[1][8])).toEqual(json.events[0].data);
    await both('/alliances/bch/audit', 'bch-audit');
  });

  it('keeps the scopes of the JSON answers: a board reads no MTFP, a force no other alliance', async () => {
    await t.as({ role: 'alliance_board', alliance: 'bch' }).get('/forces/herts/mtfp?format=csv').expect(404);
    await t.as({ role: 'viewer', force: 'kent' }).get('/alliances/bch/benefits-realisation?format=xlsx').expect(404);
    await t.as({ role: 'viewer', force: 'kent' }).get('/forces/herts/audit').set('Accept', 'text/csv').expect(404);
  });
});
