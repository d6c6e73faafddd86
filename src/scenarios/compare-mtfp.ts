import { Dec } from '../common/decimal';
import { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import { Rate } from '../common/rate';
import type { MtfpProjection, MtfpYear } from '../mtfp/mtfp-projection';

/**
 * Two MTFPs of a force side by side, line by line, year by year: typically the baseline (`a`)
 * and a scenario (`b`). Every line of either plan appears once per year with both values and
 * the difference b − a, as strings at the edge: money to the penny (the difference is of the
 * two figures as shown, so a − b − difference is always zero on the page), rates as exact
 * fractions, the tax base to 2 dp. A line only one plan has (an extra item, a reserve not yet
 * open) shows null on the other side and no difference.
 */
type ComparedUnit = 'money' | 'rate' | 'quantity';
type ComparedSection = 'assumptions' | 'expenditure' | 'income' | 'funding' | 'gap' | 'reserves';

export interface ComparedLine {
  /** Stable across years and plans: "funding.precept.bandD", "reserves.budget-support.closing". */
  key: string;
  section: ComparedSection;
  label: string;
  unit: ComparedUnit;
  a: string | null;
  b: string | null;
  difference: string | null;
  changed: boolean;
}

interface MtfpComparisonYear {
  year: string;
  lines: ComparedLine[];
}

export interface MtfpComparison {
  from: string;
  to: string;
  years: MtfpComparisonYear[];
  /** Keys of the lines that differ in any year, in table order. */
  changedLines: string[];
  warnings: { a: string[]; b: string[] };
  alerts: { a: Array<{ year: string; alert: string }>; b: Array<{ year: string; alert: string }> };
}

type Value = { unit: 'money'; value: Money } | { unit: 'rate'; value: Rate } | { unit: 'quantity'; value: Dec };
interface Line {
  key: string;
  section: ComparedSection;
  label: string;
  figure: Value;
}

export function compareMtfp(a: MtfpProjection, b: MtfpProjection): MtfpComparison {
  const years = [...new Set([...a.years, ...b.years].map((y) => y.year))].sort((x, y) =>
    FinancialYear.parse(x).compare(FinancialYear.parse(y)),
  );
  const compared = years.map((year) => {
    const linesA = linesOf(a.years.find((y) => y.year === year));
    const linesB = linesOf(b.years.find((y) => y.year === year));
    const byKeyA = new Map(linesA.map((l) => [l.key, l]));
    const byKeyB = new Map(linesB.map((l) => [l.key, l]));
    const keys = mergeOrder(
      linesA.map((l) => l.key),
      linesB.map((l) => l.key),
    );
    return { year, lines: keys.map((key) => compareLine(byKeyA.get(key), byKeyB.get(key))) };
  });
  const changed = mergeOrder(...compared.map((y) => y.lines.filter((l) => l.changed).map((l) => l.key)));
  return {
    from: years[0] ?? a.from,
    to: years[years.length - 1] ?? a.to,
    years: compared,
    changedLines: changed,
    warnings: { a: [...a.warnings], b: [...b.warnings] },
    alerts: { a: alertsOf(a), b: alertsOf(b) },
  };
}

function compareLine(a: Line | undefined, b: Line | undefined): ComparedLine {
  const line = (b ?? a) as Line;
  const shownA = a ? shown(a.figure) : null;
  const shownB = b ? shown(b.figure) : null;
  const difference = shownA !== null && shownB !== null ? differenceOf(line.figure.unit, shownA, shownB) : null;
  const changed = shownA === null || shownB === null ? shownA !== shownB : !new Dec(shownA).equals(shownB);
  return { key: line.key, section: line.section, label: line.label, unit: line.figure.unit, a: shownA, b: shownB, difference, changed };
}

function shown(figure: Value): string {
  switch (figure.unit) {
    case 'money':
      return figure.value.toPence();
    case 'rate':
      return figure.value.toExact();
    case 'quantity':
      return figure.value.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2);
  }
}

function differenceOf(unit: ComparedUnit, a: string, b: string): string {
  const diff = new Dec(b).minus(a);
  return unit === 'rate' ? diff.toFixed() : diff.toFixed(2);
}

/** Every line of one MTFP year, in the order the MTFP table reads. */
function linesOf(year: MtfpYear | undefined): Line[] {
  if (!year) return [];
  return [
    ...assumptionLines(year),
    ...expenditureLines(year),
    ...incomeLines(year),
    ...fundingLines(year),
    ...gapLines(year),
    ...reserveLines(year),
  ];
}

const money = (key: string, section: ComparedSection, label: string, value: Money): Line => ({
  key,
  section,
  label,
  figure: { unit: 'money', value },
});

const rate = (key: string, label: string, value: Rate): Line => ({ key, section: 'assumptions', label, figure: { unit: 'rate', value } });

function assumptionLines({ assumptions }: MtfpYear): Line[] {
  return [
    rate('assumptions.payAward', 'Pay award', assumptions.payAward.value),
    rate('assumptions.nonPayInflation', 'Non-pay inflation', assumptions.nonPayInflation.value),
    rate('assumptions.incomeInflation', 'Income inflation', assumptions.incomeInflation.value),
    rate('assumptions.grantChange', 'Grant change', assumptions.grantChange.value),
    rate('assumptions.taxBaseGrowth', 'Tax base growth', assumptions.taxBaseGrowth.value),
  ];
}

function expenditureLines({ expenditure, capitalFinancing }: MtfpYear): Line[] {
  return [
    ...expenditure.lines.map((line) => money(`expenditure.lines.${line.code}`, 'expenditure', line.name, line.amount.value)),
    money('expenditure.pay', 'expenditure', 'Pay', expenditure.pay.value),
    money('expenditure.nonPay', 'expenditure', 'Non-pay', expenditure.nonPay.value),
    ...expenditure.items.map((item) =>
      money(`expenditure.items.${item.itemId}`, 'expenditure', `${item.description} (${ITEM_KIND[item.kind]})`, item.amount.value),
    ),
    money('expenditure.costPressures', 'expenditure', 'Cost pressures', expenditure.costPressures.value),
    money('expenditure.growth', 'expenditure', 'Growth', expenditure.growth.value),
    money('expenditure.savings', 'expenditure', 'Savings', expenditure.savings.value),
    ...expenditure.externalSavings.map((saving) =>
      money(`expenditure.externalSavings.${saving.code}`, 'expenditure', saving.name, saving.amount.value),
    ),
    money('expenditure.externalSavingsTotal', 'expenditure', 'Collaboration savings', expenditure.externalSavingsTotal.value),
    ...expenditure.contributions.map((c) => money(`expenditure.contributions.${c.code}`, 'expenditure', c.name, c.amount.value)),
    money('expenditure.contributionsTotal', 'expenditure', 'Contributions to joint units', expenditure.contributionsTotal.value),
    money('capitalFinancing.total', 'expenditure', 'Capital financing (debt charges, MRP, interest, RCCO)', capitalFinancing.total.value),
    money('expenditure.total', 'expenditure', 'Total expenditure', expenditure.total.value),
  ];
}

function incomeLines({ income, nre }: MtfpYear): Line[] {
  return [
    ...income.lines.map((line) => money(`income.lines.${line.code}`, 'income', line.name, line.amount.value)),
    money('income.total', 'income', 'Total income', income.total.value),
    money('nre', 'income', 'Net revenue expenditure', nre.value),
  ];
}

function fundingLines({ funding }: MtfpYear): Line[] {
  return [
    money('funding.coreGrant', 'funding', 'Core grant', funding.coreGrant.value),
    money('funding.formulaGrant', 'funding', 'Formula grant', funding.formulaGrant.value),
    money('funding.legacyCouncilTaxGrants', 'funding', 'Legacy council tax grants', funding.legacyCouncilTaxGrants.value),
    money('funding.otherGeneralGrants', 'funding', 'Other general grants', funding.otherGeneralGrants.value),
    money('funding.specificGrantsTotal', 'funding', 'Specific grants', funding.specificGrantsTotal.value),
    money('funding.precept.bandD', 'funding', 'Band D', funding.precept.bandD.value),
    {
      key: 'funding.precept.taxBase',
      section: 'funding',
      label: 'Tax base (Band D equivalents)',
      figure: { unit: 'quantity', value: funding.precept.taxBase.value },
    },
    money('funding.precept.income', 'funding', 'Precept income', funding.precept.income.value),
    money('funding.collectionFund', 'funding', 'Collection fund surplus (deficit)', funding.collectionFund.value),
    money('funding.total', 'funding', 'Total funding', funding.total.value),
  ];
}

function gapLines({ gap, reserveUse, savingsToIdentify }: MtfpYear): Line[] {
  return [
    money('gap', 'gap', 'Gap', gap.value),
    money('reserveUse.drawdowns', 'gap', 'Reserve drawdowns supporting the budget', reserveUse.drawdowns.value),
    money('reserveUse.contributions', 'gap', 'Contributions to reserves from the budget', reserveUse.contributions.value),
    money('reserveUse.net', 'gap', 'Net use of reserves', reserveUse.net.value),
    money('savingsToIdentify', 'gap', 'Savings still to identify', savingsToIdentify.value),
  ];
}

function reserveLines({ reserves, generalReserve }: MtfpYear): Line[] {
  const lines = reserves.flatMap((reserve) => {
    const key = `reserves.${reserve.reserveId}`;
    return [
      money(`${key}.opening`, 'reserves', `${reserve.name}: opening balance`, reserve.opening.value),
      money(`${key}.contributions`, 'reserves', `${reserve.name}: contributions`, reserve.contributions.value),
      money(`${key}.drawdowns`, 'reserves', `${reserve.name}: drawdowns`, reserve.drawdowns.value),
      money(`${key}.closing`, 'reserves', `${reserve.name}: closing balance`, reserve.closing.value),
    ];
  });
  if (!generalReserve) return lines;
  lines.push(money('generalReserve.closing', 'reserves', 'General reserves: closing balance', generalReserve.closing.value));
  if (generalReserve.minimum)
    lines.push(money('generalReserve.minimum', 'reserves', 'General reserves: minimum', generalReserve.minimum.value));
  return lines;
}

const ITEM_KIND = { cost_pressure: 'cost pressure', growth: 'growth', saving: 'saving' } as const;

/**
 * Keys of several orderings merged into one: the first list's order, each key only in a later
 * list placed after the key it follows there.
 */
function mergeOrder(...lists: string[][]): string[] {
  const merged: string[] = [];
  for (const list of lists) {
    let after = -1;
    for (const key of list) {
      const at = merged.indexOf(key);
      if (at >= 0) {
        after = at;
        continue;
      }
      merged.splice(after + 1, 0, key);
      after += 1;
    }
  }
  return merged;
}

function alertsOf(plan: MtfpProjection): Array<{ year: string; alert: string }> {
  return plan.years.flatMap((y) => y.alerts.map((alert) => ({ year: y.year, alert })));
}
