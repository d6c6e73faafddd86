import type { ForceFinanceEvent } from '../force-finance/force-finance.events';
import { factsFrom, assumptions } from '../../test/fixtures/mtfp-facts.fixture';
import { projectMtfp } from './project-mtfp';

const onCosts = (year: string, officersPension: string): ForceFinanceEvent => ({
  type: 'PayOnCostRatesSet.v1',
  data: { year, officersPension, staffPension: '0.18', employerNationalInsurance: '0.1' },
});

/** Officers £10m and staff £4m in the 2016/17 base budget, no pay award, so £14m of pay every year. */
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
  assume17: assumptions('2017/18', {}),
};

describe('projectMtfp: employer on-costs of pay where the force records on-cost rates', () => {
  const mtfp = projectMtfp({
    facts: factsFrom({ ...events, rates16: onCosts('2016/17', '0.213'), rates19: onCosts('2019/20', '0.31') }),
    from: '2016/17',
    years: 4,
  });
  const costs = (year: number, group: number) => {
    const c = mtfp.years[year].expenditure.payGroups[group].onCosts!;
    return [c.pension, c.nationalInsurance, c.apprenticeshipLevy, c.total].map((f) => f.value.toPence());
  };

  it('adds pension by scheme and NI, and no levy before 2017/18', () => {
    // 2016/17 officers: £10m × 21.3 % = £2,130,000 pension, × 10 % = £1,000,000 NI; staff (LGPS) £4m × 18 % = £720,000, NI £400,000.
    expect(costs(0, 0)).toEqual(['2130000.00', '1000000.00', '0.00', '3130000.00']);
    expect(costs(0, 1)).toEqual(['720000.00', '400000.00', '0.00', '1120000.00']);
    expect(mtfp.years[0].expenditure.payGroups[1].onCosts!.pensionScheme).toBe('lgps');
    // £3,130,000 + £1,120,000 = £4,250,000; expenditure £14m + £4.25m = £18,250,000.
    expect(mtfp.years[0].expenditure.payOnCosts.value.toPence()).toBe('4250000.00');
    expect(mtfp.years[0].expenditure.total.value.toPence()).toBe('18250000.00');
  });

  it('charges the apprenticeship levy from 2017/18, shared by pay, with the rates carried on', () => {
    // Levy (£14m − £3m) × 0.5 % = £55,000: officers 10/14 = £39,285.714… → £39,285.71, staff 4/14 = £15,714.29.
    expect(costs(1, 0)).toEqual(['2130000.00', '1000000.00', '39285.71', '3169285.71']);
    expect(costs(1, 1)).toEqual(['720000.00', '400000.00', '15714.29', '1135714.29']);
    expect(mtfp.years[1].expenditure.payGroups[0].onCosts!.ratesFrom).toBe('2016/17');
    expect(mtfp.years[1].expenditure.payOnCosts.value.toPence()).toBe('4305000.00');
  });

  it('uses the officers’ 31.0 % employer rate from 2019/20', () => {
    // £10m × 31 % = £3,100,000; + £1,000,000 NI + £39,285.71 levy = £4,139,285.71; all on-costs £5,275,000.
    expect(costs(3, 0)).toEqual(['3100000.00', '1000000.00', '39285.71', '4139285.71']);
    expect(mtfp.years[3].expenditure.payOnCosts.value.toPence()).toBe('5275000.00');
    expect(mtfp.years[3].expenditure.total.value.toPence()).toBe('19275000.00');
    expect(mtfp.years[3].expenditure.payGroups[0].onCosts!.pension.sources).toEqual(['budget16', 'assume17', 'rates19']);
  });

  it('takes pay as including its on-costs where no rates are recorded', () => {
    const without = projectMtfp({ facts: factsFrom(events), from: '2016/17', years: 2 });
    expect(without.years[1].expenditure.payGroups.map((g) => g.onCosts)).toEqual([null, null]);
    expect(without.years[1].expenditure.payOnCosts.value.toPence()).toBe('0.00');
    expect(without.years[1].expenditure.total.value.toPence()).toBe('14000000.00');
  });
});
