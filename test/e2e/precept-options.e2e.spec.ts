import { Dec } from '../../src/common/decimal';
import { givenEvents } from '../support/api-spec';
import { startTestApp, type TestApp } from '../support/test-app';

interface Option {
  kind: string;
  label: string;
  bandD: string;
  bands: Record<string, string>;
  weeklyBands: Record<string, string>;
  change: { yearly: string; weekly: string; percent: string };
  preceptIncome: string;
  incomeAboveFreeze: string;
  referendum: { required: boolean; principle: { appliesTo: string } | null; largestBandDAllowed: string | null; explanation: string };
  mtfpGap: { value: string; sources: string[] } | null;
}

/** Precept options for the PCC office through HTTP, against the referendum principles recorded on first start. */
describe('precept options through HTTP', () => {
  let t: TestApp;
  // Given straight to the store (not a chain of POSTs); the fixed ids are what the figures cite.
  const approved2016 = '2c1f6a0e-0000-4000-8000-000000002016';
  const taxBase2017 = '2c1f6a0e-0000-4000-8000-000000002017';

  beforeAll(async () => {
    t = await startTestApp();
    await givenEvents(
      t,
      { stream: 'force-herts', events: [{ type: 'ForceRegistered.v1', data: { code: 'herts', name: 'Hertfordshire Constabulary' } }] },
      {
        stream: 'force-finance-herts',
        events: [
          { type: 'PlanPeriodSet.v1', data: { firstYear: '2016/17', lastYear: '2019/20' } },
          {
            type: 'BaseBudgetSet.v1',
            data: { year: '2016/17', lines: [{ code: 'PAY', name: 'Pay', kind: 'pay', amount: '150000000.00' }] },
          },
          { id: approved2016, type: 'PreceptRecorded.v1', data: { year: '2016/17', bandD: '147.00', status: 'approved' } },
          { id: taxBase2017, type: 'TaxBaseRecorded.v1', data: { year: '2017/18', bandDEquivalents: '420000' } },
        ],
      },
      // The same figures for a PCC that is not recorded in 2017/18's lowest quartile.
      { stream: 'force-kent', events: [{ type: 'ForceRegistered.v1', data: { code: 'kent', name: 'Kent Police' } }] },
      {
        stream: 'force-finance-kent',
        events: [
          { type: 'PlanPeriodSet.v1', data: { firstYear: '2016/17', lastYear: '2019/20' } },
          {
            type: 'BaseBudgetSet.v1',
            data: { year: '2016/17', lines: [{ code: 'PAY', name: 'Pay', kind: 'pay', amount: '150000000.00' }] },
          },
          { type: 'PreceptRecorded.v1', data: { year: '2016/17', bandD: '147.00', status: 'approved' } },
          { type: 'TaxBaseRecorded.v1', data: { year: '2017/18', bandDEquivalents: '420000' } },
        ],
      },
    );
  });
  afterAll(async () => {
    await t.close();
  });

  const optionsOf = async (force: string, query: string): Promise<{ body: { options: Option[]; [key: string]: unknown }; text: string }> =>
    t.http().get(`/forces/${force}/precept-options?${query}`).expect(200);
  const options = (query: string) => optionsOf('herts', query);
  const option = (body: { options: Option[] }, kind: string): Option => body.options.find((o) => o.kind === kind) as Option;

  it('published check: +£5 on Band D over 420,000 Band D equivalents raises £2,100,000.00 above a freeze', async () => {
    const res = await options('year=2017/18&poundRise=5.00&include=sources');
    expect(res.body).toMatchObject({
      force: 'herts',
      year: '2017/18',
      previousBandD: { value: '147.00', sources: [approved2016] },
      taxBase: { value: '420000.00', sources: [taxBase2017] },
    });
    const rise = option(res.body, 'pound_rise');
    expect(rise).toMatchObject({
      label: '+£5.00',
      bandD: '152.00',
      preceptIncome: '63840000.00',
      incomeAboveFreeze: '2100000.00',
      change: { yearly: '5.00', weekly: '0.10', percent: '3.40' },
    });
    const freeze = option(res.body, 'freeze');
    expect(freeze).toMatchObject({ bandD: '147.00', preceptIncome: '61740000.00', incomeAboveFreeze: '0.00' });
    // Each option's gap is the MTFP's gap with its Band D: £2.1m less than at a freeze, citing the Band D it came from.
    expect(new Dec(freeze.mtfpGap!.value).minus(rise.mtfpGap!.value).toFixed(2)).toBe('2100000.00');
    expect(freeze.mtfpGap!.sources).toEqual(expect.arrayContaining([approved2016, taxBase2017]));
  });

  it('published check: a 2017/18 Band D of £152.00 gives every band A–H to the penny', async () => {
    const res = await options('year=2017/18&poundRise=5.00');
    expect(option(res.body, 'pound_rise').bands).toEqual({
      A: '101.33',
      B: '118.22',
      C: '135.11',
      D: '152.00',
      E: '185.78',
      F: '219.56',
      G: '253.33',
      H: '304.00',
    });
  });

  it('gives every band a week too, from the exact yearly charge ÷ 52 (not the rounded one), to the penny', async () => {
    const res = await options('year=2017/18&poundRise=5.00');
    expect(option(res.body, 'pound_rise').weeklyBands).toEqual({
      A: '1.95',
      B: '2.27',
      C: '2.60',
      D: '2.92',
      E: '3.57',
      F: '4.22',
      G: '4.87',
      H: '5.85',
    });
  });

  it('under the 2 % principle alone (a PCC not recorded in the lowest quartile), 1.99 % needs no referendum and 2 % does', async () => {
    const under = option((await optionsOf('kent', 'year=2017/18&percentageRise=0.0199')).body, 'percentage_rise');
    expect(under).toMatchObject({
      label: '+1.99 %',
      bandD: '149.93',
      referendum: { required: false, principle: { appliesTo: 'all PCCs' } },
    });
    const at = option((await optionsOf('kent', 'year=2017/18&percentageRise=0.02')).body, 'percentage_rise');
    expect(at).toMatchObject({ label: '+2 %', bandD: '149.94', referendum: { required: true, largestBandDAllowed: '149.93' } });
    expect(at.referendum.explanation).toMatch(
      /^Needs a referendum: the 2017\/18 principle for all PCCs allows an increase of less than 2 %/,
    );
    const largest = option((await optionsOf('kent', 'year=2017/18')).body, 'largest_without_referendum');
    // 147 × 1.02 = 149.94 must not be reached, so £149.93: a rise of £2.93, 2.93 / 147 = 1.9932 %.
    expect(largest).toMatchObject({ bandD: '149.93', referendum: { required: false } });
  });

  it('Herts 2017/18 (recorded in the lowest quartile, reference data): +£5 to £152.00 needs no referendum, the largest rise is £5.00', async () => {
    const res = await options('year=2017/18&poundRise=5.00&include=sources');
    const membership = (await t.http().get('/referendum-principles?year=2017/18').expect(200)).body.principles[1].members;
    expect(membership.forces).toEqual(['herts']);
    expect(res.body.referendumGroups).toEqual([{ appliesTo: 'lowest-quartile PCCs', basis: 'recorded', sources: membership.sources }]);
    expect(res.body.groups).toEqual(['lowest-quartile PCCs']);
    const five = option(res.body, 'pound_rise');
    expect(five.referendum).toMatchObject({
      required: false,
      principle: { appliesTo: 'lowest-quartile PCCs' },
      largestBandDAllowed: '152.00',
    });
    expect(option(res.body, 'largest_without_referendum')).toMatchObject({ bandD: '152.00', change: { yearly: '5.00' } });
    const more = option((await options('year=2017/18&poundRise=5.01')).body, 'pound_rise');
    expect(more).toMatchObject({ bandD: '152.01', referendum: { required: true, largestBandDAllowed: '152.00' } });
  });

  it('a PCC outside the group needs a referendum for +£5; the group can be tried as a validated what-if, and a typo is refused', async () => {
    const notInGroup = await optionsOf('kent', 'year=2017/18&poundRise=5.00');
    expect(notInGroup.body.groups).toEqual([]);
    expect(option(notInGroup.body, 'pound_rise').referendum.required).toBe(true);
    const whatIf = await optionsOf('kent', 'year=2017/18&poundRise=5.00&groups=lowest-quartile%20PCCs&include=sources');
    expect(whatIf.body.referendumGroups).toEqual([{ appliesTo: 'lowest-quartile PCCs', basis: 'what-if', sources: [] }]);
    expect(option(whatIf.body, 'pound_rise').referendum.required).toBe(false);
    const typo = await t.http().get('/forces/kent/precept-options?year=2017/18&poundRise=5.00&groups=lowest-quartile%20PCC').expect(400);
    expect(JSON.stringify(typo.body)).toMatch(/groups/);
    expect(JSON.stringify(typo.body)).toMatch(/no referendum principle for \\"lowest-quartile PCC\\" is recorded for 2017\/18/);
  });

  it('uses principles recorded through the API for a year, and the Band D recorded for it', async () => {
    await t.http().post('/forces/herts/precepts').send({ year: '2018/19', bandD: '164.00', status: 'proposed' }).expect(201);
    const res = await options('year=2018/19&poundRise=12.01');
    expect(res.body.principles).toEqual([expect.objectContaining({ appliesTo: 'all PCCs', limit: { kind: 'amount', amount: '12.00' } })]);
    expect(option(res.body, 'pound_rise').referendum.required).toBe(true);
    expect(option(res.body, 'largest_without_referendum').bandD).toBe('159.00'); // frozen at £147.00 in 2017/18, + £12
    expect(option(res.body, 'recorded')).toMatchObject({ label: 'Proposed Band D', bandD: '164.00', referendum: { required: true } });
  });

  it.each([
    ['year=2017&percentageRise=0.02', 'year'],
    ['year=2017-18', 'year'],
    ['year=2017/18&percentageRise=2%25', 'percentageRise'],
    ['year=2017/18&percentageRise=1.5', 'percentageRise'],
    ['year=2017/18&poundRise=five', 'poundRise'],
    ['year=2017/18&poundRise=5.001', 'poundRise'],
    ['year=2017/18&poundRise=5&poundRise=6', 'poundRise'],
    ['year=2017/18&asOf=2999-01-01', 'asOf'],
  ])('400 for ?%s, naming %s', async (query, field) => {
    const res = await t.http().get(`/forces/herts/precept-options?${query}`).expect(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field })]);
  });

  it('404 for an unknown force, 422 when there is no earlier Band D to compare with', async () => {
    await t.http().get('/forces/nowhere/precept-options?year=2017/18').expect(404);
    const res = await t.http().get('/forces/herts/precept-options?year=2016/17').expect(422);
    expect(res.body.message).toBe(
      'No Band D is recorded for 2015/16 or any earlier year: record the precept before asking for 2016/17 options',
    );
  });
});
