import { principlesForYear } from '../reference-data/principles-for-year';
import type { ReferendumPrinciplesState } from '../reference-data/referendum-principles.state';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import { preceptOptionsForForce } from '../precept/precept-options-for-force';
import { preceptOptionsToJson } from '../precept/precept-options-to-json';
import { applyScenario } from './apply-scenario';
import { compareFigures } from './compare-figures';
import { baselineFacts, scenario } from '../../test/fixtures/scenario-baseline.fixture';

describe('compareFigures', () => {
  it('pairs decimal leaves by path, records in arrays by what identifies them, and lists flipped flags', () => {
    const a = {
      years: [
        { year: '2016/17', amount: '10.00', belowMinimum: false, sources: ['x'] },
        { year: '2017/18', amount: '12.50', belowMinimum: false, sources: ['y'] },
      ],
      rate: '0.02',
    };
    const b = {
      years: [
        { year: '2015/16', amount: '9.00', belowMinimum: false, sources: [] },
        { year: '2016/17', amount: '10.00', belowMinimum: false, sources: ['z'] },
        { year: '2017/18', amount: '11.25', belowMinimum: true, sources: [] },
      ],
      rate: '0.025',
    };
    expect(compareFigures(a, b)).toEqual([
      { path: 'years[year=2017/18].amount', a: '12.50', b: '11.25', difference: '-1.25' },
      { path: 'years[year=2017/18].belowMinimum', a: false, b: true, difference: null },
      { path: 'years[year=2015/16].amount', a: null, b: '9.00', difference: null },
      { path: 'years[year=2015/16].belowMinimum', a: null, b: false, difference: null },
      { path: 'rate', a: '0.02', b: '0.025', difference: '0.005' },
    ]);
    expect(compareFigures(a, b, { onlyChanged: false })).toContainEqual({
      path: 'years[year=2016/17].amount',
      a: '10.00',
      b: '10.00',
      difference: '0.00',
    });
  });

  it('compares precept options under a scenario with the baseline’s', () => {
    const baseline = baselineFacts();
    const applied = applyScenario(baseline, [
      scenario('growth', [
        {
          type: 'ExtraBudgetItemAdded.v1',
          data: {
            force: 'herts',
            itemId: 'cyber',
            kind: 'growth',
            fromYear: '2017/18',
            amount: '1500000',
            recurrence: 'recurring',
            description: 'Cyber',
          },
        },
      ]),
    ]);
    const principles = principlesForYear(baseline.streams['reference-referendum-principles'] as ReferendumPrinciplesState, '2017/18');
    const options = (facts: typeof baseline) =>
      preceptOptionsToJson(
        preceptOptionsForForce({
          facts: facts.streams['force-finance-herts'] as ForceFinanceState,
          year: '2017/18',
          principles,
          poundRise: '5.00',
        }),
      );
    const differences = compareFigures(options(baseline), options(applied.facts));
    // Band D, income and referendum tests are the same; only each option's gap moves, by the growth.
    expect(differences.map((d) => d.path)).toEqual([
      'options[kind=freeze].mtfpGap.value',
      'options[kind=pound_rise].mtfpGap.value',
      'options[kind=largest_without_referendum].mtfpGap.value',
    ]);
    expect(differences.every((d) => d.difference === '1500000.00')).toBe(true);
  });
});
