import request from 'supertest';
import { grouped, type BrowserRig } from './browser-support';
import { describeJourneys } from './describe-journeys';
import type { BoardProgramme, Monitoring, MtfpYear } from './figures-answers';

/**
 * Journeys through the figures the API gained with costs to achieve, unit outturns, reserves by
 * purpose and precept assumptions, each checked against the API's own answer (the rest of the
 * journeys are in journeys.spec.ts). Skipped, saying so, where Chromium is not installed.
 */
describeJourneys('the web app shows the board and MTFP figures as the API answers them', ({ started, open, checked }) => {
  let rig: BrowserRig;
  let endOfPhase1: string;
  beforeAll(() => ({ rig, endOfPhase1 } = started()));

  it("finance officer: the precept's council tax requirement and assumed Band D, and reserves by purpose with plan beside outturn, as the API answers them", async () => {
    const token = rig.token({ role: 'force_finance', force: 'herts' });
    const then = await request(rig.app.getHttpServer())
      .get(`/forces/herts/mtfp?asOf=${endOfPhase1}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    const y2019 = (then.body.years as MtfpYear[]).find((y) => y.year === '2019/20') as MtfpYear;
    expect(y2019.funding.precept.bandD).toMatchObject({ basis: 'assumed', assumption: { kind: 'freeze' } });
    const page = await open(rig.link({ role: 'force_finance', force: 'herts' }));
    await page.goto(`${rig.base}/app/forces/herts/mtfp?asOf=${endOfPhase1}`);
    await page.getByRole('button', { name: 'Funding', exact: true }).click();
    await page.getByRole('button', { name: 'Precept', exact: true }).click();
    const requirement = page.getByRole('button', { name: /^Council tax requirement, 2019\/20: / });
    expect(await requirement.textContent()).toBe(grouped(y2019.funding.precept.councilTaxRequirement.value));
    const basis = page.getByRole('row', { name: /^Band D set as/ });
    expect((await basis.getByRole('cell').allTextContents()).at(-1)).toBe('Assumed – freeze');

    const now = await request(rig.app.getHttpServer()).get('/forces/herts/mtfp').set('Authorization', `Bearer ${token}`).expect(200);
    const withPurposes = (now.body.years as MtfpYear[]).find((y) => y.reservesByPurpose.length) as MtfpYear;
    const within = withPurposes.reservesByPurpose.find((g) => g.purposeCategory === 'within_mtfp');
    await page.goto(`${rig.base}/app/forces/herts/mtfp`);
    const purposes = page.getByTestId('reserves-by-purpose');
    await expect(purposes.getByRole('combobox', { name: 'Year' }).inputValue()).resolves.toBe(withPurposes.year);
    const closing = purposes.getByRole('button', { name: /^Used within the MTFP – total, Closing: / });
    expect(await closing.textContent()).toBe(grouped(within?.closing.value as string));
    const ceiling = (now.body.years as MtfpYear[]).find((y) => y.generalReserve?.aboveGuidanceCeiling) as MtfpYear;
    const verdicts = page.getByRole('row', { name: /^General reserve against the ceiling/ });
    expect(await verdicts.getByRole('cell').allTextContents()).toContain('Above – justify');
    expect(await page.getByRole('alert').textContent()).toContain(`${ceiling.year}: General reserves close ${ceiling.year}`);
    await closing.click();
    const explanation = page.getByTestId('explanation');
    await explanation.getByRole('cell', { name: /\.v1$/ }).first().waitFor();
    await checked(page, 'force-mtfp-reserves-by-purpose');
    await page.context().close();
  });

  it("PCC office: a precept assumption's objections show beside the fields, and nothing typed is lost", async () => {
    const page = await open(rig.link({ role: 'pcc_office', force: 'herts' }));
    await page.goto(`${rig.base}/app/forces/herts/mtfp`);
    const form = page.getByRole('form', { name: /A year's precept assumption/ });
    await form.getByLabel('Year').selectOption('2019/20');
    await form.getByLabel(/^Rise, for a percentage/).fill('2%');
    await form.getByRole('button', { name: 'Record precept assumption' }).click();
    await page
      .getByTestId('problem-precept-assumption-rate')
      .filter({ hasText: /decimal fraction/ })
      .waitFor();
    await form.getByLabel(/^Rise, for a percentage/).fill('0.0199');
    await form.getByRole('button', { name: 'Record precept assumption' }).click();
    // 2019/20's Band D is approved today: the service refuses an assumption for it and names the year.
    await page
      .getByTestId('problem-precept-assumption-year')
      .filter({ hasText: /approved/ })
      .waitFor();
    expect(await form.getByLabel(/^Rise, for a percentage/).inputValue()).toBe('0.0199');
    await checked(page, 'pcc-precept-assumption');
    await page.context().close();
  });

  it("alliance board: costs to achieve, net benefit and the variance explained, and each unit's outturn against its budget, as the API answers them", async () => {
    const token = rig.token({ role: 'alliance_board', alliance: 'bch' });
    const benefits = await request(rig.app.getHttpServer())
      .get('/alliances/bch/benefits-realisation')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    const programme = (benefits.body.programmes as BoardProgramme[]).find(
      (p) => p.programmeCode === 'collaboration-2016',
    ) as BoardProgramme;
    const first = programme.years[0];
    const explained = programme.years.find((y) => y.varianceExplanation) as BoardProgramme['years'][number];
    const page = await open(rig.link({ role: 'alliance_board', alliance: 'bch' }));
    await page.goto(`${rig.base}/app/alliances/bch/benefits`);
    const grid = page.getByRole('region', { name: `${programme.name}: savings by year` });
    const row = grid.getByRole('row', { name: new RegExp(`^${first.year}`) });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(-2)).toEqual([`£${grouped(first.costsToAchieve)}`, `£${grouped(first.netBenefit)}`]);
    const why = page.getByTestId('variance-explanations-collaboration-2016').getByRole('row', { name: new RegExp(`^${explained.year}`) });
    expect(await why.textContent()).toContain(explained.varianceExplanation?.explanation);
    // Recorded when and by whom, as a London date and time rather than an ISO stamp.
    const recordedAt = explained.varianceExplanation?.recordedAt as string;
    expect(await why.locator('time').getAttribute('datetime')).toBe(recordedAt);
    const london = new Date(recordedAt).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });
    expect(await why.locator('time').textContent()).toBe(london);
    expect(await page.getByTestId('benefits-cashable').textContent()).toContain(`£${grouped(benefits.body.cashableTotal.netBenefit)}`);

    const shares = await request(rig.app.getHttpServer())
      .get('/alliances/bch/collaboration-shares?year=2016/17')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    const jps = (shares.body.units as { unitCode: string; outturn: string; variance: string }[]).find((u) => u.unitCode === 'jps');
    await page.locator('#shares-year').selectOption('2016/17');
    const units = page.getByTestId('shares-units');
    await units.getByRole('row', { name: /Joint Protective Services/ }).waitFor();
    const jpsCells = await units
      .getByRole('row', { name: /Joint Protective Services/ })
      .getByRole('cell')
      .allTextContents();
    expect(jpsCells.slice(1, 3)).toEqual([`£${grouped(jps?.outturn as string)}`, `(£${grouped((jps?.variance as string).slice(1))})`]);

    await page.locator('#shares-year').selectOption('2017/18');
    await units
      .getByRole('row', { name: /Joint Protective Services/ })
      .filter({ hasText: 'no outturn yet' })
      .waitFor();
    const outturn = page.getByRole('form', { name: "A unit's outturn" });
    await outturn.getByLabel(/^Outturn/).fill('thirty-three million');
    await outturn.getByRole('button', { name: 'Record outturn' }).click();
    await page
      .getByTestId('problem-unit-outturn-amount')
      .filter({ hasText: /decimal string/ })
      .waitFor();
    await page.getByTestId('problem-unit-outturn-reason').filter({ hasText: /blank/ }).waitFor();
    expect(await outturn.getByLabel(/^Outturn/).inputValue()).toBe('thirty-three million');
    await outturn.getByLabel(/^Outturn/).fill('33100000.00');
    await outturn.getByLabel(/^Source/).fill('JPS outturn report 2017/18');
    await outturn.getByRole('button', { name: 'Record outturn' }).click();
    await outturn.getByRole('status').filter({ hasText: 'Recorded.' }).waitFor();
    const after = await request(rig.app.getHttpServer())
      .get('/alliances/bch/collaboration-shares?year=2017/18')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    const jps1718 = (after.body.units as { unitCode: string; outturn: string; variance: string }[]).find((u) => u.unitCode === 'jps');
    expect(jps1718?.outturn).toBe('33100000.00');
    await units
      .getByRole('row', { name: /Joint Protective Services/ })
      .filter({ hasText: `£${grouped(jps1718?.variance as string)}` })
      .waitFor();

    const explain = page.getByRole('form', { name: 'Explain a variance' });
    await explain.getByRole('button', { name: 'Record explanation' }).click();
    await page.getByTestId('problem-variance-explanation-explanation').filter({ hasText: /blank/ }).waitFor();
    const costs = page.getByRole('form', { name: 'Costs to achieve' });
    await costs.getByLabel(/^Costs to achieve/).fill('12,000');
    await costs.getByRole('button', { name: 'Record costs to achieve' }).click();
    await page
      .getByTestId('problem-costs-to-achieve-amount')
      .filter({ hasText: /decimal string/ })
      .waitFor();
    expect(await costs.getByLabel(/^Costs to achieve/).inputValue()).toBe('12,000');
    await checked(page, 'board-figures-and-forms');
    await page.context().close();
  });

  it("finance officer: budget monitoring, specific grants and a purpose's actual as the API answers them, and a forecast outturn recorded through the form", async () => {
    const token = rig.token({ role: 'force_finance', force: 'herts' });
    const mtfp = async () =>
      (await request(rig.app.getHttpServer()).get('/forces/herts/mtfp').set('Authorization', `Bearer ${token}`).expect(200)).body
        .years as MtfpYear[];
    const y2016 = (await mtfp()).find((y) => y.year === '2016/17') as MtfpYear;
    const actual = y2016.monitoring as Monitoring;
    expect(actual.basis).toBe('actual');
    const page = await open(rig.link({ role: 'force_finance', force: 'herts' }));
    await page.goto(`${rig.base}/app/forces/herts/mtfp`);
    const monitoring = page.getByTestId('budget-monitoring');
    await expect(monitoring.getByRole('combobox', { name: 'Year' }).inputValue()).resolves.toBe('2016/17');
    const nre = monitoring.getByRole('row', { name: /^Net revenue expenditure/ });
    const underspend = grouped(actual.nre.variance.value.slice(1));
    expect(await nre.getByRole('cell').allTextContents()).toEqual([
      grouped(actual.nre.budget.value),
      grouped(actual.nre.outturn.value),
      `(${underspend})`,
    ]);
    expect(await page.getByTestId('monitoring-position').textContent()).toContain(`Underspend of £${underspend}, at the year end.`);
    await monitoring.getByRole('button', { name: 'Expenditure', exact: true }).click();
    const officers = actual.lines.find((l) => l.code === 'officer-pay') as Monitoring['lines'][number];
    const officerCells = await monitoring
      .getByRole('row', { name: new RegExp(`^${officers.name.replace(/[()]/g, '.')}`) })
      .getByRole('cell')
      .allTextContents();
    expect(officerCells).toEqual([grouped(officers.budget.value), grouped(officers.outturn.value), grouped(officers.variance.value)]);

    const grant = (await mtfp()).flatMap((y) => y.funding.specificGrants)[0];
    const grantCells = await page
      .getByTestId('specific-grants')
      .getByRole('row', { name: new RegExp(grant.name) })
      .getByRole('cell')
      .allTextContents();
    expect(grantCells.slice(1, 4)).toEqual(['Specific', `£${grouped(grant.amount.value)}`, grant.funds?.name]);

    const within = y2016.reservesByPurpose.find((g) => g.purposeCategory === 'within_mtfp');
    const purposes = page.getByTestId('reserves-by-purpose');
    await purposes.getByRole('combobox', { name: 'Year' }).selectOption('2016/17');
    const actualDrawn = purposes.getByRole('button', { name: /^Used within the MTFP – total, Drawdowns actual: / });
    expect(await actualDrawn.textContent()).toBe(grouped(within?.plannedAndActual.drawdowns.actual?.value as string));

    // A forecast for the year after the 2016/17 actual: a bad amount is objected to beside its line and kept.
    const form = page.getByRole('form', { name: 'Record a forecast outturn' });
    await expect(form.getByLabel('Year').inputValue()).resolves.toBe('2017/18');
    await form.getByLabel('As at month').selectOption('9');
    await form.getByLabel('Supplies and services').fill('17.5m');
    await form.getByRole('button', { name: 'Record forecast outturn' }).click();
    await form
      .getByTestId('problem-forecast-outturn-lines-supplies')
      .filter({ hasText: /decimal string/ })
      .waitFor();
    expect(await form.getByLabel('Supplies and services').inputValue()).toBe('17.5m');
    await form.getByLabel('Supplies and services').fill('17500000.00');
    await form.getByLabel(/^Why/).fill('Illustrative: month 9 monitoring');
    await form.getByRole('button', { name: 'Record forecast outturn' }).click();
    await form.getByRole('status').filter({ hasText: 'Recorded.' }).waitFor();
    const forecast = (await mtfp()).find((y) => y.year === '2017/18')?.monitoring as Monitoring;
    expect(forecast).toMatchObject({ basis: 'forecast', asAtMonth: 9, asAtMonthName: 'December' });
    await monitoring.getByRole('columnheader', { name: 'Forecast outturn (month 9, December)' }).waitFor();
    await expect(monitoring.getByRole('combobox', { name: 'Year' }).inputValue()).resolves.toBe('2017/18');
    const forecastNre = await monitoring
      .getByRole('row', { name: /^Net revenue expenditure/ })
      .getByRole('cell')
      .allTextContents();
    expect(forecastNre[1]).toBe(grouped(forecast.nre.outturn.value));
    await checked(page, 'force-budget-monitoring');
    await page.context().close();
  });

  it("finance officer: each pay group's award, drift and on-costs as the API answers them", async () => {
    const admin = rig.token({ role: 'admin' });
    const post = (url: string, body: object) =>
      request(rig.app.getHttpServer()).post(url).set('Authorization', `Bearer ${admin}`).send(body).expect(201);
    await post('/forces', { code: 'demo', name: 'Demo Constabulary' });
    await post('/forces/demo/plan-period', { firstYear: '2016/17', lastYear: '2019/20' });
    await post('/forces/demo/budgets', {
      year: '2016/17',
      lines: [
        { code: 'PAY-OFFICERS', name: 'Police officer pay', kind: 'pay', amount: '10000000.00', payGroup: 'officers' },
        { code: 'PAY-STAFF', name: 'Police staff pay', kind: 'pay', amount: '4000000.00', payGroup: 'staff' },
      ],
    });
    await post('/forces/demo/pay-awards', { year: '2017/18', group: 'officers', rate: '0.02', reason: 'Illustrative' });
    await post('/forces/demo/pay-on-costs', {
      year: '2017/18',
      officersPension: '0.31',
      staffPension: '0.18',
      employerNationalInsurance: '0.1',
      reason: 'Illustrative on-cost rates',
    });
    const token = rig.token({ role: 'force_finance', force: 'demo' });
    const years = (await request(rig.app.getHttpServer()).get('/forces/demo/mtfp').set('Authorization', `Bearer ${token}`).expect(200)).body
      .years as MtfpYear[];
    const officers = (years.find((y) => y.year === '2017/18') as MtfpYear).expenditure.payGroups[0];
    // £10,000,000 × 2 % = £200,000 a full year; from September 7/12 of it, £116,666.67; pension 31 % of £10,116,666.67 = £3,136,166.67.
    expect([officers.awardFullYear.value, officers.awardInYear.value, officers.onCosts.pension.value]).toEqual([
      '200000.00',
      '116666.67',
      '3136166.67',
    ]);
    const page = await open(rig.link({ role: 'force_finance', force: 'demo' }));
    await page.goto(`${rig.base}/app/forces/demo/mtfp`);
    const pay = page.getByTestId('pay-groups');
    await expect(pay.getByRole('combobox', { name: 'Year' }).inputValue()).resolves.toBe('2017/18');
    const row = async (label: string) =>
      (
        await pay
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
          .getByRole('cell')
          .allTextContents()
      )[0];
    expect(await row('Award, in-year effect')).toBe(grouped(officers.awardInYear.value));
    expect(await row('Award, full-year effect')).toBe(grouped(officers.awardFullYear.value));
    expect(await row('Pay award')).toBe('2 % from Sep (7/12)');
    expect(await row('Employer pension')).toBe(grouped(officers.onCosts.pension.value));
    expect(await row('Employer national insurance')).toBe(grouped(officers.onCosts.nationalInsurance.value));
    expect(await row('Apprenticeship levy')).toBe(grouped(officers.onCosts.apprenticeshipLevy.value));
    await checked(page, 'force-pay-groups');
    await page.context().close();
  });
});
