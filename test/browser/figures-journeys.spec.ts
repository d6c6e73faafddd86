import request from 'supertest';
import { grouped, type BrowserRig } from './browser-support';
import { describeJourneys } from './describe-journeys';

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
    expect(await why.textContent()).toContain(explained.varianceExplanation?.recordedAt);
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
});

interface MtfpYear {
  year: string;
  funding: { precept: { bandD: { value: string; basis: string }; councilTaxRequirement: { value: string } } };
  reservesByPurpose: { purposeCategory: string; closing: { value: string } }[];
  generalReserve: { aboveGuidanceCeiling: boolean } | null;
}

interface BoardProgramme {
  programmeCode: string;
  name: string;
  years: {
    year: string;
    costsToAchieve: string;
    netBenefit: string;
    varianceExplanation: { explanation: string; recordedAt: string } | null;
  }[];
}
