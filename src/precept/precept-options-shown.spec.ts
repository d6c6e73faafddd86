import { Dec } from '../common/decimal';
import { Money } from '../common/money';
import { toReferendumPrinciple } from '../reference-data/referendum-principle';
import { preceptOptions } from './precept-options';
import { preceptOptionsToJson } from './precept-options-to-json';

const twoPercent = toReferendumPrinciple(
  { year: '2017/18', limit: { kind: 'percentage', rate: '0.02' }, comparison: 'less_than', appliesTo: 'all PCCs', note: '' },
  ['p-2pc'],
);

describe('precept options as shown: true to the figures they are worked out with', () => {
  const json = preceptOptionsToJson(
    preceptOptions({
      year: '2017/18',
      previousBandD: { value: Money.of('150.35'), sources: [] },
      taxBase: { value: new Dec('447340.42553'), sources: [] },
      principles: [twoPercent],
      poundRise: '5.00',
    }),
  );
  const option = (kind: string) => json.options.find((o) => o.kind === kind)!;

  it('shows "the largest rise without a referendum" to 4 dp where 2 dp would read as the 2 % limit itself', () => {
    // 150.35 × 1.02 = 153.357, so the largest Band D below it is £153.35: +£3.00, 3 / 150.35 = 1.99534… %.
    expect(option('largest_without_referendum')).toMatchObject({ bandD: '153.35', change: { yearly: '3.00', percent: '1.9953' } });
    // Elsewhere 2 dp stay: +£5.00 is 5 / 150.35 = 3.3256… %.
    expect(option('pound_rise').change.percent).toBe('3.33');
  });

  it('states the tax base at the precision used: Band D × the tax base shown is the precept income shown', () => {
    expect(json.taxBase.value).toBe('447340.42553');
    // 150.35 × 447,340.42553 = 67,257,632.978… → £67,257,632.98
    expect(option('freeze').preceptIncome).toBe(Money.of('150.35').times(new Dec('447340.42553')).toPence());
    expect(option('freeze').preceptIncome).toBe('67257632.98');
  });
});
