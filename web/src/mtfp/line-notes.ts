import { formatRate } from '../format/money';
import type { InflationCategoryJson, MtfpYearJson } from './types';

const CATEGORY_WORDS: Record<InflationCategoryJson['category'], string> = {
  energy: 'energy',
  fuel: 'fuel',
  ict_contracts: 'ICT contracts',
  general_cpi: 'general CPI',
};

/**
 * Years with the same words run together: "recurring 2016/17–2018/19; one-off 2019/20". A grid note is
 * one per row while these facts are a year's, so a row says once what holds in which years.
 */
export function yearRuns(years: MtfpYearJson[], say: (y: MtfpYearJson) => string | undefined): string[] {
  const runs: { words: string; first: string; last: string }[] = [];
  let previous: (typeof runs)[number] | undefined;
  for (const y of years) {
    const words = say(y);
    if (words === undefined) previous = undefined;
    else if (previous && previous.words === words) previous.last = y.year;
    else runs.push((previous = { words, first: y.year, last: y.year }));
  }
  return runs.map((r) => `${r.words} ${r.first === r.last ? r.first : `${r.first}–${r.last}`}`);
}

/** The rate a category moved the figure by into a year, and whether it is the category's own or the plan's non-pay inflation. */
function rateInWords(c: InflationCategoryJson): string | undefined {
  if (!c.rate) return undefined;
  return `${formatRate(c.rate.value)}${c.basis === 'non_pay_inflation' ? " (plan's non-pay inflation)" : ''}`;
}

/** "energy inflation: 2 % (plan's non-pay inflation) 2020/21", or just "energy inflation" before any year moves it; undefined when no year names a category. */
export function inflationCategoryNote(
  years: MtfpYearJson[],
  of: (y: MtfpYearJson) => InflationCategoryJson | undefined,
): string | undefined {
  const category = years.map(of).find((c) => c)?.category;
  if (!category) return undefined;
  const rates = yearRuns(years, (y) => {
    const c = of(y);
    return c ? rateInWords(c) : undefined;
  });
  return `${CATEGORY_WORDS[category] ?? category} inflation${rates.length ? `: ${rates.join('; ')}` : ''}`;
}

const RECURRENCE_WORDS = { recurring: 'recurring', one_off: 'one-off' } as const;

/** Whether a saving recurs or is one-off, year by year: "recurring 2016/17–2019/20; one-off 2020/21". */
export function recurrenceNote(years: MtfpYearJson[], of: (y: MtfpYearJson) => 'recurring' | 'one_off' | undefined): string | undefined {
  const runs = yearRuns(years, (y) => {
    const r = of(y);
    return r ? RECURRENCE_WORDS[r] : undefined;
  });
  return runs.length ? runs.join('; ') : undefined;
}
