import request from 'supertest';
import { grouped, type BrowserRig } from './browser-support';
import { describeJourneys } from './describe-journeys';

/**
 * Journeys through the web app in real Chromium (playwright-core driving Debian's
 * /usr/bin/chromium), against the real service on a temp SQLite store with the worked example.
 * Skipped, saying so, where Chromium is not installed: `apt-get install -y chromium`.
 */
describeJourneys('the web app in a browser', ({ started, open, checked }) => {
  let rig: BrowserRig;
  let endOfPhase1: string;
  beforeAll(() => ({ rig, endOfPhase1 } = started()));

  it('signs in from a link: the token leaves the address bar, stays for the session, and the header says whose it is', async () => {
    const page = await open(rig.link({ role: 'force_finance', force: 'herts', subject: 'cfo@herts' }));
    await expect(page.getByTestId('who').textContent()).resolves.toContain('Force finance · herts · cfo@herts');
    expect(page.url()).toBe(`${rig.base}/`);
    expect(await page.evaluate("sessionStorage.getItem('cfm.token')")).toMatch(/^ey/);
    await checked(page, 'home');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate("sessionStorage.getItem('cfm.token')")).toBeNull();
    await checked(page, 'sign-in');
    await page.context().close();
  });

  it('finance officer: the Herts MTFP as at the end of the 2016 plan shows NRE £190.0m for 2019/20, and the events behind it', async () => {
    const api = await request(rig.app.getHttpServer())
      .get(`/forces/herts/mtfp?asOf=${endOfPhase1}`)
      .set('Authorization', `Bearer ${rig.token({ role: 'force_finance', force: 'herts' })}`)
      .expect(200);
    const nre = (api.body.years as { year: string; nre: { value: string } }[]).find((y) => y.year === '2019/20')?.nre.value;
    expect(nre).toMatch(/^190\d{6}\.\d{2}$/);
    const page = await open(rig.link({ role: 'force_finance', force: 'herts' }));
    await page.goto(`${rig.base}/app/forces/herts/mtfp?asOf=${endOfPhase1}`);
    await expect(page.getByTestId('as-of-banner').textContent()).resolves.toContain(`As at event position ${endOfPhase1}`);
    await page.getByText('2019/20 £190.0m').waitFor();
    await page.getByRole('heading', { name: 'Medium-term financial plan – Hertfordshire Constabulary' }).waitFor(); // the name, not the code
    const figure = page.getByRole('button', { name: /^Net revenue expenditure \(NRE\), 2019\/20: / });
    expect(await figure.textContent()).toBe(grouped(nre as string));
    await figure.click();
    const explanation = page.getByTestId('explanation');
    await explanation.getByRole('cell', { name: /\.v1$/ }).first().waitFor();
    expect(await explanation.textContent()).toMatch(/worked-example/);
    await checked(page, 'force-mtfp');
    await page.context().close();
  });

  it('finance officer: a "pay 3.5 %" scenario moves the 2017/18 gap in the comparison with the baseline', async () => {
    const page = await open(rig.link({ role: 'force_finance', force: 'herts' }));
    await page.goto(`${rig.base}/app/forces/herts/scenarios`);
    await page.getByTestId('no-scenarios').waitFor();
    await page.getByLabel('Name').fill('Pay 3.5 %');
    expect(await page.getByLabel('Short code (in links)').inputValue()).toBe('pay-3-5');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: 'Override assumptions in Pay 3.5 %' }).waitFor();
    await page.getByTestId('nothing-changed').waitFor(); // no override yet: no empty table
    await page.getByLabel('Year').selectOption('2017/18');
    await page.getByLabel(/^Pay award/).fill('3.5%');
    await page.getByRole('button', { name: 'Add override' }).click();
    await page
      .locator('#override-pay-problem')
      .filter({ hasText: /decimal fraction/ })
      .waitFor();
    await page.getByLabel(/^Pay award/).fill('0.035');
    await page.getByRole('button', { name: 'Add override' }).click();
    const gap = page.getByTestId('comparison').getByRole('row', { name: /2017\/18 Gap/ });
    await gap.waitFor();
    expect(await gap.getByRole('cell').allTextContents()).toEqual([
      'Gap',
      expect.stringMatching(/^£/),
      expect.stringMatching(/^£/),
      expect.stringMatching(/^£\d/),
    ]);
    await page.getByLabel('Why').fill('Pay 3.5 % is the prudent case for the panel');
    await page.getByRole('button', { name: 'Keep' }).click();
    await page.getByRole('heading', { name: 'Keep or discard Pay 3.5 % (now kept)' }).waitFor();
    await checked(page, 'force-scenarios');
    await page.context().close();
  });

  it('PCC office: 2017/18 Band D £152.00 needs no referendum for a lowest-quartile PCC; bands A £101.33 to H £304.00; field errors beside the fields', async () => {
    const page = await open(rig.link({ role: 'pcc_office', force: 'herts' }));
    // No what-if ticked: the reference data records Herts among the lowest-quartile PCCs.
    await page.goto(`${rig.base}/app/forces/herts/precept?year=2017/18`);
    const approved = page.getByTestId('precept-options').getByRole('row', { name: /Approved Band D/ });
    await approved.waitFor();
    await expect(page.getByTestId('referendum-groups').textContent()).resolves.toMatch(
      /lowest-quartile PCCs recorded in the reference data/,
    );
    expect(await approved.textContent()).toMatch(/£152\.00.*No referendum needed/);
    const bands = page.getByTestId('precept-bands').getByRole('row', { name: /Approved Band D/ });
    expect(await bands.getByRole('cell').allTextContents()).toEqual([
      '£101.33',
      '£118.22',
      '£135.11',
      '£152.00',
      '£185.78',
      '£219.56',
      '£253.33',
      '£304.00',
    ]);
    const weekly = page.getByTestId('precept-weekly-bands').getByRole('row', { name: /Approved Band D/ });
    expect(await weekly.getByRole('cell').allTextContents()).toEqual([
      '£1.95',
      '£2.27',
      '£2.60',
      '£2.92',
      '£3.57',
      '£4.22',
      '£4.87',
      '£5.85',
    ]);
    const report = page.waitForEvent('popup');
    await page.getByRole('button', { name: /Printable precept report/ }).click();
    const tab = await report;
    await tab
      .getByText(/£152\.00/)
      .first()
      .waitFor();
    await tab.close();
    const csv = page.waitForEvent('download');
    await page.getByRole('group', { name: 'Download the precept options' }).getByRole('button', { name: 'Download CSV' }).click();
    expect((await csv).suggestedFilename()).toMatch(/\.csv$/);
    await expect(
      page
        .getByTestId('precept-options')
        .getByRole('row', { name: /Largest rise without a referendum/ })
        .textContent(),
    ).resolves.toContain('Referendum line');
    await page.getByLabel('Band D (£)').fill('152.005');
    await page.getByRole('button', { name: 'Record' }).click();
    await page.getByTestId('problem-bandD').filter({ hasText: /./ }).waitFor();
    expect(await page.getByLabel('Band D (£)').inputValue()).toBe('152.005');
    await checked(page, 'pcc-precept');
    await page.context().close();
  });

  it('alliance board: BCH realised £15,000,000.00, and the £6.1m → £5.3m revision with its reason', async () => {
    const page = await open(rig.link({ role: 'alliance_board', alliance: 'bch' }));
    await page.goto(`${rig.base}/app/alliances/bch/benefits`);
    const total = page.getByTestId('benefits-total');
    await total.waitFor();
    expect(await total.textContent()).toContain('£15,000,000.00');
    expect(await total.textContent()).toMatch(/Amber – at risk/);
    const trail = page.getByTestId('revision-trail');
    await trail.waitFor();
    expect(await trail.textContent()).toMatch(/revised from £6\.1m to £5\.3m, savings being released more slowly than expected/);
    const pack = page.waitForEvent('popup');
    await page.getByRole('button', { name: /Board pack, printable/ }).click();
    const tab = await pack;
    await tab
      .getByText(/15,000,000\.00/)
      .first()
      .waitFor();
    await tab.close();
    await checked(page, 'board-benefits');
    await page.context().close();
  });

  it("finance officer: a stress test gives the gap's percentiles by year, the chance of breaching the minimum reserve, and a fan chart", async () => {
    const page = await open(rig.link({ role: 'force_finance', force: 'herts' }));
    await page.goto(`${rig.base}/app/forces/herts/stress-tests`);
    await page.getByLabel('Pay award min').fill('two per cent');
    await page.getByRole('button', { name: 'Run the stress test' }).click();
    await page.getByTestId('problem-payAward').filter({ hasText: /./ }).waitFor();
    expect(await page.getByLabel('Pay award min').inputValue()).toBe('two per cent');
    await page.getByLabel('Pay award min').fill('0.01');
    await page.getByLabel('Paths (futures drawn)').fill('500');
    await page.getByRole('button', { name: 'Run the stress test' }).click();
    const year = page.getByTestId('stress-years').getByRole('row', { name: /^2017\/18/ });
    await year.waitFor();
    const cells = await year.getByRole('cell').allTextContents();
    expect(cells.slice(0, 4)).toEqual(Array(4).fill(expect.stringMatching(/^\(?£[\d,]+\.\d{2}\)?$/)));
    expect(cells[4]).toMatch(/ %$|no minimum set/);
    await page
      .getByRole('img', { name: /^Fan chart of the gap: / })
      .locator('canvas')
      .waitFor();
    await checked(page, 'force-stress-tests');
    await page.context().close();
  });

  it('finance officer: the audit trail filters by type and says beside the field what is wrong with a time', async () => {
    const page = await open(rig.link({ role: 'force_finance', force: 'herts' }));
    await page.goto(`${rig.base}/app/forces/herts/audit`);
    await page.getByTestId('audit-entries').waitFor();
    await page.getByLabel(/^Event type/).fill('PreceptRecorded.v1');
    await page.getByLabel(/^Recorded from/).fill('last Tuesday');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page
      .getByTestId('problem-from')
      .filter({ hasText: /ISO time/ })
      .waitFor();
    expect(await page.getByLabel(/^Event type/).inputValue()).toBe('PreceptRecorded.v1');
    await page.getByLabel(/^Recorded from/).fill('');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByTestId('audit-entries').waitFor();
    const types = await page.getByTestId('audit-entries').locator('tbody tr td:nth-child(2)').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['PreceptRecorded.v1']));
    await checked(page, 'force-audit');
    await page.context().close();
  });

  it('finance officer: records a budget item through the form; a refused amount is explained beside it and nothing typed is lost', async () => {
    const page = await open(rig.link({ role: 'force_finance', force: 'herts' }));
    await page.goto(`${rig.base}/app/forces/herts/mtfp`);
    const form = page.getByRole('form', { name: 'A budget item' });
    await form.getByLabel('Amount (£, e.g. 250000.00)').fill('12,000');
    await form.getByLabel('Description').fill('Body-worn video licences');
    await form.getByRole('button', { name: 'Add budget item' }).click();
    await page.getByTestId('problem-budget-item-amount').filter({ hasText: /./ }).waitFor();
    expect(await form.getByLabel('Description').inputValue()).toBe('Body-worn video licences');
    expect(await form.getByLabel('Amount (£, e.g. 250000.00)').inputValue()).toBe('12,000');
    await form.getByLabel('Amount (£, e.g. 250000.00)').fill('12000.00');
    await form.getByRole('button', { name: 'Add budget item' }).click();
    await form.getByRole('status').filter({ hasText: 'Recorded.' }).waitFor();
    await checked(page, 'force-mtfp-inputs');
    await page.context().close();
  });

  it('works on a 768-wide tablet: no screen scrolls sideways (wide tables scroll in their own box)', async () => {
    const screens = ['mtfp', 'precept?year=2017/18', 'scenarios', 'stress-tests', 'audit'].map((s) => `/app/forces/herts/${s}`);
    const page = await open(rig.link({ role: 'force_finance', force: 'herts' }), 768);
    for (const screen of [...screens]) {
      await page.goto(`${rig.base}${screen}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      expect([screen, await page.evaluate('document.documentElement.scrollWidth')]).toEqual([screen, 768]);
    }
    await checked(page, 'tablet-audit');
    const board = await open(rig.link({ role: 'alliance_board', alliance: 'bch' }), 768);
    await board.goto(`${rig.base}/app/alliances/bch/benefits`);
    await board.getByTestId('shares-units').waitFor();
    await board.waitForLoadState('networkidle');
    expect(await board.evaluate('document.documentElement.scrollWidth')).toBe(768);
    await checked(board, 'tablet-board');
    await board.context().close();
    await page.context().close();
  });

  it('says "not found" for a force outside the token\'s scope, and sends a rejected token back to sign-in', async () => {
    const page = await open(rig.link({ role: 'force_finance', force: 'herts' }));
    await page.goto(`${rig.base}/app/forces/beds/mtfp`);
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    await checked(page, 'not-found');
    const forged = `${rig.token({ role: 'force_finance', force: 'herts' }).slice(0, -4)}AAAA`;
    await page.goto(`${rig.base}/app/forces/herts/mtfp#token=${forged}`);
    await page.getByText('The service did not accept your token').waitFor();
    await page.context().close();
  });
});
