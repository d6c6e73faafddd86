import type { ForceFinanceEvent } from '../force-finance/force-finance.events';
import { baseEvents, factsFrom } from '../../test/fixtures/mtfp-facts.fixture';
import { projectMtfp } from './project-mtfp';

const grant = (data: Partial<Extract<ForceFinanceEvent, { type: 'SpecificGrantRecorded.v1' }>['data']>): ForceFinanceEvent => ({
  type: 'SpecificGrantRecorded.v1',
  data: { grantId: 'g', name: 'Grant', kind: 'specific', year: '2018/19', amount: '0', ...data },
});

const withGrants: Record<string, ForceFinanceEvent> = {
  ...baseEvents,
  armedPolicing: {
    type: 'BudgetItemAdded.v1',
    data: { itemId: 'armed', kind: 'growth', fromYear: '2018/19', amount: '400000', recurrence: 'one_off', description: 'Armed policing' },
  },
  victims17: grant({ grantId: 'victims', name: 'Victim services', year: '2017/18', amount: '300000' }),
  uplift18: grant({ grantId: 'uplift', name: 'Uplift grant', kind: 'ring_fenced', amount: '1000000', fundsBudgetLine: 'pay' }),
  armed18: grant({ grantId: 'armed-grant', name: 'Armed policing grant', kind: 'ring_fenced', amount: '500000', fundsItem: 'armed' }),
};

describe('projectMtfp: specific and ring-fenced grants', () => {
  const without = projectMtfp({ facts: factsFrom(baseEvents), from: '2016/17', years: 3 });
  const mtfp = projectMtfp({ facts: factsFrom(withGrants), from: '2016/17', years: 3 });
  const [, y17, y18] = mtfp.years;

  it('lists each grant of the year as its own line, with what it funds and that spend in the year', () => {
    expect(y18.funding.specificGrants.map((g) => [g.grantId, g.kind, g.amount.value.toPence(), g.amount.sources])).toEqual([
      ['uplift', 'ring_fenced', '1000000.00', ['uplift18']],
      ['armed-grant', 'ring_fenced', '500000.00', ['armed18']],
    ]);
    // pay: 100,000,000 × 1.01 (2017/18 award) × 1.02 (2018/19) = 103,020,000
    expect(y18.funding.specificGrants[0].funds).toMatchObject({ budgetLine: 'pay', name: 'Officers and staff' });
    expect(y18.funding.specificGrants[0].funds?.spend.value.toPence()).toBe('103020000.00');
    // the one-off growth item in its own year, flat: 400,000
    expect(y18.funding.specificGrants[1].funds).toMatchObject({ item: 'armed', name: 'Armed policing' });
    expect(y18.funding.specificGrants[1].funds?.spend.value.toPence()).toBe('400000.00');
    expect(y17.funding.specificGrants).toEqual([expect.objectContaining({ grantId: 'victims', funds: null })]);
  });

  it('adds them to the funding total: 2018/19 £171,312,761.00 without, + £1.5m with', () => {
    // core 60m × 0.99 × 0.98 = 58,212,000; formula 40m × 0.99 × 0.98 = 38,808,000; legacy 10m; other 1m;
    // precept £147 (frozen) × 420,000 × 1.01 × 1.015 = 147 × 430,563 = 63,292,761; total 171,312,761
    expect(without.years[2].funding.total.value.toPence()).toBe('171312761.00');
    expect(y18.funding.specificGrantsTotal.value.toPence()).toBe('1500000.00');
    expect(y18.funding.total.value.toPence()).toBe('172812761.00');
    expect(y18.funding.total.sources).toEqual(expect.arrayContaining(['uplift18', 'armed18']));
    // 2017/18: the £300,000 victims grant; 2016/17 none
    expect(y17.funding.total.value.minus(without.years[1].funding.total.value).toPence()).toBe('300000.00');
    expect(mtfp.years[0].funding.specificGrantsTotal.value.toPence()).toBe('0.00');
  });

  it('moves the gap by the grants but never the council tax requirement (they fund specific spend, not the precept)', () => {
    // NRE 2018/19: 103,020,000 + 30m × 1.02 × 1.02 (31,212,000) + 400,000 − fees 5m × 1.03 (5,150,000) = 129,482,000
    expect(y18.nre.value.toPence()).toBe('129482000.00');
    expect(y18.gap.value.toPence()).toBe('-43330761.00'); // 129,482,000 − 172,812,761
    mtfp.years.forEach((year, i) => {
      expect(year.funding.precept.councilTaxRequirement.value.toPence()).toBe(
        without.years[i].funding.precept.councilTaxRequirement.value.toPence(),
      );
    });
    expect(y18.funding.precept.councilTaxRequirement.value.toPence()).toBe('63292761.00');
  });

  it('shows each grant beside the spend it funds', () => {
    const pay = y18.expenditure.lines.find((l) => l.code === 'pay');
    expect(pay?.fundedBy).toEqual([{ grantId: 'uplift', name: 'Uplift grant', kind: 'ring_fenced', amount: expect.anything() }]);
    expect(y18.expenditure.items.find((i) => i.itemId === 'armed')?.fundedBy?.[0].amount.value.toPence()).toBe('500000.00');
    expect(y18.expenditure.lines.find((l) => l.code === 'supplies')?.fundedBy).toBeUndefined();
    expect(y17.expenditure.lines.find((l) => l.code === 'pay')?.fundedBy).toBeUndefined();
  });

  it('warns of a ring-fenced grant above its spend, and of a grant of the year before not recorded (never carried)', () => {
    expect(mtfp.warnings).toContain(
      'Ring-fenced Armed policing grant of £500,000.00 in 2018/19 is more than the spend it funds (Armed policing, £400,000.00): £100,000.00 is unspent, and ring-fenced money cannot fund the general budget',
    );
    expect(mtfp.warnings).toContain(
      'Victim services (victims) is recorded for 2017/18 but not for 2018/19: a specific grant is announced each year and is not carried forward, so 2018/19 has none',
    );
    expect(y18.funding.specificGrants.map((g) => g.grantId)).not.toContain('victims');
    // the uplift grant's £1m is well inside its £103.02m pay line: no warning
    expect(mtfp.warnings.filter((w) => w.includes('Uplift grant'))).toEqual([]);
  });

  it('a withdrawn year has no line; a later record supersedes', () => {
    const facts = factsFrom({
      ...withGrants,
      victims17b: grant({ grantId: 'victims', name: 'Victim services', year: '2017/18', amount: '350000' }),
      armedGone: { type: 'SpecificGrantWithdrawn.v1', data: { grantId: 'armed-grant', year: '2018/19' } },
    });
    const [, later17, later18] = projectMtfp({ facts, from: '2016/17', years: 3 }).years;
    expect(later17.funding.specificGrants[0].amount).toMatchObject({ sources: ['victims17b'] });
    expect(later17.funding.specificGrantsTotal.value.toPence()).toBe('350000.00');
    expect(later18.funding.specificGrants.map((g) => g.grantId)).toEqual(['uplift']);
    expect(later18.expenditure.items.find((i) => i.itemId === 'armed')?.fundedBy).toBeUndefined();
  });
});
