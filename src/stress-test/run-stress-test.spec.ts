import { Dec } from '../common/decimal';
import { InvalidInputError, RuleViolationError } from '../common/errors';
import type { DomainEvent } from '../event-sourcing/decider';
import type { ForceFinanceEvent } from '../force-finance/force-finance.events';
import { PlanReader } from '../planning/plan-reader';
import { applyScenario } from '../scenarios/apply-scenario';
import { mtfpUnderScenario } from '../planning/mtfp-under-scenario';
import { baselineFacts, factsOf, scenario } from '../../test/fixtures/scenario-baseline.fixture';
import type { ScenarioEvent } from '../scenarios/scenario.events';
import type { DistributionSpec } from './distribution';
import { runStressTest } from './run-stress-test';
import { stressModelFromMtfp } from './stress-model';
import type { StressTestParameters } from './stress-test-parameters';

const point = (value: string): DistributionSpec => ({ kind: 'triangular', min: value, mode: value, max: value });
const exact = (value: string): DistributionSpec => ({ kind: 'normal', mean: value, sd: '0' });

/** Hertfordshire's baseline MTFP, 2016/17 to 2019/20 (see test/fixtures/scenario-baseline.fixture.ts). */
const baseline = baselineFacts();
const hertsPlan = new PlanReader(baseline).mtfp('herts', '2016/17', 4);
const hertsModel = stressModelFromMtfp(hertsPlan);

const uncertain: StressTestParameters = {
  distributions: {
    payAward: { kind: 'triangular', min: '0.01', mode: '0.02', max: '0.04' },
    nonPayInflation: { kind: 'uniform', min: '0.01', max: '0.03' },
    grantChange: { kind: 'normal', mean: '-0.01', sd: '0.01' },
    taxBaseGrowth: { kind: 'uniform', min: '0', max: '0.02' },
    savingsDelivery: { kind: 'triangular', min: '0.5', mode: '0.9', max: '1' },
  },
  paths: 2000,
  seed: 20170201,
};

describe('runStressTest: reproducible', () => {
  it('gives the same result for the same seed, deep equal, and a different one for another seed', () => {
    const first = runStressTest(hertsModel, uncertain);
    expect(runStressTest(hertsModel, uncertain)).toEqual(first);
    const other = runStressTest(hertsModel, { ...uncertain, seed: 20170202 });
    expect(other).not.toEqual(first);
    expect(other.years[2].gap).not.toEqual(first.years[2].gap);
    expect(first).toMatchObject({ from: '2016/17', to: '2019/20', paths: 2000, seed: 20170201 });
  });

  it('reports money as pence strings and probabilities as 4-dp fractions, never floats', () => {
    const result = runStressTest(hertsModel, uncertain);
    const leaves: unknown[] = [];
    const walk = (value: unknown, key = ''): void => {
      if (Array.isArray(value)) value.forEach((v) => walk(v, key));
      else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k));
      else if (!['paths', 'seed'].includes(key)) leaves.push(value);
    };
    walk(result.years);
    expect(leaves.filter((v) => typeof v === 'number')).toEqual([]);
    const year = result.years[2];
    for (const figure of [year.gap.p5, year.gap.p50, year.gap.p95, year.usableReserves.closing.p50])
      expect(figure).toMatch(/^-?\d+\.\d{2}$/);
    expect(year.generalReserve?.belowMinimum?.probability).toMatch(/^[01]\.\d{4}$/);
    expect(new Dec(year.gap.p5).lessThanOrEqualTo(year.gap.p50) && new Dec(year.gap.p50).lessThanOrEqualTo(year.gap.p95)).toBe(true);
  });
});

describe('runStressTest: degenerate distributions reproduce the deterministic MTFP', () => {
  it('to the penny, with every variable pinned at the plan’s own rates year by year', () => {
    const byYear = Object.fromEntries(
      hertsPlan.years.map((y) => [
        y.year,
        {
          payAward: point(y.assumptions.payAward.value.toExact()),
          nonPayInflation: {
            kind: 'uniform',
            min: y.assumptions.nonPayInflation.value.toExact(),
            max: y.assumptions.nonPayInflation.value.toExact(),
          } as DistributionSpec,
          grantChange: exact(y.assumptions.grantChange.value.toExact()),
          taxBaseGrowth: point(y.assumptions.taxBaseGrowth.value.toExact()),
          savingsDelivery: exact('1'),
        },
      ]),
    );
    const result = runStressTest(hertsModel, { distributions: {}, byYear, paths: 50, seed: 1 });
    result.years.forEach((year, i) => {
      const plan = hertsPlan.years[i];
      expect(year.gap).toEqual({ p5: plan.gap.value.toPence(), p50: plan.gap.value.toPence(), p95: plan.gap.value.toPence() });
      expect(year.savingsToIdentify.p50).toBe(plan.savingsToIdentify.value.toPence());
      expect(year.plan.gap).toBe(plan.gap.value.toPence());
    });
  });

  it('to the penny, with rates pinned elsewhere: the MTFP of a plan that assumes those rates', () => {
    const rates = (year: string): ScenarioEvent => ({
      type: 'AssumptionsOverridden.v1',
      data: { force: 'herts', year, payAward: '0.03', nonPayInflation: '0.025', grantChange: '0', taxBaseGrowth: '0.02' },
    });
    const assumed = mtfpUnderScenario(
      applyScenario(baseline, [scenario('assumed', ['2017/18', '2018/19', '2019/20'].map(rates))]),
      'herts',
      '2016/17',
      4,
    );
    const result = runStressTest(hertsModel, {
      distributions: {
        payAward: point('0.03'),
        nonPayInflation: exact('0.025'),
        grantChange: point('0'),
        taxBaseGrowth: { kind: 'uniform', min: '0.02', max: '0.02' },
      },
      paths: 20,
      seed: 7,
    });
    expect(result.years.map((y) => y.gap.p50)).toEqual(assumed.years.map((y) => y.gap.value.toPence()));
    expect(result.years.map((y) => y.gap.p5)).toEqual(result.years.map((y) => y.gap.p95));
    expect(result.years[3].gap.p50).not.toBe(hertsPlan.years[3].gap.value.toPence());
  });

  it('scales savings by the share delivered', () => {
    const result = runStressTest(hertsModel, { distributions: { savingsDelivery: exact('0.5') }, paths: 10, seed: 3 });
    // £400,000 of alliance savings a year from 2017/18: half of it is not delivered.
    expect(result.years.map((y, i) => new Dec(y.gap.p50).minus(hertsPlan.years[i].gap.value.toPence()).toFixed(2))).toEqual([
      '0.00',
      '200000.00',
      '200000.00',
      '0.00',
    ]);
  });
});

describe('runStressTest: a plan whose reserves drain', () => {
  /** Pay and prices rise faster than grant and precept; reserves are drawn and never replenished. */
  const DRAIN: ForceFinanceEvent[] = [
    { type: 'PlanPeriodSet.v1', data: { firstYear: '2016/17', lastYear: '2020/21' } },
    {
      type: 'BaseBudgetSet.v1',
      data: {
        year: '2016/17',
        lines: [
          { code: 'pay', name: 'Pay', kind: 'pay', amount: '100000000' },
          { code: 'other', name: 'Non-pay', kind: 'non_pay', amount: '20000000' },
        ],
      },
    },
    {
      type: 'PlanAssumptionsSet.v1',
      data: {
        year: '2017/18',
        payAward: '0.03',
        nonPayInflation: '0.03',
        incomeInflation: '0',
        grantChange: '-0.02',
        taxBaseGrowth: '0.01',
      },
    },
    {
      type: 'GrantSettlementRecorded.v1',
      data: { year: '2016/17', coreGrant: '60000000', formulaGrant: '0', legacyCouncilTaxGrants: '0', otherGeneralGrants: '0' },
    },
    { type: 'TaxBaseRecorded.v1', data: { year: '2016/17', bandDEquivalents: '400000' } },
    { type: 'PreceptRecorded.v1', data: { year: '2016/17', bandD: '150', status: 'approved' } },
    {
      type: 'ReserveOpened.v1',
      data: {
        reserveId: 'general',
        name: 'General reserve',
        kind: 'general',
        purpose: '',
        openingBalance: '20000000',
        asAtYear: '2016/17',
      },
    },
    {
      type: 'ReserveOpened.v1',
      data: {
        reserveId: 'support',
        name: 'Budget support reserve',
        kind: 'earmarked',
        purpose: '',
        openingBalance: '6000000',
        asAtYear: '2016/17',
      },
    },
    ...['2017/18', '2018/19', '2019/20'].map((year): ForceFinanceEvent => ({
      type: 'ReserveMovementRecorded.v1',
      data: {
        reserveId: 'support',
        year,
        direction: 'drawdown',
        basis: 'planned',
        amount: '2000000',
        supportsRevenueBudget: true,
        description: 'Planned support',
      },
    })),
    { type: 'MinimumGeneralReserveSet.v1', data: { shareOfNre: '0.05' } },
  ];
  const plan = new PlanReader(factsOf([['force-finance-drain', DRAIN as DomainEvent[]]])).mtfp('drain', '2016/17', 5);
  const result = runStressTest(stressModelFromMtfp(plan), {
    distributions: {
      payAward: { kind: 'triangular', min: '0.015', mode: '0.025', max: '0.045' },
      nonPayInflation: { kind: 'uniform', min: '0.01', max: '0.04' },
      grantChange: { kind: 'normal', mean: '-0.02', sd: '0.015' },
      taxBaseGrowth: { kind: 'triangular', min: '0', mode: '0.01', max: '0.015' },
    },
    paths: 5000,
    seed: 42,
  });
  const breach = result.years.map((y) => Number(y.generalReserve?.belowMinimum?.probability));

  it('shows the probability of breaching the minimum rising year by year, and ending high', () => {
    for (let i = 1; i < breach.length; i++) expect(breach[i]).toBeGreaterThanOrEqual(breach[i - 1]);
    expect(breach[0]).toBe(0);
    expect(breach[breach.length - 1]).toBeGreaterThan(0.9);
  });

  it('draws shortfalls from the general reserve only: the earmarked reserve moves by its planned use on every path', () => {
    const support = (y: number) => result.years[y].reserves.find((r) => r.reserveId === 'support')!.closing;
    const general = (y: number) => result.years[y].reserves.find((r) => r.reserveId === 'general')!.closing;
    // £6m less the planned £2m a year from 2017/18, whatever the path: 6, 4, 2, 0, 0.
    expect([0, 1, 2, 3, 4].map((y) => [support(y).p5, support(y).p95])).toEqual(
      ['6000000.00', '4000000.00', '2000000.00', '0.00', '0.00'].map((m) => [m, m]),
    );
    expect(new Dec(general(4).p50).lessThan(general(1).p50)).toBe(true);
    expect(result.years[4].generalReserve?.closing).toEqual(result.years[4].reserves.find((r) => r.kind === 'general')?.closing);
  });

  it('says in which year usable reserves run out, accounting for every path once', () => {
    const counts = [...result.runOut.byYear.map((y) => y.paths), result.runOut.notWithinPlan.paths];
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5000);
    expect(result.runOut.byYear.map((y) => y.year)).toEqual(['2016/17', '2017/18', '2018/19', '2019/20', '2020/21']);
    // Exhausted in a year on no more paths than have run out by then.
    let ranOut = 0;
    result.years.forEach((year, i) => {
      ranOut += result.runOut.byYear[i].paths;
      expect(year.usableReserves.exhausted.paths).toBeLessThanOrEqual(ranOut);
    });
    const probabilities = [...result.runOut.byYear.map((y) => y.probability), result.runOut.notWithinPlan.probability];
    expect(probabilities.reduce((sum, p) => sum.plus(p), new Dec(0)).toFixed(4)).toBe('1.0000');
  });
});

describe('runStressTest: refuses bad parameters, clearly', () => {
  const run = (parameters: Partial<StressTestParameters>) => () => runStressTest(hertsModel, { distributions: {}, seed: 1, ...parameters });

  it('a minimum above the maximum, or a mode outside them (422)', () => {
    expect(run({ distributions: { payAward: { kind: 'uniform', min: '0.04', max: '0.02' } } })).toThrow(
      new RuleViolationError('distributions.payAward: min (0.04) is more than max (0.02)'),
    );
    expect(run({ distributions: { payAward: { kind: 'triangular', min: '0.01', mode: '0.05', max: '0.04' } } })).toThrow(
      RuleViolationError,
    );
  });

  it('a negative standard deviation (422)', () => {
    expect(run({ distributions: { grantChange: { kind: 'normal', mean: '0', sd: '-0.01' } } })).toThrow(
      new RuleViolationError('distributions.grantChange: a standard deviation cannot be negative (-0.01 given)'),
    );
  });

  it('more than 100,000 paths, or a seed that cannot be reproduced (400)', () => {
    expect(run({ paths: 100_001 })).toThrow(InvalidInputError);
    expect(run({ paths: 100_001 })).toThrow(/paths: must be a whole number of paths from 1 to 100,000/);
    expect(run({ paths: 0 })).toThrow(InvalidInputError);
    expect(run({ seed: 1.5 })).toThrow(/seed: must be a whole number/);
  });

  it('malformed distributions: numbers for rates, unknown kinds and variables, stray parameters (400)', () => {
    expect(run({ distributions: { payAward: { kind: 'uniform', min: 0.01, max: '0.02' } as never } })).toThrow(/not a JSON number/);
    expect(run({ distributions: { payAward: { kind: 'beta' } as never } })).toThrow(InvalidInputError);
    expect(run({ distributions: { overtime: point('0.01') } as never })).toThrow(/not a variable a stress test varies/);
    expect(run({ distributions: { payAward: { kind: 'uniform', min: '0', max: '0.1', mode: '0.05' } as never } })).toThrow(
      /not a parameter of a uniform distribution/,
    );
    expect(run({ distributions: { savingsDelivery: point('2.5') } })).toThrow(/at most 2/);
  });

  it('a year that is not tested (422)', () => {
    expect(run({ byYear: { '2021/22': { payAward: point('0.02') } } })).toThrow(
      new RuleViolationError('2021/22 is not one of the years tested (2016/17 to 2019/20)'),
    );
  });
});
