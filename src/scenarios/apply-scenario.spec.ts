import { Money } from '../common/money';
import { InvalidInputError, NotFoundError } from '../common/errors';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import { PlanReader } from '../planning/plan-reader';
import type { StreamFacts } from '../projections/stream-facts.projection';
import { applyScenario } from './apply-scenario';
import { mtfpUnderScenario } from '../planning/mtfp-under-scenario';
import { baselineFacts, scenario } from '../../test/fixtures/scenario-baseline.fixture';
import { scenarioChain } from './scenario-chain';
import { findScenario, type FoundScenario } from './scenario-lookup';
import type { ScenarioEvent } from './scenario.events';

const pence = (m: { value: Money }) => m.value.toPence();
const baselineMtfp = (facts: StreamFacts) => new PlanReader(facts).mtfp('herts', '2016/17', 4);

const payAward = (year: string, rate: string): ScenarioEvent => ({
  type: 'AssumptionsOverridden.v1',
  data: { force: 'herts', year, payAward: rate },
});
const strategy = (year: string, s: Extract<ScenarioEvent, { type: 'PreceptStrategySet.v1' }>['data']['strategy']): ScenarioEvent => ({
  type: 'PreceptStrategySet.v1',
  data: { force: 'herts', year, strategy: s },
});
const slip = (year: string, share: string, mode: 'delayed_one_year' | 'lost'): ScenarioEvent => ({
  type: 'SavingsSlipped.v1',
  data: { allianceCode: 'bch', programmeCode: 'jps-savings', year, share, mode },
});
const growth: ScenarioEvent = {
  type: 'ExtraBudgetItemAdded.v1',
  data: {
    force: 'herts',
    itemId: 'cyber',
    kind: 'growth',
    fromYear: '2017/18',
    amount: '1500000',
    recurrence: 'recurring',
    description: 'Cyber crime unit',
  },
};
const extraDrawdown = (year: string, amount: string): ScenarioEvent => ({
  type: 'ExtraReserveDrawdownAdded.v1',
  data: { force: 'herts', reserveId: 'budget-support', year, amount, description: 'Extra support' },
});

describe('applyScenario: the baseline never changes', () => {
  it('leaves the baseline facts exactly as they were, and copies only the streams it changes', () => {
    const baseline = baselineFacts();
    const before = structuredClone(baseline);
    const mtfpBefore = baselineMtfp(baseline);
    const everything = scenario('all', [
      payAward('2017/18', '0.035'),
      strategy('2017/18', { kind: 'pound', amount: '10' }),
      slip('2017/18', '0.5', 'delayed_one_year'),
      growth,
      extraDrawdown('2018/19', '2000000'),
    ]);

    const applied = applyScenario(baseline, [everything]);

    expect(baseline).toEqual(before);
    expect(baselineMtfp(baseline)).toEqual(mtfpBefore);
    expect(applied.facts).not.toBe(baseline);
    expect(applied.facts.streams['force-herts']).toBe(baseline.streams['force-herts']);
    expect(applied.facts.streams['reference-referendum-principles']).toBe(baseline.streams['reference-referendum-principles']);
    expect(applied.facts.streams['force-finance-herts']).not.toBe(baseline.streams['force-finance-herts']);
    expect(applied.facts.streams['alliance-bch']).not.toBe(baseline.streams['alliance-bch']);
    // …and the scenario did change the plan it reads.
    expect(mtfpUnderScenario(applied, 'herts', '2016/17', 4)).not.toEqual(mtfpBefore);
  });
});

describe('applyScenario: each kind of override', () => {
  const baseline = baselineFacts();
  const base = baselineMtfp(baseline);

  it('merges assumption overrides into the year, keeping the rates not given and citing the override', () => {
    const applied = applyScenario(baseline, [scenario('pay', [payAward('2017/18', '0.035')])]);
    const [y16, y17, y18, y19] = mtfpUnderScenario(applied, 'herts', '2016/17', 4).years;
    expect(pence(y16.expenditure.pay)).toBe('100000000.00');
    expect(pence(y17.expenditure.pay)).toBe('103500000.00'); // 100m × 1.035 (baseline 1 %)
    expect(pence(y18.expenditure.pay)).toBe('105570000.00'); // × 1.02, the baseline's own 2018/19 award
    expect(pence(y19.expenditure.pay)).toBe('107681400.00'); // 2018/19's carried on, as in the baseline
    expect(pence(y17.expenditure.nonPay)).toBe(pence(base.years[1].expenditure.nonPay));
    expect(y17.assumptions.payAward).toMatchObject({ basis: 'recorded', sources: ['force-finance-herts@2', 'scenario-pay@1'] });
    expect(y17.assumptions.grantChange.value.toExact()).toBe('-0.01');
    expect(pence(y17.gap)).toBe(Money.of(base.years[1].gap.value.value).plus(Money.of('2500000')).toPence());
  });

  it('acts as recorded assumptions would in a year the baseline carries: the override carries on too', () => {
    const applied = applyScenario(baseline, [scenario('pay', [payAward('2019/20', '0.05')])]);
    const y19 = mtfpUnderScenario(applied, 'herts', '2019/20', 1).years[0];
    expect(pence(y19.expenditure.pay)).toBe('108171000.00'); // 100m × 1.01 × 1.02 × 1.05
    expect(pence(y19.expenditure.nonPay)).toBe(pence(base.years[3].expenditure.nonPay)); // 2 % kept from 2018/19
    expect(y19.assumptions.payAward).toMatchObject({ basis: 'recorded', recordedFor: '2019/20' });
  });

  it('turns precept strategies into Band D overrides, each from the year before, compounding', () => {
    const applied = applyScenario(baseline, [
      scenario('precept', [strategy('2017/18', { kind: 'pound', amount: '10' }), strategy('2018/19', { kind: 'pound', amount: '10' })]),
    ]);
    expect(applied.bandDOverrides.herts).toEqual({
      '2017/18': { bandD: '157', sources: ['scenario-precept@1', 'force-finance-herts@6'] },
      '2018/19': { bandD: '167', sources: ['scenario-precept@2', 'scenario-precept@1', 'force-finance-herts@6'] },
    });
    const [, y17, , y19] = mtfpUnderScenario(applied, 'herts', '2016/17', 4).years;
    expect(y17.funding.precept.bandD).toMatchObject({ basis: 'override' });
    expect(pence(y17.funding.precept.income)).toBe('66599400.00'); // £157 × 424,200
    expect(y17.gap.value.minus(base.years[1].gap.value).toPence()).toBe('-4242000.00'); // £10 × 424,200
    expect(y19.funding.precept.bandD).toMatchObject({ basis: 'frozen', setFor: '2018/19' });
    expect(applied.warnings).toContain(
      "Hertfordshire 2017/18: a Band D of £157.00 under the scenario's precept strategy. Needs a referendum: the 2017/18 principle for all PCCs allows an increase of less than 2 %, so at most £149.93 Band D",
    );
  });

  it('works out freeze, percentage (to the penny, half-up) and the most without a referendum', () => {
    const applied = applyScenario(baseline, [
      scenario('precept', [
        strategy('2017/18', { kind: 'max_without_referendum' }),
        strategy('2018/19', { kind: 'percentage', rate: '0.0199' }),
        strategy('2019/20', { kind: 'freeze' }),
      ]),
    ]);
    const bandD = Object.fromEntries(Object.entries(applied.bandDOverrides.herts).map(([year, o]) => [year, o.bandD]));
    expect(bandD).toEqual({ '2017/18': '149.93', '2018/19': '152.91', '2019/20': '152.91' }); // 147 × 1.02 = 149.94 is not "less than"; 149.93 × 1.0199 = 152.9136…
    expect(applied.bandDOverrides.herts['2017/18'].sources).toEqual([
      'scenario-precept@1',
      'force-finance-herts@6',
      'reference-referendum-principles@0',
    ]);
    expect(applied.warnings).toEqual([]);
  });

  it('says so when a strategy cannot be worked out (no principle for the year)', () => {
    const applied = applyScenario(baseline, [scenario('precept', [strategy('2018/19', { kind: 'max_without_referendum' })])]);
    expect(applied.bandDOverrides).toEqual({});
    expect(applied.warnings).toEqual([
      'No referendum principle applies to Hertfordshire for 2018/19: the scenario\'s "most without a referendum" strategy cannot be applied',
    ]);
  });

  it('delays a share of a programme’s savings by a year on the alliance, so every member’s lines move consistently', () => {
    const applied = applyScenario(baseline, [scenario('slip', [slip('2017/18', '0.5', 'delayed_one_year')])]);
    const years = ['2017/18', '2018/19'];
    const linesOf = (facts: StreamFacts, force: string) =>
      new PlanReader(facts).allianceLines(force, years).externalSavings.map((l) => Money.of(l.amount).toPence());
    expect(linesOf(baseline, 'herts')).toEqual(['400000.00', '400000.00']);
    expect(linesOf(applied.facts, 'herts')).toEqual(['200000.00', '600000.00']);
    for (const [i, programme] of ['500000.00', '1500000.00'].entries()) {
      const sum = Money.sum(['beds', 'cambs', 'herts'].map((f) => Money.of(linesOf(applied.facts, f)[i])));
      expect(sum.toPence()).toBe(programme);
    }
    expect(applied.savingsAdjustments).toEqual([
      {
        allianceCode: 'bch',
        programmeCode: 'jps-savings',
        programmeName: 'JPS savings',
        year: '2017/18',
        mode: 'delayed_one_year',
        share: '0.5',
        before: '1000000.00',
        after: '500000.00',
        moved: '500000.00',
        toYear: '2018/19',
        sources: ['scenario-slip@1'],
      },
    ]);
    const [y17, y18] = mtfpUnderScenario(applied, 'herts', '2017/18', 2).years;
    expect(pence(y17.expenditure.externalSavingsTotal)).toBe('200000.00');
    expect(y17.expenditure.externalSavings[0].amount.sources).toContain('scenario-slip@1');
    expect(y18.gap.value.minus(base.years[2].gap.value).toPence()).toBe('-200000.00');
  });

  it('removes a lost share altogether', () => {
    const applied = applyScenario(baseline, [scenario('slip', [slip('2017/18', '0.25', 'lost')])]);
    const lines = new PlanReader(applied.facts).allianceLines('herts', ['2017/18', '2018/19']).externalSavings;
    expect(lines.map((l) => Money.of(l.amount).toPence())).toEqual(['300000.00', '400000.00']);
    expect(applied.savingsAdjustments[0]).toMatchObject({ moved: '250000.00', toYear: null });
  });

  it('adds extra growth as a budget item of the force, under the scenario’s own id', () => {
    const applied = applyScenario(baseline, [scenario('growth', [growth])]);
    const [y16, y17, y18] = mtfpUnderScenario(applied, 'herts', '2016/17', 3).years;
    expect(pence(y16.expenditure.growth)).toBe('0.00');
    expect(y17.expenditure.items).toEqual([
      expect.objectContaining({
        itemId: 'scenario:growth:cyber',
        kind: 'growth',
        description: 'Cyber crime unit',
        amount: { value: Money.of('1500000'), sources: ['scenario-growth@1'] },
      }),
    ]);
    expect(y18.gap.value.minus(base.years[2].gap.value).toPence()).toBe('1500000.00');
  });

  it('adds an extra drawdown as planned reserve use supporting the budget', () => {
    const applied = applyScenario(baseline, [scenario('draw', [extraDrawdown('2018/19', '2000000')])]);
    const [, , y18, y19] = mtfpUnderScenario(applied, 'herts', '2016/17', 4).years;
    expect(pence(y18.reserveUse.net)).toBe('6450000.00');
    expect(y18.savingsToIdentify.value.minus(base.years[2].savingsToIdentify.value).toPence()).toBe('-2000000.00');
    expect(pence(y18.reserves.find((r) => r.reserveId === 'budget-support')!.closing)).toBe('9950000.00'); // 25.3m − 3 × 4.45m − 2m
    expect(pence(y19.reserves.find((r) => r.reserveId === 'budget-support')!.closing)).toBe('5500000.00');
    expect(applied.warnings).toEqual([]);
  });

  it('flags (and applies) a drawdown that would take a reserve below zero', () => {
    const applied = applyScenario(baseline, [scenario('draw', [extraDrawdown('2019/20', '20000000')])]);
    expect(applied.warnings).toEqual([
      'Drawdown of £20,000,000.00 from Budget support reserve would take it below zero: its balance in 2019/20 is £7,500,000.00',
    ]);
    const y19 = mtfpUnderScenario(applied, 'herts', '2019/20', 1).years[0];
    expect(pence(y19.reserves.find((r) => r.reserveId === 'budget-support')!.closing)).toBe('-12500000.00');
  });

  it('leaves out, with a warning, overrides for a force the baseline has no finance facts for', () => {
    const applied = applyScenario(baseline, [
      scenario('beds', [{ type: 'AssumptionsOverridden.v1', data: { force: 'beds', year: '2017/18', payAward: '0.05' } }]),
    ]);
    expect(applied.warnings).toEqual([
      'beds has no finance facts in the baseline the scenario reads: its assumption overrides are left out',
    ]);
    expect(applied.facts.streams['force-finance-beds']).toBeUndefined();
  });
});

describe('applyScenario: a branch of a branch', () => {
  const parent = scenario('parent', [payAward('2017/18', '0.03'), strategy('2017/18', { kind: 'pound', amount: '10' })]);
  const child = scenario(
    'child',
    [
      { type: 'AssumptionsOverridden.v1', data: { force: 'herts', year: '2017/18', grantChange: '0' } },
      growth,
      payAward('2017/18', '0.035'),
    ],
    { kind: 'scenario', scenarioId: 'parent' },
  );

  it('inherits both parents’ overrides, the nearer one winning where they name the same thing', () => {
    const baseline = baselineFacts();
    const facts: StreamFacts = { streams: { ...baseline.streams, 'scenario-parent': parent, 'scenario-child': child } };
    // Recorded before ids belonged to a force, and naming none: found on their old streams.
    const chain = scenarioChain(facts, findScenario(facts, null, 'child') as FoundScenario).map((s) => s.facts);
    expect(chain.map((s) => s.scenarioId)).toEqual(['parent', 'child']);

    const applied = applyScenario(baseline, chain);
    const assumptions = (applied.facts.streams['force-finance-herts'] as ForceFinanceState).assumptions['2017/18'];
    expect(assumptions).toMatchObject({ payAward: '0.035', grantChange: '0', nonPayInflation: '0.02' });
    expect(assumptions.sources).toEqual(['force-finance-herts@2', 'scenario-parent@1', 'scenario-child@1', 'scenario-child@3']);
    expect(applied.bandDOverrides.herts['2017/18'].bandD).toBe('157');
    const y17 = mtfpUnderScenario(applied, 'herts', '2017/18', 1).years[0];
    expect(pence(y17.expenditure.pay)).toBe('103500000.00');
    expect(pence(y17.funding.coreGrant)).toBe('30000000.00'); // grant flat
    expect(pence(y17.expenditure.growth)).toBe('1500000.00');
    expect(applied.scenarios).toEqual(['parent', 'child']);

    // The parent alone has none of the child's overrides.
    const parentOnly = mtfpUnderScenario(applyScenario(baseline, [parent]), 'herts', '2017/18', 1).years[0];
    expect(pence(parentOnly.expenditure.pay)).toBe('103000000.00');
    expect(pence(parentOnly.expenditure.growth)).toBe('0.00');
  });

  it('refuses a chain out of order, and says which scenario is missing', () => {
    expect(() => applyScenario(baselineFacts(), [child, parent])).toThrow(InvalidInputError);
    const facts: StreamFacts = { streams: { 'scenario-child': child } };
    expect(() => scenarioChain(facts, findScenario(facts, null, 'child') as FoundScenario)).toThrow(
      new NotFoundError('Scenario "child" branches from scenario "parent", which does not exist'),
    );
  });
});
