import type { ForceFinanceEvent, PayGroup } from '../force-finance/force-finance.events';
import { factsFrom, assumptions } from '../../test/fixtures/mtfp-facts.fixture';
import { mtfpToJson } from './mtfp-to-json';
import { projectMtfp } from './project-mtfp';

const fte = (year: string, group: PayGroup, value: string): ForceFinanceEvent => ({
  type: 'EstablishmentSet.v1',
  data: { year, group, fte: value },
});

/**
 * Officers £10m and staff £4m in the 2016/17 base budget; the plan's pay award 1 %, 0 %, 0 % in
 * 2017/18 to 2019/20 and the officers' own 2 % from September 2019. Officers: 200 FTE recorded for
 * 2015/16 (carried into the base year), 210 FTE from 2018/19. Staff: 100 FTE from 2018/19 only.
 */
const events: Record<string, ForceFinanceEvent> = {
  plan: { type: 'PlanPeriodSet.v1', data: { firstYear: '2015/16', lastYear: '2019/20' } },
  budget16: {
    type: 'BaseBudgetSet.v1',
    data: {
      year: '2016/17',
      lines: [
        { code: 'officers', name: 'Police officer pay', kind: 'pay', amount: '10000000', payGroup: 'officers' },
        { code: 'staff', name: 'Police staff pay', kind: 'pay', amount: '4000000', payGroup: 'staff' },
      ],
    },
  },
  assume17: assumptions('2017/18', { payAward: '0.01' }),
  assume18: assumptions('2018/19', { payAward: '0' }),
  assume19: assumptions('2019/20', { payAward: '0' }),
  officers19: { type: 'PayAwardSet.v1', data: { year: '2019/20', group: 'officers', rate: '0.02', effectiveMonth: 9 } },
  fte15: fte('2015/16', 'officers', '200'),
  fte18: fte('2018/19', 'officers', '210'),
  staffFte18: fte('2018/19', 'staff', '100'),
};

describe('projectMtfp: establishment (FTE) per pay group scaling pay from the start of its year', () => {
  const mtfp = projectMtfp({ facts: factsFrom(events), from: '2016/17', years: 4 });
  const officers = (year: number) => mtfp.years[year].expenditure.payGroups.find((g) => g.group === 'officers')!;
  const json = mtfpToJson(mtfp);

  it('leaves pay as it was while the FTE is the base year’s (carried on from 2015/16)', () => {
    // 2016/17: the base year, 200 FTE (recorded for 2015/16) against itself; 2017/18: plan 1 %, still 200 FTE.
    expect([0, 1].map((y) => [officers(y).total.value.toPence(), officers(y).establishment?.ratio])).toEqual([
      ['10000000.00', '1.0000'],
      ['10100000.00', '1.0000'],
    ]);
    expect(json.years[1].expenditure.payGroups[0].establishment).toMatchObject({
      baseFte: { value: '200.00' },
      baseFteFrom: '2015/16',
      fte: { value: '200.00' },
      fteFrom: '2015/16',
      effect: { value: '0.00' },
    });
  });

  it('scales pay by FTE ÷ base FTE from the year the establishment changes, on top of awards', () => {
    // 2018/19: 210 ÷ 200 = 1.05; pay at the base establishment £10,100,000 (plan 0 %); effect £10,100,000 × 0.05 = £505,000.
    const y18 = officers(2);
    expect([y18.establishment?.ratio, y18.establishment?.effect.value.toPence(), y18.total.value.toPence()]).toEqual([
      '1.0500',
      '505000.00',
      '10605000.00',
    ]);
    // 2019/20: 2 % from September on £10,100,000: full year £202,000, 7/12 £117,833.333…; at the base establishment
    // £10,217,833.333…; effect × 0.05 = £510,891.666… → £510,891.67; total £10,217,833.333… × 1.05 = £10,728,725.00.
    const y19 = officers(3);
    expect([y19.awardInYear, y19.establishment!.effect, y19.total].map((f) => f.value.toPence())).toEqual([
      '117833.33',
      '510891.67',
      '10728725.00',
    ]);
    // The pay line itself carries the scale: expenditure.pay = £10,728,725.00 + staff £4,040,000.00.
    expect(mtfp.years[3].expenditure.pay.value.toPence()).toBe('14768725.00');
    expect(y19.establishment?.fteFrom).toBe('2018/19');
  });

  it('cites the establishment events on the effect and on the pay line', () => {
    expect(officers(2).establishment?.effect.sources).toEqual(expect.arrayContaining(['budget16', 'fte15', 'fte18']));
    expect(officers(2).establishment?.fte.sources).toEqual(['fte18']);
    expect(mtfp.years[2].expenditure.lines.find((l) => l.code === 'officers')?.amount.sources).toEqual(
      expect.arrayContaining(['fte15', 'fte18']),
    );
  });

  it('does not scale a group whose base year has no establishment, and says why', () => {
    // Staff: 100 FTE from 2018/19, none for 2016/17 or before: £4m × 1.01 = £4,040,000 in 2018/19, no establishment shown.
    const staff = mtfp.years[2].expenditure.payGroups.find((g) => g.group === 'staff')!;
    expect([staff.total.value.toPence(), staff.establishment]).toEqual(['4040000.00', null]);
    expect(mtfp.warnings).toContain(
      "The staff establishment is recorded from 2018/19 but not for 2016/17 (the base budget's year) or before, so it cannot scale staff pay: record the base year's establishment",
    );
  });

  it('shows no establishment and changes nothing for a force that records none', () => {
    const { fte15: _a, fte18: _b, staffFte18: _c, ...without } = events;
    const plain = projectMtfp({ facts: factsFrom(without), from: '2016/17', years: 4 });
    expect(plain.years.flatMap((y) => y.expenditure.payGroups.map((g) => g.establishment))).toEqual(Array(8).fill(null));
    // 2019/20 without FTE: officers £10,217,833.33 (as above, unscaled) + staff £4,040,000 = £14,257,833.33.
    expect(plain.years[3].expenditure.pay.value.toPence()).toBe('14257833.33');
  });
});
