import { InvalidInputError } from '../common/errors';
import type { EventRef } from '../event-sourcing/decider';
import { forceFinanceDecider } from '../force-finance/force-finance.decider';
import type { ForceFinanceEvent } from '../force-finance/force-finance.events';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import type { ExternalSavingsLine } from './external-savings-line';
import { mtfpToJson } from './mtfp-to-json';
import { projectMtfp } from './project-mtfp';

/** Folds events with refs, so the facts know which event each came from (ids are the keys). */
function factsFrom(events: Record<string, ForceFinanceEvent>): ForceFinanceState {
  return Object.entries(events).reduce((state, [id, event]) => {
    const ref: EventRef = {
      id,
      streamId: 'force-finance-herts',
      revision: '0',
      position: '0',
      recordedAt: '2016-02-01T00:00:00Z',
      type: event.type,
    };
    return forceFinanceDecider.evolve(state, event, ref);
  }, forceFinanceDecider.initialState());
}

const assumptions = (
  year: string,
  rates: Partial<Record<'payAward' | 'nonPayInflation' | 'incomeInflation' | 'grantChange' | 'taxBaseGrowth', string>>,
): ForceFinanceEvent => ({
  type: 'PlanAssumptionsSet.v1',
  data: { year, payAward: '0', nonPayInflation: '0', incomeInflation: '0', grantChange: '0', taxBaseGrowth: '0', ...rates },
});

const baseEvents: Record<string, ForceFinanceEvent> = {
  plan: { type: 'PlanPeriodSet.v1', data: { firstYear: '2015/16', lastYear: '2019/20' } },
  budget16: {
    type: 'BaseBudgetSet.v1',
    data: {
      year: '2016/17',
      lines: [
        { code: 'pay', name: 'Officers and staff', kind: 'pay', amount: '100000000' },
        { code: 'supplies', name: 'Supplies and services', kind: 'non_pay', amount: '30000000' },
        { code: 'fees', name: 'Fees and charges', kind: 'income', amount: '5000000' },
      ],
    },
  },
  assume17: assumptions('2017/18', {
    payAward: '0.01',
    nonPayInflation: '0.02',
    incomeInflation: '0.03',
    grantChange: '-0.01',
    taxBaseGrowth: '0.01',
  }),
  assume18: assumptions('2018/19', {
    payAward: '0.02',
    nonPayInflation: '0.02',
    incomeInflation: '0',
    grantChange: '-0.02',
    taxBaseGrowth: '0.015',
  }),
  grants16: {
    type: 'GrantSettlementRecorded.v1',
    data: {
      year: '2016/17',
      coreGrant: '60000000',
      formulaGrant: '40000000',
      legacyCouncilTaxGrants: '10000000',
      otherGeneralGrants: '1000000',
    },
  },
  taxBase16: { type: 'TaxBaseRecorded.v1', data: { year: '2016/17', bandDEquivalents: '420000' } },
  precept16: { type: 'PreceptRecorded.v1', data: { year: '2016/17', bandD: '147', status: 'approved' } },
};

describe('projectMtfp: expenditure', () => {
  it('rolls each base budget line forward by its own rate, year by year, citing the base budget and every assumptions event used', () => {
    const mtfp = projectMtfp({ facts: factsFrom(baseEvents), from: '2016/17', years: 3 });
    const [y16, y17, y18] = mtfp.years;
    expect(y16.expenditure.pay.value.toPence()).toBe('100000000.00');
    expect(y16.expenditure.pay.sources).toEqual(['budget16']);
    expect(y17.expenditure.pay.value.toPence()).toBe('101000000.00');
    expect(y18.expenditure.pay.value.toPence()).toBe('103020000.00'); // 100m × 1.01 × 1.02
    expect(y18.expenditure.nonPay.value.toPence()).toBe('31212000.00'); // 30m × 1.02 × 1.02
    expect(y18.income.total.value.toPence()).toBe('5150000.00'); // 5m × 1.03 × 1.00
    expect(y18.expenditure.lines[0]).toMatchObject({ code: 'pay', baseYear: '2016/17' });
    expect(y18.expenditure.lines[0].amount.sources).toEqual(['budget16', 'assume17', 'assume18']);
    expect(y18.nre.value.toPence()).toBe('129082000.00'); // 103.02 + 31.212 − 5.15
    expect(y18.assumptions.payAward).toMatchObject({ basis: 'recorded', recordedFor: '2018/19', sources: ['assume18'] });
  });

  it('carries the latest assumptions into a year without any, and says so', () => {
    const mtfp = projectMtfp({ facts: factsFrom(baseEvents), from: '2019/20', years: 1 });
    const [y19] = mtfp.years;
    expect(y19.expenditure.pay.value.toPence()).toBe('105080400.00'); // × 1.02 again for 2019/20
    expect(y19.expenditure.pay.sources).toEqual(['budget16', 'assume17', 'assume18']);
    expect(y19.assumptions.payAward).toMatchObject({ basis: 'carried', recordedFor: '2018/19' });
    expect(mtfp.warnings).toContain('No plan assumptions are recorded for 2019/20: those recorded for 2018/19 are used');
  });

  it('takes rates as zero when none are recorded up to the year, and says so', () => {
    const { assume17: _a, assume18: _b, ...withoutAssumptions } = baseEvents;
    const mtfp = projectMtfp({ facts: factsFrom(withoutAssumptions), from: '2017/18', years: 1 });
    expect(mtfp.years[0].expenditure.pay.value.toPence()).toBe('100000000.00');
    expect(mtfp.warnings[0]).toMatch(/^No plan assumptions are recorded for 2017\/18 or any earlier year: .* taken as zero$/);
  });

  it('counts recurring items in their year and every later one, one-off items only in their year, and never withdrawn ones', () => {
    const facts = factsFrom({
      ...baseEvents,
      pensions: {
        type: 'BudgetItemAdded.v1',
        data: {
          itemId: 'pensions',
          kind: 'cost_pressure',
          fromYear: '2017/18',
          amount: '1000000',
          recurrence: 'recurring',
          description: 'Pension contributions',
        },
      },
      cyber: {
        type: 'BudgetItemAdded.v1',
        data: {
          itemId: 'cyber',
          kind: 'growth',
          fromYear: '2017/18',
          amount: '500000',
          recurrence: 'one_off',
          description: 'Cyber crime unit set-up',
        },
      },
      insurance: {
        type: 'BudgetItemAdded.v1',
        data: {
          itemId: 'insurance',
          kind: 'saving',
          fromYear: '2016/17',
          amount: '150000',
          recurrence: 'recurring',
          description: 'Motor insurance consortium',
        },
      },
      dropped: {
        type: 'BudgetItemAdded.v1',
        data: {
          itemId: 'dropped',
          kind: 'growth',
          fromYear: '2016/17',
          amount: '9000000',
          recurrence: 'recurring',
          description: 'Dropped idea',
        },
      },
      droppedOut: { type: 'BudgetItemWithdrawn.v1', data: { itemId: 'dropped' } },
      pensionsUp: { type: 'BudgetItemRevised.v1', data: { itemId: 'pensions', amount: '1200000' } },
    });
    const [y16, y17, y18] = projectMtfp({ facts, from: '2016/17', years: 3 }).years;
    const summary = (y: typeof y16) => [
      y.expenditure.costPressures.value.toPence(),
      y.expenditure.growth.value.toPence(),
      y.expenditure.savings.value.toPence(),
    ];
    expect(summary(y16)).toEqual(['0.00', '0.00', '150000.00']);
    expect(summary(y17)).toEqual(['1200000.00', '500000.00', '150000.00']);
    expect(summary(y18)).toEqual(['1200000.00', '0.00', '150000.00']);
    expect(y17.expenditure.costPressures.sources).toEqual(['pensions', 'pensionsUp']);
    // 101m pay + 30.6m non-pay + 1.2m + 0.5m − 0.15m
    expect(y17.expenditure.total.value.toPence()).toBe('133150000.00');
    expect(y17.expenditure.items.map((i) => i.itemId)).toEqual(['pensions', 'cyber', 'insurance']);
  });

  it('rebases on a later base budget: recurring items from before it are taken to be in it', () => {
    const facts = factsFrom({
      ...baseEvents,
      pensions: {
        type: 'BudgetItemAdded.v1',
        data: {
          itemId: 'pensions',
          kind: 'cost_pressure',
          fromYear: '2017/18',
          amount: '1000000',
          recurrence: 'recurring',
          description: 'Pension contributions',
        },
      },
      ict: {
        type: 'BudgetItemAdded.v1',
        data: {
          itemId: 'ict',
          kind: 'growth',
          fromYear: '2018/19',
          amount: '250000',
          recurrence: 'recurring',
          description: 'ICT programme',
        },
      },
      budget18: {
        type: 'BaseBudgetSet.v1',
        data: { year: '2018/19', lines: [{ code: 'pay', name: 'Officers and staff', kind: 'pay', amount: '104000000' }] },
      },
    });
    const [y17, y18, y19] = projectMtfp({ facts, from: '2017/18', years: 3 }).years;
    expect(y17.expenditure.costPressures.value.toPence()).toBe('1000000.00');
    expect(y18.expenditure.baseBudgetYear).toBe('2018/19');
    expect(y18.expenditure.costPressures.value.toPence()).toBe('0.00');
    expect(y18.expenditure.growth.value.toPence()).toBe('250000.00');
    expect(y18.expenditure.pay.sources).toEqual(['budget18']);
    expect(y19.expenditure.pay.value.toPence()).toBe('106080000.00');
  });

  it('subtracts external savings lines in their year and cites their sources', () => {
    const externalSavings: ExternalSavingsLine[] = [
      {
        code: 'alliance:bch:jps',
        name: 'BCH – JPS savings (Hertfordshire share)',
        year: '2017/18',
        amount: '1234567.891',
        sources: ['prog-1', 'share-1'],
      },
      {
        code: 'alliance:bch:jps',
        name: 'BCH – JPS savings (Hertfordshire share)',
        year: '2018/19',
        amount: '2000000',
        sources: ['prog-1', 'rev-2', 'share-1'],
      },
    ];
    const [y16, y17] = projectMtfp({ facts: factsFrom(baseEvents), from: '2016/17', years: 2, externalSavings }).years;
    expect(y16.expenditure.externalSavings).toEqual([]);
    expect(y17.expenditure.externalSavings).toHaveLength(1);
    expect(y17.expenditure.externalSavingsTotal.value.toExact()).toBe('1234567.891');
    // 101m pay + 30.6m non-pay − the saving, to the fraction of a penny
    expect(y17.expenditure.total.value.toExact()).toBe('130365432.109');
    expect(y17.expenditure.total.sources).toEqual(expect.arrayContaining(['prog-1', 'share-1']));
    expect(y17.nre.sources).toEqual(expect.arrayContaining(['prog-1', 'share-1', 'budget16', 'assume17']));
  });
});

describe('projectMtfp: funding', () => {
  it('projects core and formula grant by the assumed grant change and carries other grants flat until a settlement is recorded', () => {
    const facts = factsFrom({
      ...baseEvents,
      grants19: {
        type: 'GrantSettlementRecorded.v1',
        data: {
          year: '2019/20',
          coreGrant: '58000000',
          formulaGrant: '38000000',
          legacyCouncilTaxGrants: '10000000',
          otherGeneralGrants: '0',
        },
      },
    });
    const [y16, y17, y18, y19] = projectMtfp({ facts, from: '2016/17', years: 4 }).years;
    expect(y16.funding.coreGrant).toMatchObject({ basis: 'settled', settledYear: '2016/17', sources: ['grants16'] });
    expect(y17.funding.coreGrant.value.toPence()).toBe('59400000.00');
    expect(y17.funding.formulaGrant.value.toPence()).toBe('39600000.00');
    expect(y18.funding.coreGrant.value.toPence()).toBe('58212000.00'); // 60m × 0.99 × 0.98
    expect(y18.funding.coreGrant).toMatchObject({
      basis: 'projected',
      settledYear: '2016/17',
      sources: ['grants16', 'assume17', 'assume18'],
    });
    expect(y18.funding.legacyCouncilTaxGrants).toMatchObject({ basis: 'carried', sources: ['grants16'] });
    expect(y18.funding.legacyCouncilTaxGrants.value.toPence()).toBe('10000000.00');
    expect(y18.funding.otherGeneralGrants.value.toPence()).toBe('1000000.00');
    expect(y19.funding.coreGrant).toMatchObject({ basis: 'settled', sources: ['grants19'] });
    expect(y19.funding.otherGeneralGrants.value.toPence()).toBe('0.00');
  });

  it('grows the tax base by the assumed growth, freezes Band D when none is set, and multiplies them for precept income', () => {
    const [y16, y17, y18] = projectMtfp({ facts: factsFrom(baseEvents), from: '2016/17', years: 3 }).years;
    expect(y16.funding.precept.income.value.toPence()).toBe('61740000.00'); // 147 × 420,000
    expect(y17.funding.precept.taxBase.value.toFixed()).toBe('424200');
    expect(y17.funding.precept.taxBase).toMatchObject({ basis: 'projected', recordedFor: '2016/17', sources: ['taxBase16', 'assume17'] });
    expect(y17.funding.precept.bandD).toMatchObject({ basis: 'frozen', setFor: '2016/17', sources: ['precept16'] });
    expect(y17.funding.precept.income.value.toPence()).toBe('62357400.00');
    expect(y18.funding.precept.taxBase.value.toFixed()).toBe('430563'); // 424,200 × 1.015
    expect(y18.funding.precept.income.sources).toEqual(['precept16', 'taxBase16', 'assume17', 'assume18']);
  });

  it('uses the approved Band D, else the standing proposal, never a vetoed one, and an override above all', () => {
    const facts = factsFrom({
      ...baseEvents,
      proposed17: { type: 'PreceptRecorded.v1', data: { year: '2017/18', bandD: '155', status: 'proposed' } },
      vetoed17: { type: 'PreceptRecorded.v1', data: { year: '2017/18', bandD: '155', status: 'vetoed' } },
      proposed18: { type: 'PreceptRecorded.v1', data: { year: '2018/19', bandD: '160', status: 'proposed' } },
      approved18: { type: 'PreceptRecorded.v1', data: { year: '2018/19', bandD: '159', status: 'approved' } },
      proposed19: { type: 'PreceptRecorded.v1', data: { year: '2019/20', bandD: '170', status: 'proposed' } },
    });
    const [y17, y18, y19] = projectMtfp({ facts, from: '2017/18', years: 3 }).years;
    expect(y17.funding.precept.bandD).toMatchObject({ basis: 'frozen', setFor: '2016/17' });
    expect(y17.funding.precept.bandD.value.toPence()).toBe('147.00');
    expect(y18.funding.precept.bandD).toMatchObject({ basis: 'approved', sources: ['approved18'] });
    expect(y19.funding.precept.bandD).toMatchObject({ basis: 'proposed', sources: ['proposed19'] });

    const withOverride = projectMtfp({
      facts,
      from: '2017/18',
      years: 2,
      bandDOverrides: { '2017/18': { bandD: '152.00', sources: ['option'] } },
    }).years;
    expect(withOverride[0].funding.precept.bandD).toMatchObject({ basis: 'override', sources: ['option'] });
    expect(withOverride[0].funding.precept.bandD.value.toPence()).toBe('152.00');
    expect(withOverride[1].funding.precept.bandD.value.toPence()).toBe('159.00');
  });

  it('adds a collection fund surplus or deficit only in its own year', () => {
    const facts = factsFrom({ ...baseEvents, cf17: { type: 'CollectionFundRecorded.v1', data: { year: '2017/18', amount: '-600000' } } });
    const [y17, y18] = projectMtfp({ facts, from: '2017/18', years: 2 }).years;
    expect(y17.funding.collectionFund).toMatchObject({ basis: 'recorded', sources: ['cf17'] });
    expect(y17.funding.collectionFund.value.toPence()).toBe('-600000.00');
    expect(y18.funding.collectionFund).toMatchObject({ basis: 'none', sources: [] });
    // 59.4m + 39.6m + 10m + 1m + 62,357,400 − 600,000
    expect(y17.funding.total.value.toPence()).toBe('171757400.00');
  });
});

describe('projectMtfp: gap, reserves and savings to identify', () => {
  const reserveEvents: Record<string, ForceFinanceEvent> = {
    ...baseEvents,
    support: {
      type: 'ReserveOpened.v1',
      data: {
        reserveId: 'support',
        name: 'Budget support reserve',
        kind: 'earmarked',
        purpose: 'MTFP',
        openingBalance: '25300000',
        asAtYear: '2016/17',
      },
    },
    general: {
      type: 'ReserveOpened.v1',
      data: {
        reserveId: 'general',
        name: 'General reserve',
        kind: 'general',
        purpose: 'Contingency',
        openingBalance: '4000000',
        asAtYear: '2016/17',
      },
    },
    minimum: { type: 'MinimumGeneralReserveSet.v1', data: { shareOfNre: '0.03' } },
    ...Object.fromEntries(
      ['2016/17', '2017/18', '2018/19', '2019/20'].map((year) => [
        `draw-${year}`,
        {
          type: 'ReserveMovementRecorded.v1',
          data: {
            reserveId: 'support',
            year,
            direction: 'drawdown',
            basis: 'planned',
            amount: '4450000',
            supportsRevenueBudget: true,
            description: 'Budget support',
          },
        } as ForceFinanceEvent,
      ]),
    ),
    ict: {
      type: 'ReserveMovementRecorded.v1',
      data: {
        reserveId: 'support',
        year: '2017/18',
        direction: 'drawdown',
        basis: 'planned',
        amount: '1000000',
        supportsRevenueBudget: false,
        description: 'ICT capital',
      },
    },
    topUp: {
      type: 'ReserveMovementRecorded.v1',
      data: {
        reserveId: 'general',
        year: '2017/18',
        direction: 'contribution',
        basis: 'planned',
        amount: '500000',
        supportsRevenueBudget: true,
        description: 'From revenue',
      },
    },
  };

  it('applies net revenue reserve use to the gap and shows each reserve year by year', () => {
    const mtfp = projectMtfp({ facts: factsFrom(reserveEvents), from: '2016/17', years: 4 });
    const y17 = mtfp.years[1];
    // NRE 2017/18: 101m + 30.6m − 5.15m = 126.45m; funding 59.4 + 39.6 + 10 + 1 + 62.3574 = 172.3574m
    expect(y17.nre.value.toPence()).toBe('126450000.00');
    expect(y17.gap.value.toPence()).toBe('-45907400.00');
    expect(y17.reserveUse.drawdowns.value.toPence()).toBe('4450000.00');
    expect(y17.reserveUse.contributions.value.toPence()).toBe('500000.00');
    expect(y17.reserveUse.net.value.toPence()).toBe('3950000.00');
    expect(y17.reserveUse.net.sources).toEqual(['draw-2017/18', 'topUp']);
    expect(y17.savingsToIdentify.value.toPence()).toBe('-49857400.00');
    const support17 = y17.reserves.find((r) => r.reserveId === 'support')!;
    expect([support17.opening, support17.drawdowns, support17.closing].map((f) => f.value.toPence())).toEqual([
      '20850000.00',
      '5450000.00',
      '15400000.00',
    ]);
    expect(support17.closing.sources).toEqual(['support', 'draw-2016/17', 'draw-2017/18', 'ict']);
    const support19 = mtfp.years[3].reserves.find((r) => r.reserveId === 'support')!;
    expect(support19.closing.value.toPence()).toBe('6500000.00');
  });

  it('flags general reserves closing below the minimum share of NRE', () => {
    const mtfp = projectMtfp({ facts: factsFrom(reserveEvents), from: '2016/17', years: 2 });
    const [y16, y17] = mtfp.years;
    // 3 % of 2016/17 NRE (125m) is 3.75m; general reserve 4m: fine. 2017/18: 4.5m against 3 % of 126.45m = 3.7935m: fine.
    expect(y16.generalReserve).toMatchObject({ belowMinimum: false });
    expect(y17.generalReserve!.closing.value.toPence()).toBe('4500000.00');

    const strict = projectMtfp({
      facts: factsFrom({ ...reserveEvents, minimum: { type: 'MinimumGeneralReserveSet.v1', data: { shareOfNre: '0.05' } } }),
      from: '2016/17',
      years: 1,
    });
    const check = strict.years[0].generalReserve!;
    expect(check.belowMinimum).toBe(true);
    expect(check.minimum!.value.toPence()).toBe('6250000.00');
    expect(check.minimum!.sources).toEqual(expect.arrayContaining(['minimum', 'budget16']));
    expect(strict.years[0].alerts).toEqual([
      'General reserves close 2016/17 at £4,000,000.00, below the minimum of £6,250,000.00 (5.00 % of NRE)',
    ]);
  });

  it('cites an event for every non-zero figure', () => {
    const json = mtfpToJson(projectMtfp({ facts: factsFrom(reserveEvents), from: '2016/17', years: 4 }));
    const unsourced: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${path}[${i}]`));
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (
        'value' in record &&
        'sources' in record &&
        !/^-?0(\.0+)?$/.test(String(record.value)) &&
        (record.sources as string[]).length === 0
      )
        unsourced.push(path);
      for (const [key, child] of Object.entries(record)) visit(child, `${path}.${key}`);
    };
    visit(json, 'mtfp');
    expect(unsourced).toEqual([]);
  });
});

describe('mtfpToJson', () => {
  it('renders money in pence (half-up), rates exactly and tax bases to 2 dp', () => {
    const facts = factsFrom({ ...baseEvents, assume17: assumptions('2017/18', { payAward: '0.0133', taxBaseGrowth: '0.00333' }) });
    const mtfp = projectMtfp({ facts, from: '2017/18', years: 1 });
    expect(mtfp.years[0].expenditure.pay.value.toExact()).toBe('101330000');
    expect(mtfp.years[0].funding.precept.taxBase.value.toFixed()).toBe('421398.6');
    const json = mtfpToJson(mtfp);
    const year = json.years[0];
    expect(year.expenditure.pay).toEqual({ value: '101330000.00', sources: ['budget16', 'assume17'] });
    expect(year.assumptions.payAward).toEqual({ value: '0.0133', sources: ['assume17'], basis: 'recorded', recordedFor: '2017/18' });
    expect(year.funding.precept.taxBase.value).toBe('421398.60');
    expect(year.funding.precept.income.value).toBe('61945594.20'); // 147 × 421,398.6
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('projectMtfp: input', () => {
  it('refuses a bad range and malformed external savings, naming the field', () => {
    const facts = factsFrom(baseEvents);
    expect(() => projectMtfp({ facts, from: '2016-17', years: 4 })).toThrow(InvalidInputError);
    expect(() => projectMtfp({ facts, from: '2016/17', years: 0 })).toThrow(/years: must be a whole number of years from 1 to 20/);
    const numberAmount = [{ code: 'x', name: 'x', year: '2016/17', amount: 5 as unknown as string, sources: [] }];
    expect(() => projectMtfp({ facts, from: '2016/17', years: 1, externalSavings: numberAmount })).toThrow(/externalSavings\[0\]\.amount/);
  });

  it('warns about years outside the plan period and missing facts', () => {
    const mtfp = projectMtfp({ facts: factsFrom({ plan: baseEvents.plan }), from: '2019/20', years: 2 });
    expect(mtfp.years.map((y) => y.withinPlanPeriod)).toEqual([true, false]);
    expect(mtfp.warnings).toEqual(
      expect.arrayContaining([
        "2020/21 is outside the force's plan period (2015/16 to 2019/20)",
        'No base budget is recorded for 2019/20 or any earlier year: its expenditure and income lines are taken as zero',
        'No grant settlement is recorded for 2019/20 or any earlier year: its grants are taken as zero',
        'No Band D is recorded for 2019/20 or any earlier year: its precept income is taken as zero',
      ]),
    );
  });
});
