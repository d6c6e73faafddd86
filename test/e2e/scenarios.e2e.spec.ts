import { startTestApp, type TestApp } from '../support/test-app';

interface Figure {
  value: string;
  sources: string[];
}
interface MtfpYearJson {
  year: string;
  assumptions: { payAward: Figure };
  expenditure: {
    pay: Figure;
    growth: Figure;
    items: Array<{ itemId: string; description: string; amount: Figure }>;
    externalSavings: Array<{ code: string; amount: Figure }>;
  };
  funding: { precept: { bandD: Figure; income: Figure } };
  reserveUse: { drawdowns: Figure };
  gap: Figure;
  reserves: Array<{ reserveId: string; closing: Figure }>;
}

/**
 * Scenarios through HTTP: branches of Hertfordshire's plan that never touch it, a branch of a
 * branch, comparisons, keep and discard, a branch of the baseline as it stood, who may do what,
 * and every refusal recording nothing.
 */
describe('scenarios through HTTP', () => {
  let t: TestApp;
  const herts = { role: 'force_finance' as const, force: 'herts', subject: 'cfo@herts' };

  const post = async (path: string, body: object, as = t.http()) => {
    const res = await as.post(path).send(body);
    if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res;
  };
  const head = async (): Promise<string> => (await t.http().get('/health').expect(200)).body.headPosition;
  const mtfp = async (query = '', as = t.http()) =>
    (await as.get(`/forces/herts/mtfp?from=2016/17&years=4${query}`).expect(200)).body as { years: MtfpYearJson[]; scenario?: unknown };
  const year = (plan: { years: MtfpYearJson[] }, y: string) => plan.years.find((x) => x.year === y) as MtfpYearJson;

  /** Every projection endpoint, for the baseline or under a scenario. */
  const projections = (scenario?: string) => {
    const s = scenario ? `&scenario=${scenario}` : '';
    return [
      `/forces/herts/mtfp?from=2016/17&years=4${s}`,
      `/forces/herts/mtfp/explain?year=2018/19${s}`,
      `/forces/herts/mtfp/explain?year=2017/18&line=gap${s}`,
      `/forces/herts/precept-options?year=2017/18&poundRise=5.00${s}`,
      `/forces/herts/collaboration?from=2016/17&years=4${s}`,
      `/alliances/bch/collaboration-shares?year=2017/18${s}`,
      `/alliances/bch/benefits-realisation?green=0.95${s}`,
    ];
  };
  const answers = async (urls: string[]) => Promise.all(urls.map(async (url) => (await t.http().get(url).expect(200)).text));

  beforeAll(async () => {
    t = await startTestApp();
    for (const [code, name] of [
      ['herts', 'Hertfordshire Constabulary'],
      ['beds', 'Bedfordshire Police'],
      ['cambs', 'Cambridgeshire Constabulary'],
      ['kent', 'Kent Police'],
      ['essex', 'Essex Police'],
    ]) {
      await post('/forces', { code, name });
    }
    await post('/forces/herts/plan-period', { firstYear: '2016/17', lastYear: '2019/20' });
    await post('/forces/herts/budgets', {
      year: '2016/17',
      lines: [
        { code: 'PAY', name: 'Officer and staff pay', kind: 'pay', amount: '156000000.00' },
        { code: 'NONPAY', name: 'Supplies, premises and vehicles', kind: 'non_pay', amount: '38000000.00' },
        { code: 'FEES', name: 'Fees and charges', kind: 'income', amount: '7000000.00' },
      ],
    });
    for (const y of ['2017/18', '2018/19', '2019/20']) {
      await post('/forces/herts/assumptions', {
        year: y,
        payAward: '0.01',
        nonPayInflation: '0.02',
        incomeInflation: '0.01',
        grantChange: '-0.013',
        taxBaseGrowth: '0.008',
      });
    }
    await post('/forces/herts/funding', {
      year: '2016/17',
      coreGrant: '64000000.00',
      formulaGrant: '39000000.00',
      legacyCouncilTaxGrants: '9200000.00',
      otherGeneralGrants: '0.00',
    });
    await post('/forces/herts/tax-base', { year: '2016/17', bandDEquivalents: '427953.5' });
    await post('/forces/herts/precepts', { year: '2016/17', bandD: '147.00', status: 'approved' });
    await post('/forces/herts/reserves', {
      reserveId: 'general',
      name: 'General reserve',
      kind: 'general',
      openingBalance: '8000000.00',
      asAtYear: '2016/17',
    });
    await post('/forces/herts/reserves', {
      reserveId: 'budget-support',
      name: 'Base-budget support reserve',
      kind: 'earmarked',
      openingBalance: '25300000.00',
      asAtYear: '2016/17',
    });
    for (const y of ['2016/17', '2017/18', '2018/19', '2019/20']) {
      await post('/forces/herts/reserves/budget-support/movements', {
        year: y,
        direction: 'drawdown',
        basis: 'planned',
        amount: '4450000.00',
        supportsRevenueBudget: true,
      });
    }
    await post('/forces/herts/minimum-general-reserve', { shareOfNre: '0.03' });

    await post('/alliances', {
      code: 'bch',
      name: 'BCH strategic alliance',
      members: ['beds', 'cambs', 'herts'].map((force) => ({ force, fromYear: '2012/13' })),
    });
    for (const force of ['beds', 'cambs', 'herts']) await post(`/forces/${force}/alliance-invitations/bch/accept`, {});
    await post('/alliances/bch/units', {
      code: 'jps',
      name: 'Joint Protective Services',
      leadForce: 'beds',
      category: 'protective_services',
    });
    const fixed = [
      ['beds', '0.3'],
      ['cambs', '0.3'],
      ['herts', '0.4'],
    ].map(([force, share]) => ({ force, share }));
    await post('/alliances/bch/units/jps/cost-shares', { fromYear: '2012/13', basis: { kind: 'fixed', percentages: fixed } });
    await post('/alliances/bch/units/jps/budgets', { year: '2017/18', amount: '30000000.00' });
    await post('/alliances/bch/programmes', {
      code: 'jps-savings',
      name: 'JPS savings',
      unit: 'jps',
      cashable: true,
      startYear: '2017/18',
    });
    await post('/alliances/bch/programmes/jps-savings/savings', { kind: 'planned', year: '2017/18', amount: '1000000.00' });
    await post('/alliances/bch/programmes/jps-savings/savings', { kind: 'planned', year: '2018/19', amount: '2000000.00' });
    await post('/alliances', {
      code: 'kse',
      name: 'Kent and Essex',
      members: ['essex', 'kent'].map((force) => ({ force, fromYear: '2012/13' })),
    });
    for (const force of ['essex', 'kent']) await post(`/forces/${force}/alliance-invitations/kse/accept`, {});
    await post('/alliances/kse/programmes', { code: 'kse-savings', name: 'Kent savings', cashable: true, startYear: '2017/18' });
    await post('/alliances/kse/programmes/kse-savings/savings', { kind: 'planned', year: '2017/18', amount: '1000000.00' });
  });
  afterAll(async () => {
    await t.close();
  });

  describe('a scenario with every kind of override', () => {
    let baselineBefore: string[];

    beforeAll(async () => {
      baselineBefore = await answers(projections());
      const created = await post(
        '/scenarios',
        { id: 'pay-3-5', name: 'Pay award 3.5 %, precept +£10 a year', force: 'herts', basedOn: 'baseline', reason: 'Budget planning' },
        t.as(herts),
      );
      expect(created.headers.location).toBe('/scenarios/pay-3-5?force=herts');
      expect(created.body).toMatchObject({ stream: 'scenario--herts-pay-3-5', events: [{ type: 'ScenarioCreated.v1' }] });
      const override = (body: object) => post('/scenarios/pay-3-5/overrides', body, t.as(herts));
      await override({ kind: 'assumptions', year: '2017/18', payAward: '0.035' });
      for (const y of ['2017/18', '2018/19', '2019/20'])
        await override({ kind: 'precept-strategy', year: y, strategy: 'pound', amount: '10.00' });
      await override({
        kind: 'savings-slippage',
        alliance: 'bch',
        programme: 'jps-savings',
        year: '2017/18',
        share: '0.5',
        mode: 'delayed_one_year',
      });
      await override({
        kind: 'extra-item',
        itemKind: 'growth',
        itemId: 'cyber',
        fromYear: '2018/19',
        amount: '1500000.00',
        recurrence: 'recurring',
        description: 'Cyber crime unit',
      });
      await override({ kind: 'extra-drawdown', reserveId: 'budget-support', year: '2019/20', amount: '1000000.00' });
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
      await post('/scenarios', { id: 'grant-flat', name: 'Grant flat', force: 'herts', basedOn: 'baseline' }, t.as(herts));
      await post('/scenarios/grant-flat/overrides', { kind: 'assumptions', year: '2017/18', grantChange: '0' }, t.as(herts));
      await post('/scenarios/grant-flat/overrides', { kind: 'assumptions', year: '2018/19', payAward: '0.02' }, t.as(herts));
      await post(
        '/scenarios',
        { id: 'grant-flat-precept', name: 'Grant flat, precept at the limit', force: 'herts', basedOn: 'grant-flat' },
        t.as(herts),
      );
      await post(
        '/scenarios/grant-flat-precept/overrides',
        { kind: 'precept-strategy', year: '2017/18', strategy: 'max_without_referendum' },
        t.as(herts),
      );
      await post('/scenarios/grant-flat-precept/overrides', { kind: 'assumptions', year: '2018/19', payAward: '0.03' }, t.as(herts));
    });

    it('inherits both parents’ overrides, the nearer winning where they name the same thing', async () => {
      const child = await mtfp('&scenario=grant-flat-precept');
      const parent = await mtfp('&scenario=grant-flat');
      const base = await mtfp();
      const grantChange = (p: { years: MtfpYearJson[] }) =>
        (year(p, '2017/18') as unknown as { assumptions: { grantChange: Figure } }).assumptions.grantChange.value;
      expect([grantChange(base), grantChange(parent), grantChange(child)]).toEqual(['-0.013', '0', '0']);
      expect([base, parent, child].map((p) => year(p, '2018/19').assumptions.payAward.value)).toEqual(['0.01', '0.02', '0.03']);
      // 2017/18's referendum limit is a rise of less than 2 %: £147.00 → £149.93.
      expect([base, parent, child].map((p) => year(p, '2017/18').funding.precept.bandD.value)).toEqual(['147.00', '147.00', '149.93']);
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

  describe('a branch of the baseline as it stood', () => {
    it('reads the baseline at that moment, not what was recorded since', async () => {
      const then = await head();
      const thenPlan = await mtfp();
      await post('/forces/herts/budget-items', {
        kind: 'cost_pressure',
        fromYear: '2017/18',
        amount: '3000000.00',
        recurrence: 'recurring',
        description: 'Pensions',
      });
      await post('/scenarios', { id: 'as-was', name: 'The plan as it was', force: 'herts', basedOn: 'baseline', asOf: then }, t.as(herts));
      await post('/scenarios', { id: 'as-was-child', name: 'A branch of it', force: 'herts', basedOn: 'as-was' }, t.as(herts));
      const asWas = await mtfp('&scenario=as-was');
      const child = await mtfp('&scenario=as-was-child');
      const now = await mtfp();
      expect(year(now, '2017/18').gap.value).not.toBe(year(thenPlan, '2017/18').gap.value);
      expect(year(asWas, '2017/18').gap.value).toBe(year(thenPlan, '2017/18').gap.value);
      expect(year(child, '2017/18').gap.value).toBe(year(thenPlan, '2017/18').gap.value);
      expect((await t.http().get('/scenarios/as-was').expect(200)).body.baselineAsAt).toEqual({ position: then });
    });

    it('refuses an asOf that is malformed, in the future, not yet reached, or on a branch of a scenario, recording nothing', async () => {
      const before = await head();
      const create = (asOf: string, basedOn = 'baseline') =>
        t.as(herts).post('/scenarios').send({ id: 'when', name: 'When', force: 'herts', basedOn, asOf });
      const malformed = await create('last-tuesday').expect(400);
      expect(malformed.body.details).toEqual([expect.objectContaining({ field: 'asOf' })]);
      const future = await create('2999-01-01T00:00:00Z').expect(400);
      expect(future.body.message).toMatch(/in the future/);
      const beyond = await create(String(BigInt(before) + 1000n)).expect(400);
      expect(beyond.body.message).toMatch(/has not been reached yet/);
      const onBranch = await create('1', 'pay-3-5').expect(422);
      expect(onBranch.body.message).toMatch(/cannot give its own asAt/);
      expect(await head()).toBe(before);
    });
  });

  describe('bad input', () => {
    it.each<[string, number, object, string]>([
      ['a year outside the plan', 422, { kind: 'assumptions', year: '2020/21', payAward: '0.02' }, 'year'],
      [
        'a year before the plan',
        422,
        { kind: 'extra-item', itemKind: 'growth', fromYear: '2015/16', amount: '1.00', recurrence: 'one_off' },
        'fromYear',
      ],
      ['no rate at all', 400, { kind: 'assumptions', year: '2017/18' }, 'payAward'],
      ['a JSON number for a rate', 400, { kind: 'assumptions', year: '2017/18', payAward: 0.02 }, 'payAward'],
      ['a field of another kind', 400, { kind: 'assumptions', year: '2017/18', payAward: '0.02', amount: '5.00' }, 'amount'],
      ['an unknown kind', 400, { kind: 'wishful-thinking', year: '2017/18' }, 'kind'],
      ['an unknown field', 400, { kind: 'assumptions', year: '2017/18', payAward: '0.02', colour: 'red' }, 'colour'],
      ['a strategy without its amount', 400, { kind: 'precept-strategy', year: '2017/18', strategy: 'pound' }, 'amount'],
      ['a freeze with a rate', 400, { kind: 'precept-strategy', year: '2017/18', strategy: 'freeze', rate: '0.02' }, 'strategy'],
      ['an unknown strategy', 400, { kind: 'precept-strategy', year: '2017/18', strategy: 'double-it' }, 'strategy'],
      [
        'a share above 1',
        400,
        { kind: 'savings-slippage', alliance: 'bch', programme: 'jps-savings', year: '2017/18', share: '1.5', mode: 'lost' },
        'share',
      ],
      [
        'an unknown programme',
        404,
        { kind: 'savings-slippage', alliance: 'bch', programme: 'nothing', year: '2017/18', share: '0.5', mode: 'lost' },
        '',
      ],
      [
        'a programme of an alliance the force is not in',
        422,
        { kind: 'savings-slippage', alliance: 'kse', programme: 'kse-savings', year: '2017/18', share: '0.5', mode: 'lost' },
        'alliance',
      ],
      [
        'a year with no savings',
        422,
        { kind: 'savings-slippage', alliance: 'bch', programme: 'jps-savings', year: '2019/20', share: '0.5', mode: 'lost' },
        'year',
      ],
      ['an unknown reserve', 404, { kind: 'extra-drawdown', reserveId: 'rainy-day', year: '2017/18', amount: '1.00' }, ''],
      [
        'a negative extra item',
        422,
        { kind: 'extra-item', itemKind: 'growth', fromYear: '2017/18', amount: '-5.00', recurrence: 'one_off' },
        'amount',
      ],
      [
        'an amount in fractions of a penny',
        400,
        { kind: 'extra-drawdown', reserveId: 'general', year: '2017/18', amount: '1.001' },
        'amount',
      ],
    ])('an override with %s: %d, nothing recorded', async (_, status, body, field) => {
      const before = await head();
      const res = await t.as(herts).post('/scenarios/pay-3-5/overrides').send(body);
      expect({ status: res.status, body: res.body }).toMatchObject({ status });
      if (field) expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      expect(await head()).toBe(before);
    });

    it.each<[string, number, object]>([
      ['a scenario id that cannot be one', 400, { id: 'Pay 3.5%', name: 'x', force: 'herts', basedOn: 'baseline' }],
      ['no name', 400, { id: 'nameless', force: 'herts', basedOn: 'baseline' }],
      ['the id "baseline"', 400, { id: 'baseline', name: 'x', force: 'herts', basedOn: 'baseline' }],
      ['a JSON number for asOf', 400, { id: 'numbered', name: 'x', force: 'herts', basedOn: 'baseline', asOf: 12 }],
      ['an unknown force', 404, { id: 'nowhere', name: 'x', force: 'nowhere', basedOn: 'baseline' }],
      ['an id already taken', 409, { id: 'pay-3-5', name: 'Again', force: 'herts', basedOn: 'baseline' }],
    ])('a new scenario with %s: %d, nothing recorded', async (_, status, body) => {
      const before = await head();
      await t.http().post('/scenarios').send(body).expect(status);
      expect(await head()).toBe(before);
    });

    it('answers 404 for an unknown scenario, 400 for one that cannot be a scenario id', async () => {
      const before = await head();
      await t.http().post('/scenarios/no-such/overrides').send({ kind: 'assumptions', year: '2017/18', payAward: '0.02' }).expect(404);
      await t.http().post('/scenarios/no-such/keep').send({}).expect(404);
      await t.http().get('/scenarios/no-such').expect(404);
      await t.http().get('/scenarios/no-such/compare').expect(404);
      await t.http().get('/scenarios/pay-3-5/compare?with=no-such').expect(404);
      await t.http().get('/scenarios/pay-3-5/compare?with=Not_An_Id').expect(400);
      for (const url of projections('no-such')) {
        const res = await t.http().get(url).expect(404);
        expect(res.body.message).toMatch(/There is no scenario "no-such"/);
      }
      for (const url of projections('Not_An_Id')) {
        const res = await t.http().get(url).expect(400);
        expect(res.body.details).toEqual([expect.objectContaining({ field: 'scenario' })]);
      }
      expect(await head()).toBe(before);
    });
  });

  describe('who may do what', () => {
    const kent = { role: 'force_finance' as const, force: 'kent' };
    const board = { role: 'alliance_board' as const, alliance: 'bch' };
    const viewer = { role: 'viewer' as const, force: 'herts' };

    it('lets a force’s finance team and PCC office write its scenarios, and its readers read them', async () => {
      const before = await head();
      await t.as(viewer).post('/scenarios').send({ id: 'viewer-try', name: 'x', force: 'herts', basedOn: 'baseline' }).expect(403);
      await t.as(viewer).post('/scenarios/pay-3-5/overrides').send({ kind: 'assumptions', year: '2017/18', payAward: '0.02' }).expect(403);
      await t.as(kent).post('/scenarios').send({ id: 'kent-try', name: 'x', force: 'herts', basedOn: 'baseline' }).expect(403);
      // Another force's scenario is not one they can find: 404, as for an unknown id.
      await t.as(kent).post('/scenarios/pay-3-5/discard').send({}).expect(404);
      await t.as(board).post('/scenarios/pay-3-5/keep').send({}).expect(404);
      expect(await head()).toBe(before);
      await t.as(viewer).get('/scenarios/pay-3-5/compare').expect(200);
    });

    it('hides a force’s scenarios from everyone outside it, even through another endpoint’s ?scenario=', async () => {
      const hidden = await t.as(kent).get('/scenarios/pay-3-5').expect(404);
      expect(hidden.body.message).toBe('There is no scenario "pay-3-5". GET /scenarios lists the scenarios you may read.');
      await t.as(kent).get('/forces/kent/mtfp?from=2016/17&years=1&scenario=pay-3-5').expect(404);
      await t.as(board).get('/alliances/bch/collaboration-shares?year=2017/18&scenario=pay-3-5').expect(404);
      await t.as(board).get('/alliances/bch/collaboration-shares?year=2017/18').expect(200);
      await t.as(kent).get('/scenarios/kent-cuts/compare?with=pay-3-5').expect(404);
      await t.as(kent).post('/scenarios').send({ id: 'kent-branch', name: 'x', force: 'kent', basedOn: 'pay-3-5' }).expect(422);
      await t.as(kent).get('/streams/scenario--herts-pay-3-5/events').expect(404);
      await t.as(viewer).get('/streams/scenario--herts-pay-3-5/events').expect(200);
    });

    it('lists only the scenarios the caller may read', async () => {
      const ids = async (as: ReturnType<TestApp['as']>, query = '') =>
        (await as.get(`/scenarios${query}`).expect(200)).body.scenarios.map((s: { id: string }) => s.id);
      const hertsIds = await ids(t.as(viewer));
      expect(hertsIds).toEqual(expect.arrayContaining(['pay-3-5', 'grant-flat', 'grant-flat-precept']));
      expect(hertsIds).not.toContain('kent-cuts');
      expect(await ids(t.as(kent))).toEqual(['kent-cuts']);
      expect(await ids(t.as(board))).toEqual([]);
      expect(await ids(t.http(), '?force=kent')).toEqual(['kent-cuts']);
      await t.http().get('/scenarios?force=Kent!').expect(400);
    });
  });
});
