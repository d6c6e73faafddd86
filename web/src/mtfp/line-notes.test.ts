import { describe, expect, it } from 'vitest';
import { inflationCategoryNote, recurrenceNote, yearRuns } from './line-notes';
import type { InflationCategoryJson, MtfpYearJson } from './types';

const years = ['2016/17', '2017/18', '2018/19', '2019/20'].map((year) => ({ year }) as MtfpYearJson);
const by =
  <T>(values: Record<string, T>) =>
  (y: MtfpYearJson) =>
    values[y.year];

describe('yearRuns', () => {
  it('runs years with the same words together and breaks the run at a year without any', () => {
    const say = by({ '2016/17': 'a', '2017/18': 'a', '2019/20': 'a' });
    expect(yearRuns(years, say)).toEqual(['a 2016/17–2017/18', 'a 2019/20']);
  });
});

describe('inflationCategoryNote', () => {
  it("says the category's own rate, and says so when the rate is the plan's non-pay inflation", () => {
    const fuel = (rate: string | null, basis: InflationCategoryJson['basis']) =>
      ({ category: 'fuel', rate: rate ? { value: rate } : null, basis }) as InflationCategoryJson;
    const note = inflationCategoryNote(
      years,
      by({ '2016/17': fuel(null, null), '2017/18': fuel('0.05', 'category'), '2018/19': fuel('0.02', 'non_pay_inflation') }),
    );
    expect(note).toBe("fuel inflation: 5 % 2017/18; 2 % (plan's non-pay inflation) 2018/19");
  });

  it('names the category alone before any year moves it, and nothing where no year names one', () => {
    expect(inflationCategoryNote(years, by({ '2019/20': { category: 'ict_contracts', rate: null, basis: null } }))).toBe(
      'ICT contracts inflation',
    );
    expect(inflationCategoryNote(years, () => undefined)).toBeUndefined();
  });
});

describe('recurrenceNote', () => {
  it('says one-off or recurring for the years each holds', () => {
    const r = by<'recurring' | 'one_off'>({ '2016/17': 'one_off', '2017/18': 'recurring', '2018/19': 'recurring' });
    expect(recurrenceNote(years, r)).toBe('one-off 2016/17; recurring 2017/18–2018/19');
    expect(recurrenceNote(years, () => undefined)).toBeUndefined();
  });
});
