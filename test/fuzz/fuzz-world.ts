import { CAPITAL_PROGRAMME_BODIES } from './fuzz-capital-bodies';
import type { TestApp } from '../support/test-app';

/**
 * The world the fuzzer attacks: real forces, an alliance, a plan period, a reserve, a budget
 * item, a unit and a programme, so that requests with real codes get past the 404s and reach
 * the deciders and the projections. Also a valid request for each endpoint the fuzzer knows,
 * which it then breaks one field at a time.
 */
export interface FuzzWorld {
  /** Real values for each path parameter name. */
  params: Record<string, string[]>;
}

/** `served`: "METHOD /path" of every endpoint, so capabilities still being built are seeded only once they are served. */
export async function seedFuzzWorld(t: TestApp, served: Set<string>): Promise<FuzzWorld> {
  const post = async (url: string, body: object): Promise<Record<string, unknown>> => {
    const res = await t.http().post(url).send(body);
    if (res.status !== 201) throw new Error(`Seeding ${url} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };
  for (const [code, name] of [
    ['herts', 'Hertfordshire Constabulary'],
    ['beds', 'Bedfordshire Police'],
    ['cambs', 'Cambridgeshire Constabulary'],
    ['norfolk', 'Norfolk Constabulary'],
  ]) {
    await post('/forces', { code, name });
  }
  for (const force of ['herts', 'beds', 'cambs']) {
    await post(`/forces/${force}/plan-period`, { firstYear: '2016/17', lastYear: '2019/20' });
    await post(`/forces/${force}/budgets`, {
      year: '2016/17',
      lines: [
        { code: 'PAY', name: 'Pay', kind: 'pay', amount: '150000000.00' },
        { code: 'NONPAY', name: 'Non-pay', kind: 'non_pay', amount: '40000000.00' },
        { code: 'INCOME', name: 'Income', kind: 'income', amount: '7000000.00' },
      ],
    });
    await post(`/forces/${force}/tax-base`, { year: '2016/17', bandDEquivalents: '427953.5' });
    await post(`/forces/${force}/precepts`, { year: '2016/17', bandD: '147.00', status: 'approved' });
  }
  await post('/forces/herts/reserves', {
    reserveId: 'budget-support',
    name: 'Budget support reserve',
    kind: 'earmarked',
    openingBalance: '25300000.00',
    asAtYear: '2016/17',
  });
  const item = await post('/forces/herts/budget-items', {
    kind: 'growth',
    fromYear: '2016/17',
    amount: '2400000.00',
    recurrence: 'recurring',
    description: 'DAISU',
  });
  await post('/forces/herts/specific-grants', VALID_BODIES['POST /forces/{force}/specific-grants']);
  await post('/forces/herts/capital-schemes', VALID_BODIES['POST /forces/{force}/capital-schemes']);
  const members = ['beds', 'cambs', 'herts'].map((force) => ({ force, fromYear: '2012/13' }));
  await post('/alliances', { code: 'bch', name: 'BCH strategic alliance', members });
  for (const { force } of members) await post(`/forces/${force}/alliance-invitations/bch/accept`, {});
  await post('/alliances/bch/units', {
    code: 'jps',
    name: 'Joint Protective Services',
    leadForce: 'beds',
    category: 'protective_services',
  });
  await post('/alliances/bch/units/jps/cost-shares', { fromYear: '2012/13', basis: { kind: 'net_revenue_budget', year: '2016/17' } });
  await post('/alliances/bch/units/jps/budgets', { year: '2016/17', amount: '30000000.00' });
  await post('/alliances/bch/programmes', {
    code: 'jps-savings',
    name: 'Joint Protective Services savings',
    unit: 'jps',
    cashable: true,
    startYear: '2016/17',
  });
  await post('/alliances/bch/programmes/jps-savings/savings', { kind: 'planned', year: '2016/17', amount: '2000000.00' });
  const extra: Record<string, string[]> = {};
  if (served.has('POST /scenarios') && served.has('POST /scenarios/{scenario}/overrides')) {
    await post('/scenarios', VALID_BODIES['POST /scenarios']);
    await post('/scenarios/pay-rise/overrides', VALID_BODIES['POST /scenarios/{scenario}/overrides']);
    extra.scenario = ['pay-rise'];
  }
  if (served.has('POST /forces/{force}/stress-tests')) {
    const run = await post('/forces/herts/stress-tests', VALID_BODIES['POST /forces/{force}/stress-tests']);
    extra.run = [String((run.run as { runId?: unknown } | undefined)?.runId ?? 'no-run')];
  }

  return {
    params: {
      ...extra,
      force: ['herts', 'beds', 'cambs'],
      alliance: ['bch'],
      reserve: ['budget-support'],
      itemId: [String(item.itemId)],
      grantId: ['pensions-grant'],
      schemeId: ['fleet'],
      unit: ['jps'],
      programme: ['jps-savings'],
      stream: ['force-herts', 'force-finance-herts', 'force-collaboration-herts', 'alliance-bch', 'reference-referendum-principles'],
    },
  };
}

/** A request each known write endpoint accepts (in the seeded world), keyed by "METHOD /path/{template}". */
export const VALID_BODIES: Record<string, object> = {
  'POST /forces': { code: 'essex', name: 'Essex Police' },
  'PUT /forces/{force}/name': { name: 'Hertfordshire Constabulary' },
  'POST /forces/{force}/plan-period': { firstYear: '2016/17', lastYear: '2019/20' },
  // Takes only an XLSX workbook (test/exports/plan-workbook.e2e.spec.ts): fuzzed here for its refusals of anything else.
  'POST /forces/{force}/plan-workbook': {},
  'POST /forces/{force}/budgets': {
    year: '2017/18',
    lines: [
      { code: 'PAY', name: 'Pay', kind: 'pay', amount: '151000000.00' },
      { code: 'INCOME', name: 'Income', kind: 'income', amount: '7100000.00' },
    ],
  },
  'POST /forces/{force}/assumptions': {
    year: '2017/18',
    payAward: '0.01',
    nonPayInflation: '0.02',
    incomeInflation: '0.01',
    grantChange: '-0.013',
    taxBaseGrowth: '0.008',
  },
  'POST /forces/{force}/budget-items': {
    kind: 'saving',
    fromYear: '2017/18',
    amount: '500000.00',
    recurrence: 'recurring',
    description: 'Estates rationalisation',
  },
  'PATCH /forces/{force}/budget-items/{itemId}': { amount: '2500000.00', reason: 'Revised' },
  'POST /forces/{force}/budget-items/{itemId}/withdrawal': { reason: 'Superseded' },
  'POST /forces/{force}/funding': {
    year: '2017/18',
    coreGrant: '64000000.00',
    formulaGrant: '39000000.00',
    legacyCouncilTaxGrants: '9200000.00',
    otherGeneralGrants: '0.00',
  },
  'POST /forces/{force}/tax-base': { year: '2017/18', bandDEquivalents: '431400.25' },
  'POST /forces/{force}/collection-fund': { year: '2017/18', amount: '-150000.00' },
  'POST /forces/{force}/precepts': { year: '2017/18', bandD: '152.00', status: 'proposed' },
  'POST /forces/{force}/precept-assumptions': { year: '2018/19', kind: 'percentage', rate: '0.0199' },
  'POST /forces/{force}/specific-grants': {
    grantId: 'pensions-grant',
    name: 'Police pensions grant',
    kind: 'ring_fenced',
    year: '2017/18',
    amount: '1900000.00',
    fundsBudgetLine: 'PAY',
    conditions: 'Towards the employer contribution',
  },
  'POST /forces/{force}/specific-grants/{grantId}/withdrawal': { year: '2017/18', reason: 'Not paid this year' },
  ...CAPITAL_PROGRAMME_BODIES,
  'POST /forces/{force}/pay-awards': { year: '2018/19', group: 'officers', rate: '0.02', effectiveMonth: 9, incrementalDrift: '0.01' },
  'POST /forces/{force}/pay-on-costs': {
    year: '2018/19',
    officersPension: '0.213',
    staffPension: '0.18',
    employerNationalInsurance: '0.1',
  },
  'POST /forces/{force}/establishment': { year: '2018/19', group: 'officers', fte: '1980.73' },
  'POST /forces/{force}/inflation-category-rates': { year: '2018/19', rates: [{ category: 'energy', rate: '0.08' }] },
  'POST /forces/{force}/reserves': {
    reserveId: 'general',
    name: 'General reserve',
    kind: 'general',
    purpose: 'Contingency',
    openingBalance: '10000000.00',
    asAtYear: '2016/17',
  },
  'POST /forces/{force}/reserves/{reserve}/movements': {
    year: '2017/18',
    direction: 'drawdown',
    basis: 'planned',
    amount: '1000000.00',
    supportsRevenueBudget: true,
    description: 'Smoothing',
  },
  'POST /forces/{force}/reserves/{reserve}/purpose-category': { purposeCategory: 'within_mtfp' },
  'POST /forces/{force}/minimum-general-reserve': { shareOfNre: '0.03' },
  // 2017/18 rolls the seeded 2016/17 base budget forward; the actual is for 2016/17, so neither refuses the other.
  'POST /forces/{force}/forecast-outturns': {
    year: '2017/18',
    asAtMonth: 6,
    lines: [{ code: 'PAY', amount: '151500000.00' }],
    reason: 'Month 6 budget monitoring',
  },
  'POST /forces/{force}/outturns': { year: '2016/17', lines: [{ code: 'NONPAY', amount: '39500000.00' }], reason: 'Year-end outturn' },
  'POST /forces/{force}/collaboration-spend': {
    year: '2016/17',
    partner: 'police',
    amount: '1200000.00',
    description: 'Regional procurement',
  },
  'POST /referendum-principles': {
    year: '2017/18',
    limit: { kind: 'percentage', rate: '0.02' },
    appliesTo: 'fuzzed PCCs',
    comparison: 'less_than',
    note: 'Fuzz',
  },
  'POST /referendum-principles/withdrawal': { year: '2017/18', appliesTo: 'fuzzed PCCs' },
  'POST /referendum-principles/members': { year: '2017/18', appliesTo: 'lowest-quartile PCCs', forces: ['herts'] },
  'POST /collaboration-averages': { year: '2016/17', policeShareOfNre: '0.119', nonPoliceShareOfNre: '0.021' },
  'POST /alliances': {
    code: 'east',
    name: 'Eastern alliance',
    members: [
      { force: 'norfolk', fromYear: '2016/17' },
      { force: 'herts', fromYear: '2016/17' },
    ],
  },
  'POST /alliances/{alliance}/members': { force: 'norfolk', fromYear: '2017/18' },
  'POST /alliances/{alliance}/invitations': { force: 'norfolk', fromYear: '2017/18', reason: 'Eastern region collaboration' },
  'POST /alliances/{alliance}/invitations/{force}/withdrawal': { reason: 'Norfolk asked for more time' },
  'POST /forces/{force}/alliance-invitations/{alliance}/accept': { reason: 'Agreed by the chief officer group' },
  'POST /forces/{force}/alliance-invitations/{alliance}/decline': { reason: 'Not this year' },
  'POST /alliances/{alliance}/members/{force}/departure': { fromYear: '2019/20' },
  'POST /alliances/{alliance}/units': { code: 'ops', name: 'Operational Support', leadForce: 'herts', category: 'operational_support' },
  'POST /alliances/{alliance}/units/{unit}/cost-shares': {
    fromYear: '2017/18',
    basis: {
      kind: 'fixed',
      percentages: [
        { force: 'beds', share: '0.3' },
        { force: 'cambs', share: '0.3' },
        { force: 'herts', share: '0.4' },
      ],
    },
  },
  'POST /alliances/{alliance}/units/{unit}/budgets': { year: '2017/18', amount: '31000000.00' },
  'POST /alliances/{alliance}/units/{unit}/shares': { year: '2017/18', reason: 'The board re-sets the year on restated budgets' },
  'POST /alliances/{alliance}/programmes': {
    code: 'support',
    name: 'Support savings',
    cashable: false,
    startYear: '2016/17',
    owner: 'CFO',
  },
  'POST /alliances/{alliance}/programmes/{programme}/savings': {
    kind: 'forecast',
    year: '2017/18',
    amount: '1500000.00',
    reason: 'Released more slowly',
  },
  'PUT /alliances/{alliance}/programmes/{programme}/recurrence': { recurrence: 'recurring', reason: 'Business case' },
  'POST /alliances/{alliance}/programmes/{programme}/costs-to-achieve': { year: '2017/18', amount: '600000.00', reason: 'Change budget' },
  'POST /alliances/{alliance}/programmes/{programme}/variance-explanations': { year: '2017/18', explanation: 'Released more slowly' },
  'POST /alliances/{alliance}/units/{unit}/outturns': { year: '2016/17', amount: '30500000.00', reason: 'Outturn report' },
  'PUT /alliances/{alliance}/rag-thresholds': { green: '0.9', amber: '0.75', reason: 'Board minute' },
  'PUT /forces/{force}/alliances/{alliance}/contribution-replaces': {
    lineCodes: ['supplies'],
    reason: 'Our share of the units was budgeted here',
  },
  'POST /scenarios': { id: 'pay-rise', name: 'Pay award 3.5 %', force: 'herts', basedOn: 'baseline' },
  'POST /scenarios/{scenario}/overrides': { kind: 'assumptions', year: '2017/18', payAward: '0.035' },
  'POST /scenarios/{scenario}/keep': { reason: 'Adopted' },
  'POST /scenarios/{scenario}/discard': { reason: 'Not pursued' },
  'POST /forces/{force}/stress-tests': {
    distributions: { payAward: { kind: 'uniform', min: '0.01', max: '0.03' } },
    paths: 50,
    seed: 7,
    from: '2016/17',
    years: 4,
  },
};

/** A sensible value for each query parameter the service reads. */
export const VALID_QUERY: Record<string, string[]> = {
  asOf: ['5', '2017-02-01T18:00:00Z', new Date().toISOString().slice(0, 10)],
  year: ['2016/17', '2017/18'],
  from: ['2016/17', '2017-01-01T00:00:00Z'],
  to: ['2030-01-01T00:00:00Z'],
  years: ['1', '4', '20'],
  percentageRise: ['0.0199', '0'],
  poundRise: ['5.00'],
  groups: ['lowest-quartile PCCs'],
  limit: ['1', '10', '1000'],
  direction: ['forwards', 'backwards'],
  fromRevision: ['0', '3'],
  line: ['gap', 'funding/precept/income', 'reserves/budget-support/closing'],
  type: ['BaseBudgetSet.v1'],
  actor: ['admin@test'],
  with: ['baseline'],
  green: ['0.95', '1'],
  amber: ['0.80', '0'],
};

/**
 * Query parameters read through a DTO, which the OpenAPI document does not list (it lists only
 * @ApiQuery parameters); those reads refuse any parameter they do not know.
 */
export const UNDOCUMENTED_QUERY: Record<string, string[]> = {
  '/alliances': ['asOf'],
  '/alliances/{alliance}': ['asOf'],
  '/alliances/{alliance}/collaboration-shares': ['year', 'asOf'],
  '/forces/{force}/collaboration': ['from', 'years', 'asOf'],
  '/alliances/{alliance}/benefits-realisation': ['asOf', 'green', 'amber'],
};
