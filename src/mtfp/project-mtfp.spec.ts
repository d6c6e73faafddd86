import { InvalidInputError } from '../common/errors';
import type { ExternalSavingsLine } from './external-savings-line';
import { projectMtfp } from './project-mtfp';
import { factsFrom, baseEvents } from '../../test/fixtures/mtfp-facts.fixture';

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

describe('projectMtfp: a saving counted once, from the first year it changes the plan relative to the base budget', () => {
  const saving = (year: string, amount: string, id: string): ExternalSavingsLine => ({
    code: 'alliance:bch:jps',
    name: 'BCH – JPS savings (Hertfordshire share)',
    year,
    amount,
    sources: [id],
  });
  const externalSavings = [saving('2016/17', '500000', 'save16'), saving('2017/18', '400000', 'save17')];

  it("does not take the base budget year's saving off its own budget again, and lists it as already in the base", () => {
    const [y16, y17] = projectMtfp({ facts: factsFrom(baseEvents), from: '2016/17', years: 2, externalSavings }).years;
    // 2016/17 is the base budget year: its £0.5m is in the approved £100m + £30m already.
    expect(y16.expenditure.externalSavingsTotal.value.toPence()).toBe('0.00');
    expect(y16.expenditure.externalSavingsInBaseBudget.map((l) => [l.code, l.amount.value.toPence()])).toEqual([
      ['alliance:bch:jps', '500000.00'],
    ]);
    expect(y16.expenditure.total.value.toPence()).toBe('130000000.00');
    // 2017/18 changes the plan: £101m pay + £30.6m non-pay − £0.4m = £131.2m.
    expect(y17.expenditure.externalSavingsTotal.value.toPence()).toBe('400000.00');
    expect(y17.expenditure.total.value.toPence()).toBe('131200000.00');
  });

  it('lets a rebased budget absorb the savings of its year and earlier', () => {
    const rebased = factsFrom({
      ...baseEvents,
      budget17: {
        type: 'BaseBudgetSet.v1',
        data: {
          year: '2017/18',
          lines: [
            { code: 'pay', name: 'Pay', kind: 'pay', amount: '101000000' },
            { code: 'non-pay', name: 'Non-pay', kind: 'non_pay', amount: '30200000' },
          ],
        },
      },
    });
    const [y17] = projectMtfp({ facts: rebased, from: '2017/18', years: 1, externalSavings }).years;
    // The 2017/18 budget (£101m + £30.2m = £131.2m) already reflects the £0.4m: nothing more comes off.
    expect(y17.expenditure.externalSavingsTotal.value.toPence()).toBe('0.00');
    expect(y17.expenditure.externalSavingsInBaseBudget).toHaveLength(1);
    expect(y17.expenditure.total.value.toPence()).toBe('131200000.00');
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
