import { startTestApp, type TestApp } from '../support/test-app';
import {
  herts,
  recordBranchOfBranch,
  recordEveryKindOfOverride,
  recordScenarioWorld,
  scenarioRequests,
  type Figure,
  type MtfpYearJson,
} from '../fixtures/scenario-world.fixture';

/**
 * Scenarios through HTTP: branches of Hertfordshire's plan that never touch it, a branch of a
 * branch, comparisons, keep and discard, and every refusal recording nothing (the world they
 * branch from: test/fixtures/scenario-world.fixture.ts; more refusals and access in
 * scenarios-refusals.e2e.spec.ts).
 */
describe('scenarios through HTTP', () => {
  let t: TestApp;
  const requests = scenarioRequests(() => t);
  const { post, head, mtfp, year, projections, answers } = requests;

  beforeAll(async () => {
    t = await startTestApp();
    await recordScenarioWorld(requests);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('a scenario with every kind of override', () => {
    let baselineBefore: string[];

    beforeAll(async () => {
      baselineBefore = await answers(projections());
      const created = await recordEveryKindOfOverride(requests, t);
      expect(created.headers.location).toBe('/scenarios/pay-3-5?force=herts');
      expect(created.body).toMatchObject({ stream: 'scenario--herts-pay-3-5', events: [{ type: 'ScenarioCreated.v1' }] });
    });

    it('changes nothing in the baseline: every projection answers byte for byte as before', async () => {
      expect(await answers(projections())).toEqual(baselineBefore);
    });

    it('is projected as the baseline with its overrides, on every projection endpoint', async () => {
      const base = await mtfp();
      const plan = await mtfp('&scenario=pay-3-5');
      // +£10 in 2017/18 is more than the 2 % the referendum principle allows: applied, and flagged.
      expect(plan.scenario).toEqual({
        id: 'pay-3-5',
        chain: ['pay-3-5'],
        warnings: [expect.stringMatching(/2017\/18: a Band D of £157.00 .* Needs a referendum/)],
      });
      // Pay: £156m × 1.035 instead of × 1.01.
      expect(year(plan, '2017/18').expenditure.pay.value).toBe('161460000.00');
      expect(year(base, '2017/18').expenditure.pay.value).toBe('157560000.00');
      // Band D: £147 + £10 a year, compounding.
      expect(['2017/18', '2018/19', '2019/20'].map((y) => year(plan, y).funding.precept.bandD.value)).toEqual([
        '157.00',
        '167.00',
        '177.00',
      ]);
      expect(year(base, '2019/20').funding.precept.bandD.value).toBe('147.00');
      // Half of 2017/18's £1m slips to 2018/19: Hertfordshire's 40 % is £200,000 less, then more.
      const jps = (p: { years: MtfpYearJson[] }, y: string) => year(p, y).expenditure.externalSavings[0].amount.value;
      expect([jps(base, '2017/18'), jps(plan, '2017/18')]).toEqual(['400000.00', '200000.00']);
      expect([jps(base, '2018/19'), jps(plan, '2018/19')]).toEqual(['800000.00', '1000000.00']);
      expect(year(plan, '2018/19').expenditure.growth.value).toBe('1500000.00');
      expect(year(plan, '2019/20').reserveUse.drawdowns.value).toBe('5450000.00');
      const closing = (p: { years: MtfpYearJson[] }) =>
        year(p, '2019/20').reserves.find((r) => r.reserveId === 'budget-support')?.closing.value;
      expect([closing(base), closing(plan)]).toEqual(['7500000.00', '6500000.00']);

      // Every other projection endpoint answers differently under the scenario, and says so.
      const under = await answers(projections('pay-3-5'));
      under.forEach((text, i) => {
        expect(JSON.parse(text).scenario).toMatchObject({ id: 'pay-3-5' });
        expect(text).not.toBe(baselineBefore[i]);
      });
    });

    it('explains a figure under the scenario from the scenario’s own events', async () => {
      const res = await t.http().get('/forces/herts/mtfp/explain?year=2017/18&line=assumptions/payAward&scenario=pay-3-5').expect(200);
      expect(res.body.figure.value).toBe('0.035');
      expect(res.body.events.map((e: { stream: string; type: string }) => `${e.stream} ${e.type}`)).toEqual([
        'force-finance-herts PlanAssumptionsSet.v1',
        'scenario--herts-pay-3-5 AssumptionsOverridden.v1',
      ]);
      expect(res.body.events[1].metadata.actor).toBe('cfo@herts');
      expect(res.body.missingSources).toBeUndefined();
    });

    it('bases precept options on the scenario’s Band D, and shows its strategy as an option', async () => {
      const res = await t.http().get('/forces/herts/precept-options?year=2018/19&scenario=pay-3-5').expect(200);
      expect(res.body.previousBandD.value).toBe('157.00');
      const scenarioOption = res.body.options.find((o: { kind: string }) => o.kind === 'recorded');
      expect(scenarioOption).toMatchObject({ label: "Band D under the scenario's precept strategy", bandD: '167.00' });
      const baseline = await t.http().get('/forces/herts/precept-options?year=2018/19').expect(200);
      expect(baseline.body.previousBandD.value).toBe('147.00');
      expect(baseline.body.options.map((o: { kind: string }) => o.kind)).not.toContain('recorded');
    });

    it('shows its own overrides, citing their events', async () => {
      const res = await t.as({ role: 'viewer', force: 'herts' }).get('/scenarios/pay-3-5').expect(200);
      expect(res.body).toMatchObject({
        id: 'pay-3-5',
        force: 'herts',
        status: 'open',
        basedOn: 'baseline',
        baselineAsAt: null,
        inherits: [],
      });
      expect(res.body.warnings).toEqual([expect.stringMatching(/Needs a referendum/)]);
      expect(res.body.overrides.assumptionOverrides).toEqual([
        { force: 'herts', year: '2017/18', payAward: '0.035', sources: [expect.any(String)] },
      ]);
      expect(res.body.overrides.preceptStrategies).toHaveLength(3);
      expect(res.body.overrides.extraItems).toEqual([expect.objectContaining({ itemId: 'cyber', kind: 'growth', amount: '1500000' })]);
      expect(res.body.savingsAdjustments).toEqual([
        expect.objectContaining({ allianceCode: 'bch', year: '2017/18', mode: 'delayed_one_year', share: '0.5' }),
      ]);
    });

    it('compares line by line with the baseline: both values and the difference', async () => {
      const res = await t.as(herts).get('/scenarios/pay-3-5/compare?with=baseline').expect(200);
      const { body } = res;
      expect(body).toMatchObject({
        force: 'herts',
        from: '2016/17',
        to: '2019/20',
        scenario: { kind: 'scenario', id: 'pay-3-5' },
        with: { kind: 'baseline' },
      });
      const line = (y: string, key: string) =>
        body.mtfp.years.find((x: { year: string }) => x.year === y).lines.find((l: { key: string }) => l.key === key);
      expect(line('2017/18', 'assumptions.payAward')).toMatchObject({ a: '0.01', b: '0.035', difference: '0.025', changed: true });
      expect(line('2017/18', 'expenditure.pay')).toMatchObject({ a: '157560000.00', b: '161460000.00', difference: '3900000.00' });
      expect(line('2019/20', 'funding.precept.bandD')).toMatchObject({ a: '147.00', b: '177.00', difference: '30.00' });
      expect(line('2016/17', 'gap')).toMatchObject({ changed: false, difference: '0.00' });
      expect(line('2018/19', 'expenditure.items.scenario:pay-3-5:cyber')).toMatchObject({
        a: null,
        b: '1500000.00',
        difference: null,
        changed: true,
      });
      expect(body.mtfp.changedLines).toEqual(expect.arrayContaining(['assumptions.payAward', 'funding.precept.bandD', 'gap']));
      expect(body.mtfp.changedLines).not.toContain('assumptions.nonPayInflation');

      const precept2018 = body.precept.find((p: { year: string }) => p.year === '2018/19');
      expect(precept2018.differences).toEqual(
        expect.arrayContaining([{ path: 'previousBandD.value', a: '147.00', b: '157.00', difference: '10.00' }]),
      );
      expect(body.precept.find((p: { year: string }) => p.year === '2016/17')).toEqual({
        year: '2016/17',
        unavailable: expect.stringMatching(/No Band D is recorded for 2015\/16/),
      });
      // Collaboration savings moved, so NRE, and collaboration as a share of it, moved.
      expect(body.collaboration.differences).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: 'years[year=2017/18].nre' })]),
      );
    });
  });

  describe('a branch of a branch', () => {
    beforeAll(async () => {
      await recordBranchOfBranch(requests, t);
    });

    it('inherits both parents’ overrides, the nearer winning where they name the same thing', async () => {
      const child = await mtfp('&scenario=grant-flat-precept');
      const parent = await mtfp('&scenario=grant-flat');
      const base = await mtfp();
      const grantChange = (p: { years: MtfpYearJson[] }) =>
        (year(p, '2017/18') as unknown as { assumptions: { grantChange: Figure } }).assumptions.grantChange.value;
      expect([grantChange(base), grantChange(parent), grantChange(child)]).toEqual(['-0.013', '0', '0']);
      expect([base, parent, child].map((p) => year(p, '2018/19').assumptions.payAward.value)).toEqual(['0.01', '0.02', '0.03']);
      // Herts is recorded among 2017/18's lowest-quartile PCCs (reference data): its most without a referendum is
      // £147.00 + £5.00 = £152.00, not the £149.93 the 2 % for all PCCs alone would allow.
      expect([base, parent, child].map((p) => year(p, '2017/18').funding.precept.bandD.value)).toEqual(['147.00', '147.00', '152.00']);
      expect((child as unknown as { scenario: unknown }).scenario).toEqual({
        id: 'grant-flat-precept',
        chain: ['grant-flat', 'grant-flat-precept'],
        warnings: [],
      });

      const shown = await t.http().get('/scenarios/grant-flat-precept').expect(200);
      expect(shown.body.basedOn).toBe('grant-flat');
      expect(shown.body.inherits).toEqual([
        expect.objectContaining({ id: 'grant-flat', overrides: expect.objectContaining({ assumptionOverrides: expect.any(Array) }) }),
      ]);
    });

    it('compares with its parent: only what it adds differs', async () => {
      const res = await t.http().get('/scenarios/grant-flat-precept/compare?with=grant-flat&from=2017/18&years=2').expect(200);
      expect(res.body.with).toMatchObject({ kind: 'scenario', id: 'grant-flat', name: 'Grant flat' });
      expect(res.body.mtfp.years.map((y: { year: string }) => y.year)).toEqual(['2017/18', '2018/19']);
      const changed: string[] = res.body.mtfp.changedLines;
      expect(changed).toEqual(expect.arrayContaining(['funding.precept.bandD', 'assumptions.payAward']));
      expect(changed).not.toContain('assumptions.grantChange');
    });

    it('refuses a parent that does not exist or was discarded, or of another force (as if it did not exist), recording nothing', async () => {
      const before = await head();
      const unknown = await t
        .as(herts)
        .post('/scenarios')
        .send({ id: 'orphan', name: 'Orphan', force: 'herts', basedOn: 'no-such-scenario' })
        .expect(422);
      expect(unknown.body.message).toMatch(/There is no scenario "no-such-scenario"/);
      await post('/scenarios', { id: 'kent-cuts', name: 'Kent cuts', force: 'kent', basedOn: 'baseline' });
      // A parent is looked for in the new scenario's force only: Kent's is not found among Herts'.
      const otherForce = await t
        .http()
        .post('/scenarios')
        .send({ id: 'orphan', name: 'Orphan', force: 'herts', basedOn: 'kent-cuts' })
        .expect(422);
      expect(JSON.stringify(otherForce.body).replaceAll('kent-cuts', 'no-such-scenario')).toBe(JSON.stringify(unknown.body));
      const afterKent = await head();
      await post('/scenarios', { id: 'thrown-away', name: 'Thrown away', force: 'herts', basedOn: 'baseline' }, t.as(herts));
      await post('/scenarios/thrown-away/discard', {}, t.as(herts));
      const middle = await head();
      const discarded = await t
        .as(herts)
        .post('/scenarios')
        .send({ id: 'from-discarded', name: 'From discarded', force: 'herts', basedOn: 'thrown-away' })
        .expect(422);
      expect(discarded.body.message).toMatch(/was discarded/);
      expect(await head()).toBe(middle);
      expect(afterKent).not.toBe(before);
    });
  });

  describe('keep and discard', () => {
    it('keeps a scenario as a branch and discards another, which then takes no overrides', async () => {
      await post('/scenarios', { id: 'keeper', name: 'The one we keep', force: 'herts', basedOn: 'baseline' }, t.as(herts));
      await post('/scenarios', { id: 'loser', name: 'The one we drop', force: 'herts', basedOn: 'baseline' }, t.as(herts));
      const kept = await post('/scenarios/keeper/keep', { reason: 'Agreed by the chief officer group' }, t.as(herts));
      expect(kept.body.events).toEqual([{ id: expect.any(String), type: 'ScenarioKept.v1' }]);
      await post('/scenarios/loser/discard', {}, t.as({ role: 'pcc_office', force: 'herts' }));
      expect((await t.http().get('/scenarios/keeper').expect(200)).body.status).toBe('kept');
      expect((await t.http().get('/scenarios/loser').expect(200)).body.status).toBe('discarded');

      const before = await head();
      const again = await t.as(herts).post('/scenarios/loser/discard').send({}).expect(201);
      expect(again.body.events).toEqual([]);
      const refused = await t
        .as(herts)
        .post('/scenarios/loser/overrides')
        .send({ kind: 'assumptions', year: '2017/18', payAward: '0.02' })
        .expect(422);
      expect(refused.body.message).toMatch(/was discarded: it takes no more overrides/);
      await t.as(herts).post('/scenarios/loser/keep').send({}).expect(422);
      expect(await head()).toBe(before);
      // Still readable, and still projectable.
      await t.http().get('/forces/herts/mtfp?scenario=loser').expect(200);
    });
  });
});
