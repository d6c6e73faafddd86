import { Dec } from '../common/decimal';
import { Money } from '../common/money';
import { toReferendumPrinciple, type ReferendumPrinciple, type ReferendumPrincipleData } from '../reference-data/referendum-principle';
import { preceptOptions } from './precept-options';
import { preceptOptionsToJson } from './precept-options-to-json';
import { largestBandDWithoutReferendum } from './referendum-test';

const pounds = (amount: string, sources: string[] = []) => ({ value: Money.of(amount), sources });
const bandDEquivalents = (count: string | Dec, sources: string[] = []) => ({ value: new Dec(count), sources });
const principle = (
  limit: ReferendumPrincipleData['limit'],
  comparison: ReferendumPrincipleData['comparison'],
  appliesTo = 'all PCCs',
): ReferendumPrinciple => toReferendumPrinciple({ year: '2017/18', limit, comparison, appliesTo, note: '' }, ['principle-event']);
const twoPercent = toReferendumPrinciple(
  { year: '2017/18', limit: { kind: 'percentage', rate: '0.02' }, comparison: 'less_than', appliesTo: 'all PCCs', note: '' },
  ['p-2pc'],
);
const fivePounds = toReferendumPrinciple(
  {
    year: '2017/18',
    limit: { kind: 'amount', amount: '5' },
    comparison: 'up_to_and_including',
    appliesTo: 'lowest-quartile PCCs',
    note: '',
  },
  ['p-5'],
);

const optionOf = (result: ReturnType<typeof preceptOptions>, kind: string) => result.options.find((o) => o.kind === kind)!;

describe('precept options', () => {
  it('published check: +£5 on Band D over 420,000 Band D equivalents raises £2,100,000.00', () => {
    const result = preceptOptions({
      year: '2017/18',
      previousBandD: pounds('147.00'),
      taxBase: bandDEquivalents('420000'),
      principles: [],
      poundRise: '5.00',
    });
    const rise = optionOf(result, 'pound_rise');
    expect(rise.label).toBe('+£5.00');
    expect(rise.bandD.toPence()).toBe('152.00');
    expect(rise.incomeAboveFreeze.toPence()).toBe('2100000.00');
    expect(rise.preceptIncome.toPence()).toBe('63840000.00');
    expect(rise.change.yearly.toPence()).toBe('5.00');
    expect(rise.change.weekly.toPence()).toBe('0.10'); // £5 ÷ 52 = £0.0962
    expect(rise.change.weekly.value.toDecimalPlaces(4).toFixed()).toBe('0.0962');
  });

  it('published check: £147.82 (2015/16) to £147.00 (2016/17) is a −0.55 % change, and what it cost', () => {
    // Precept income before the cut of about £62.9m (seed-figures.md): its tax base is 62,909,000 ÷ 147.82.
    const taxBase = new Dec('62909000').dividedBy('147.82');
    const result = preceptOptions({
      year: '2016/17',
      previousBandD: pounds('147.82'),
      taxBase: bandDEquivalents(taxBase),
      principles: [],
      poundRise: '-0.82',
    });
    const cut = optionOf(result, 'pound_rise');
    expect(cut.label).toBe('-£0.82');
    expect(cut.bandD.toPence()).toBe('147.00');
    expect(cut.change.percent.toDecimalPlaces(2).toFixed(2)).toBe('-0.55');

    // The published £0.346m applied the ROUNDED 0.55 % to £62,909,000: £345,999.50, £346,000 to the nearest £1,000.
    const published = Money.of('62909000').times('0.0055');
    expect(published.toPence()).toBe('345999.50');
    expect(published.value.dividedBy(1000).toDecimalPlaces(0).times(1000).toFixed()).toBe('346000');
    // The exact change (0.82 ÷ 147.82 = 0.5547 %) loses about £349k, not £346k: the engine reports
    // the exact figure, so it differs from the published one by about £3k – the published rounding, not ours.
    expect(cut.incomeAboveFreeze.toPence()).toBe('-348974.29');
  });

  it('under a 2 % principle a 1.99 % rise needs no referendum and a 2 % rise does', () => {
    const options = (rise: string) =>
      preceptOptions({
        year: '2017/18',
        previousBandD: pounds('147.00'),
        taxBase: bandDEquivalents('420000'),
        principles: [twoPercent],
        percentageRise: rise,
      });
    const under = optionOf(options('0.0199'), 'percentage_rise');
    expect(under.label).toBe('+1.99 %');
    expect(under.bandD.toPence()).toBe('149.93'); // 147 × 1.0199 = 149.9253, to the penny
    expect(under.referendum.required).toBe(false);
    expect(under.referendum.principle?.appliesTo).toBe('all PCCs');
    const at = optionOf(options('0.02'), 'percentage_rise');
    expect(at.bandD.toPence()).toBe('149.94');
    expect(at.referendum.required).toBe(true);
    expect(at.referendum.explanation).toBe(
      'Needs a referendum: the 2017/18 principle for all PCCs allows an increase of less than 2 %, so at most £149.93 Band D',
    );
  });

  it('under a £5 principle +£5 needs no referendum and +£5.01 does', () => {
    const options = (rise: string) =>
      optionOf(
        preceptOptions({
          year: '2017/18',
          previousBandD: pounds('147.00'),
          taxBase: bandDEquivalents('420000'),
          principles: [principle({ kind: 'amount', amount: '5' }, 'up_to_and_including')],
          poundRise: rise,
        }),
        'pound_rise',
      );
    expect(options('5.00').referendum.required).toBe(false);
    expect(options('5.01').referendum.required).toBe(true);
  });

  it('finds the largest rise without a referendum to the penny', () => {
    const twoPc = principle({ kind: 'percentage', rate: '0.02' }, 'less_than');
    // £147.00 × 1.02 = £149.94 exactly: "less than" rules that penny out.
    expect(largestBandDWithoutReferendum(twoPc, Money.of('147.00')).toPence()).toBe('149.93');
    // "Up to and including" would allow it.
    expect(largestBandDWithoutReferendum({ ...twoPc, comparison: 'up_to_and_including' }, Money.of('147.00')).toPence()).toBe('149.94');
    // £147.82 × 1.02 = £150.7764: the largest penny below is £150.77 either way.
    expect(largestBandDWithoutReferendum(twoPc, Money.of('147.82')).toPence()).toBe('150.77');

    const result = preceptOptions({
      year: '2017/18',
      previousBandD: pounds('147.00'),
      taxBase: bandDEquivalents('420000'),
      principles: [twoPercent],
    });
    const largest = optionOf(result, 'largest_without_referendum');
    expect(largest.bandD.toPence()).toBe('149.93');
    expect(largest.change.percent.toDecimalPlaces(2).toFixed(2)).toBe('1.99');
    expect(largest.referendum).toMatchObject({ required: false });
    expect(largest.incomeAboveFreeze.toPence()).toBe('1230600.00'); // £2.93 × 420,000
  });

  it('treats the lowest-quartile £5 as an alternative to 2 % for a PCC it applies to, and says which principle it used', () => {
    const result = preceptOptions({
      year: '2017/18',
      previousBandD: pounds('147.00'),
      taxBase: bandDEquivalents('420000'),
      principles: [twoPercent, fivePounds],
      poundRise: '5',
    });
    const rise = optionOf(result, 'pound_rise');
    expect(rise.referendum.required).toBe(false);
    expect(rise.referendum.principle?.appliesTo).toBe('lowest-quartile PCCs');
    expect(rise.referendum.explanation).toBe(
      'Within the 2017/18 principle for lowest-quartile PCCs (an increase of up to and including £5.00)',
    );
    expect(rise.change.percent.toDecimalPlaces(2).toFixed(2)).toBe('3.40');
    expect(optionOf(result, 'largest_without_referendum').bandD.toPence()).toBe('152.00');
    expect(optionOf(result, 'freeze').referendum.principle?.appliesTo).toBe('all PCCs');
    expect(rise.sources).toEqual(['p-2pc', 'p-5']);
  });

  it("gives each option the year's MTFP gap: the gap at a freeze less its income above freeze", () => {
    const result = preceptOptions({
      year: '2017/18',
      previousBandD: pounds('147.00', ['precept-16']),
      taxBase: bandDEquivalents('420000', ['tax-base-17']),
      principles: [],
      poundRise: '5',
      mtfpGapAtFreeze: pounds('3000000', ['gap-sources']),
    });
    expect(optionOf(result, 'freeze').mtfpGap?.value.toPence()).toBe('3000000.00');
    expect(optionOf(result, 'pound_rise').mtfpGap).toEqual({ value: Money.of('900000'), sources: ['gap-sources', 'tax-base-17'] });
    expect(optionOf(result, 'pound_rise').sources).toEqual(['precept-16', 'tax-base-17', 'gap-sources']);
  });

  it('without a principle for the year needs no referendum and offers no "largest" option', () => {
    const result = preceptOptions({
      year: '2017/18',
      previousBandD: pounds('147.00'),
      taxBase: bandDEquivalents('420000'),
      principles: [],
      poundRise: '50',
    });
    expect(optionOf(result, 'pound_rise').referendum).toMatchObject({
      required: false,
      principle: null,
      explanation: 'No referendum principle applies for 2017/18',
    });
    expect(result.options.map((o) => o.kind)).toEqual(['freeze', 'pound_rise']);
  });

  it('refuses a previous Band D of zero, a cut below zero and fractions of a penny', () => {
    const base = { year: '2017/18', taxBase: bandDEquivalents('420000'), principles: [] };
    expect(() => preceptOptions({ ...base, previousBandD: pounds('0') })).toThrow(/previous Band D must be more than zero/);
    expect(() => preceptOptions({ ...base, previousBandD: pounds('147'), poundRise: '-147' })).toThrow(/would take Band D to £0\.00/);
    expect(() => preceptOptions({ ...base, previousBandD: pounds('147'), poundRise: '5.001' })).toThrow(
      /poundRise: must be in pounds and pence/,
    );
    expect(() => preceptOptions({ ...base, previousBandD: pounds('147'), percentageRise: 2 as unknown as string })).toThrow(
      /percentageRise/,
    );
  });

  it('renders for the API: money to the penny, percentages to 2 dp, rates exact, the tax base at the precision used', () => {
    const json = preceptOptionsToJson(
      preceptOptions({
        year: '2017/18',
        previousBandD: pounds('147.00'),
        taxBase: bandDEquivalents('420000.456'),
        principles: [twoPercent, fivePounds],
        poundRise: '5',
      }),
    );
    const rise = json.options.find((o) => o.kind === 'pound_rise')!;
    expect(rise.bands).toEqual({ A: '101.33', B: '118.22', C: '135.11', D: '152.00', E: '185.78', F: '219.56', G: '253.33', H: '304.00' });
    expect(rise.change).toEqual({ yearly: '5.00', weekly: '0.10', percent: '3.40' });
    expect(rise.incomeAboveFreeze).toBe('2100002.28');
    expect(json.taxBase).toEqual({ value: '420000.456', sources: [] }); // at the precision used: 5 × 420,000.456 = 2,100,002.28
    expect(rise.referendum.principle?.limit).toEqual({ kind: 'amount', amount: '5.00' });
    expect(json.principles[0].limit).toEqual({ kind: 'percentage', rate: '0.02' });
    expect(json.conventions).toContain('Weekly change is the yearly Band D change ÷ 52.');
  });
});
