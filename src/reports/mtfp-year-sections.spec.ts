import type { ForceFinanceEvent } from '../force-finance/force-finance.events';
import { factsFrom, assumptions } from '../../test/fixtures/mtfp-facts.fixture';
import { mtfpToJson } from '../mtfp/mtfp-to-json';
import { projectMtfp } from '../mtfp/project-mtfp';
import { mtfpYearSections } from './mtfp-year-sections';

/** Officers £10m and staff £4m in the 2016/17 base budget, a 2 % officers' award from September 2017, on-cost rates of 2016/17. */
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
  award17: { type: 'PayAwardSet.v1', data: { year: '2017/18', group: 'officers', rate: '0.02', effectiveMonth: 9 } },
  rates16: {
    type: 'PayOnCostRatesSet.v1',
    data: { year: '2016/17', officersPension: '0.213', staffPension: '0.18', employerNationalInsurance: '0.1' },
  },
};

const year = (from: string) => mtfpToJson(projectMtfp({ facts: factsFrom(events), from, years: 1 })).years[0];
/** The report's text without markup, spaces collapsed, to read as a printed page reads. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the MTFP year sections of the printed plan', () => {
  it('lays out each pay group from base to pay, the award in words and the on-costs, as the answer gives them', () => {
    const printed = text(mtfpYearSections(year('2017/18')).text);
    expect(printed).toContain('Pay by group, 2017/18 Pay Police officers Police staff');
    // Officers: £10m × 2 % = £200,000 a full year; 7/12 of it from September = £116,666.67; pay £10,116,666.67.
    expect(printed).toContain('Pay award 2 % from September (7/12) 0 %, full year (plan)');
    expect(printed).toContain('Award, full-year effect £200,000.00 £0.00');
    expect(printed).toContain('Award, in-year effect £116,666.67 £0.00');
    expect(printed).toContain('Pay £10,116,666.67 £4,000,000.00');
    // Pension 21.3 % × £10,116,666.67 = £2,154,850.00 (2,154,850.000…); staff 18 % × £4m = £720,000.
    expect(printed).toContain('On-cost rates pension 21.3 % (police), NI 10 % pension 18 % (LGPS), NI 10 %');
    expect(printed).toContain('Employer pension £2,154,850.00 £720,000.00');
    // Levy (£14,116,666.67 − £3m) × 0.5 % = £55,583.33335; officers' share by pay × 10,116,666.67 / 14,116,666.67
    // = £39,833.6285… → £39,833.63, staff × 4,000,000 / 14,116,666.67 = £15,749.7048… → £15,749.70.
    expect(printed).toContain('Apprenticeship levy £39,833.63 £15,749.70');
    // On-costs: officers £2,154,850.00 + NI 10 % £1,011,666.67 + £39,833.63 = £3,206,350.30.
    expect(printed).toContain('On-costs £3,206,350.30 £1,135,749.70');
  });

  it('leaves out a section the year has nothing of: no monitoring, no specific grants, no pay groups before the base budget', () => {
    const printed = text(mtfpYearSections(year('2017/18')).text);
    expect(printed).not.toContain('Budget monitoring');
    expect(printed).not.toContain('Specific and ring-fenced grants');
    expect(mtfpYearSections(year('2015/16')).text.trim()).toBe('');
    expect(mtfpYearSections(null).text).toBe('');
  });
});
