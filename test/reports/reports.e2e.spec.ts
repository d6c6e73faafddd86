import { Money } from '../../src/common/money';
import { formatPounds } from '../../src/force-finance/format-pounds';
import { PHASE_2_START, WORKED_EXAMPLE_STEPS, workedExampleStepKeys } from '../../src/worked-example/worked-example';
import { HAVE_CHROMIUM, CHROMIUM_PATH, printToPdf } from '../support/print-to-pdf';
import { startTestApp, type TestApp } from '../support/test-app';

const pounds = (pence: string) => formatPounds(Money.parse(pence));

/** The global position of the last event of the 2016 plan (phase 1 of the worked example). */
async function endOfPhase1(t: TestApp): Promise<string> {
  const last = WORKED_EXAMPLE_STEPS[PHASE_2_START - 1];
  const key = workedExampleStepKeys(WORKED_EXAMPLE_STEPS)[PHASE_2_START - 1];
  const trail = await t.http().get(`/streams/${last.streamId}/events?limit=1000`).expect(200);
  return (trail.body.events as { position: string; metadata: { idempotencyKey?: string } }[]).find(
    (e) => e.metadata.idempotencyKey === key,
  )!.position;
}

if (!HAVE_CHROMIUM)
  process.stderr.write(`Chromium not found at ${CHROMIUM_PATH}: the print-to-PDF tests are skipped (apt-get install chromium).\n`);
const withChromium = HAVE_CHROMIUM ? it : it.skip;

describe('printable reports on the worked example', () => {
  let t: TestApp;
  let phase1: string;
  beforeAll(async () => {
    t = await startTestApp({ seedExampleWhenEmpty: true });
    phase1 = await endOfPhase1(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const preceptReport = (query: string) => t.http().get(`/forces/herts/precept-report?${query}`).expect(200);

  it('precept report: +£5 on Band D £147.00 in 2017/18 (2016 plan) with every figure of the JSON answer', async () => {
    const query = `year=2017/18&poundRise=5.00&asOf=${phase1}`;
    const res = await preceptReport(query);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const json = (await t.http().get(`/forces/herts/precept-options?${query}`).expect(200)).body;
    const rise = json.options.find((o: { kind: string }) => o.kind === 'pound_rise');
    expect(rise.bandD).toBe('152.00');
    for (const band of Object.values(rise.bands) as string[]) expect(res.text).toContain(pounds(band));
    expect(res.text).toContain('£101.33');
    expect(res.text).toContain('£304.00');
    // Band D £152.00 a week (÷ 52) and Band H £304.00 a week, to the penny.
    expect(res.text).toContain('£2.92');
    expect(res.text).toContain('£5.85');
    expect(res.text).toContain('+£5.00'); // the rise a year
    expect(res.text).toContain('+£0.10'); // and a week
    expect(res.text).toContain('+3.40 %');
    expect(res.text).toContain(pounds(rise.preceptIncome)); // council tax requirement: £152.00 × 420,000
    expect(res.text).toContain('£63,840,000.00');
    expect(res.text).toContain('+£2,100,000.00'); // above a freeze
    expect(res.text).toContain(`As at position ${phase1}`);
    // The MTFP context: the gap with the proposal is the JSON option's gap.
    expect(res.text).toContain(pounds(rise.mtfpGap.value));
    expect(res.text).toContain('No precept by billing authority is recorded');
  });

  it('precept report says whether the proposal is within the referendum principle that applies', async () => {
    // Hertfordshire is recorded among 2017/18's lowest-quartile PCCs: its £5 limit applies without asking.
    const five = await preceptReport(`year=2017/18&poundRise=5.00&asOf=${phase1}`);
    expect(five.text).toContain('The proposal is within the referendum principle: it needs no referendum.');
    expect(five.text).toContain('an increase of up to and including £5.00 on Band D');
    const overFive = await preceptReport(`year=2017/18&poundRise=5.01&asOf=${phase1}`);
    expect(overFive.text).toContain('The proposal is NOT within the referendum principle: it needs a referendum.');
  });

  it('precept report without a rise reports the Band D recorded for the year (2019/20 as set: £188.00)', async () => {
    const res = await preceptReport('year=2019/20');
    expect(res.text).toContain('Proposal: Approved Band D');
    expect(res.text).toContain('£188.00');
    expect(res.text).toContain('£84,100,000.00'); // Plan 2019's council tax precept
  });

  it('precept report prints the MTFP year’s budget monitoring and specific grants as the MTFP answers them', async () => {
    const mtfpYear = async (year: string) => (await t.http().get(`/forces/herts/mtfp?from=${year}&years=1`).expect(200)).body.years[0];
    // The printed text: tags out, the entities the report escapes with turned back into their characters.
    const text = (html: string) =>
      html
        .replace(/<[^>]+>/g, ' ')
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ');
    // 2016/17: the year-end actual, £350,000 under on NRE (officer pay £400,000 over, supplies £400,000 under, fees £150,000 more, DAISU £200,000 under).
    const y2016 = await mtfpYear('2016/17');
    const printed2016 = text((await preceptReport('year=2016/17')).text);
    const m = y2016.monitoring;
    expect(m.nre.variance.value).toBe('-350000.00');
    expect(printed2016).toContain('Budget monitoring, 2016/17: plan against the actual outturn');
    expect(printed2016).toContain('Underspend of £350,000.00, at the year end.');
    expect(printed2016).toContain('Line Budget (the plan) Actual outturn Variance (+ over, − under)');
    const officers = m.lines.find((l: { code: string }) => l.code === 'officer-pay');
    expect(printed2016).toContain(
      `${officers.name} ${pounds(officers.budget.value)} ${pounds(officers.outturn.value)} ${pounds(officers.variance.value)}`,
    );
    expect(printed2016).toContain(
      `Net revenue expenditure ${pounds(m.nre.budget.value)} ${pounds(m.nre.outturn.value)} ${pounds(m.nre.variance.value)}`,
    );
    expect(printed2016).toContain(m.generalReserve.note);
    // 2019/20: the pensions grant against the officers' and staff pay it funds.
    const grant = (await mtfpYear('2019/20')).funding.specificGrants[0];
    const printed2019 = text((await preceptReport('year=2019/20')).text);
    expect(printed2019).toContain('Specific and ring-fenced grants, 2019/20');
    expect(printed2019).toContain(
      `${grant.name} ${grant.conditions} Specific £2,000,000.00 ${grant.funds.name} ${pounds(grant.funds.spend.value)}`,
    );
  });

  it('benefits board pack: programmes by year with RAG in words, revisions with reasons and the £15.0m realised', async () => {
    const res = await t.http().get('/alliances/bch/benefits-report').expect(200);
    const json = (await t.http().get('/alliances/bch/benefits-realisation').expect(200)).body;
    expect(res.text).toContain('£15,000,000.00');
    expect(res.text).toContain(pounds(json.total.planned));
    for (const programme of json.programmes) {
      expect(res.text).toContain(programme.name);
      for (const revision of programme.revisions) expect(res.text).toContain(pounds(revision.amount));
    }
    const revision = json.programmes.flatMap((p: { revisions: { reason: string }[] }) => p.revisions)[0];
    expect(revision).toBeDefined();
    expect(res.text).toMatch(/Green: on track|Amber: at risk|Red: off track/);
    expect(res.text).toContain('class="rag rag-');
  });

  it('benefits board pack: costs to achieve and net benefit, the non-cashable total, and why savings differ from plan', async () => {
    const res = await t.http().get('/alliances/bch/benefits-report').expect(200);
    // The worked example's collaboration programme: £0.6m of costs to achieve in 2016/17, net £2,130,000.00.
    expect(res.text).toContain('Costs to achieve');
    expect(res.text).toContain('£600,000.00');
    expect(res.text).toContain('+£2,130,000.00');
    expect(res.text).toContain('Non-cashable programmes');
    expect(res.text).toContain('Why the savings differ from plan');
    expect(res.text).toContain('Savings released more slowly than expected: the 2017/18–2019/20 forecast fell from £6.1m to £5.3m');
  });

  it('reports are read by the same people as the JSON answers', async () => {
    await t.as({ role: 'viewer', force: 'herts' }).get('/forces/herts/precept-report?year=2017/18').expect(200);
    await t.as({ role: 'force_finance', force: 'beds' }).get('/forces/herts/precept-report?year=2017/18').expect(404);
    await t.as({ role: 'alliance_board', alliance: 'bch' }).get('/alliances/bch/benefits-report').expect(200);
    await t.anonymous().get('/alliances/bch/benefits-report').expect(401);
    const bad = await t.http().get('/forces/herts/precept-report?year=2017-18').expect(400).expect('Content-Type', /json/);
    expect(bad.body.details[0].field).toBe('year');
  });

  withChromium('both reports print on A4 portrait in Chromium: one or two pages, with their figures', async () => {
    const precept = await printToPdf((await preceptReport(`year=2017/18&poundRise=5.00&asOf=${phase1}`)).text);
    expect(precept.pages).toBeGreaterThanOrEqual(1);
    expect(precept.pages).toBeLessThanOrEqual(2);
    const board = await printToPdf((await t.http().get('/alliances/bch/benefits-report').expect(200)).text);
    expect(board.pages).toBeGreaterThanOrEqual(1);
    expect(board.pages).toBeLessThanOrEqual(2);
    if (precept.text === null || board.text === null) {
      process.stderr.write('pdftotext not found (apt-get install poppler-utils): the PDFs were counted but their text not read.\n');
      return;
    }
    expect(precept.text).toContain('£152.00');
    expect(precept.text).toContain('£63,840,000.00');
    expect(board.text).toContain('£15,000,000.00');
  });

  it('escapes everything recorded: a reason cannot become markup in a report', async () => {
    const reason = '<script>alert("x")</script> & <b>bold</b>';
    await t
      .http()
      .post('/alliances/bch/programmes/jps-savings/savings')
      .send({ kind: 'forecast', year: '2019/20', amount: '1.00', reason })
      .expect(201);
    const res = await t.http().get('/alliances/bch/benefits-report').expect(200);
    expect(res.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(res.text).not.toContain('<script>');
    expect(res.text).not.toContain('<b>bold');
  });

  it('precept report: the precept issued to each billing authority, where the tax base is recorded by billing authority', async () => {
    await t
      .http()
      .post('/forces/herts/tax-base')
      .send({
        year: '2018/19',
        bandDEquivalents: '430000',
        billingAuthorities: [
          { code: 'dacorum', name: 'Dacorum Borough Council', bandDEquivalents: '60000' },
          { code: 'others', name: 'The other nine district councils', bandDEquivalents: '370000' },
        ],
        reason: 'Illustrative: a tax base by billing authority',
      })
      .expect(201);
    const mtfp = (await t.http().get('/forces/herts/mtfp?from=2018/19&years=1').expect(200)).body;
    const precept = mtfp.years[0].funding.precept;
    // The two precepts add up to the council tax requirement (Band D × 430,000), split 60,000 : 370,000.
    const [dacorum, others] = precept.byBillingAuthority.map((a: { precept: { value: string } }) => a.precept.value);
    expect(Money.parse(dacorum).plus(Money.parse(others)).toPence()).toBe(precept.councilTaxRequirement.value);
    const res = await preceptReport('year=2018/19');
    expect(res.text).toContain('Dacorum Borough Council');
    expect(res.text).toContain(pounds(dacorum));
    expect(res.text).toContain(pounds(others));
    expect(res.text).toContain(pounds(precept.councilTaxRequirement.value));
    expect(res.text).not.toContain('No precept by billing authority is recorded');
  });
});
