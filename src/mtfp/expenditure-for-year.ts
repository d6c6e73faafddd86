import { Dec } from '../common/decimal';
import { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import type { BudgetLineKind, ItemInflation } from '../force-finance/force-finance.events';
import { budgetItemList, type BudgetItemFact, type ForceFinanceState } from '../force-finance/force-finance.state';
import { contributionsForYear } from './contributions-for-year';
import { moneyFigure, sumFigures, type MoneyFigure } from './figure';
import type { MtfpBudgetItem, MtfpBudgetLine, MtfpContribution, MtfpExpenditure, MtfpExternalSaving, MtfpIncome } from './mtfp-projection';
import { compoundGrowth, type AssumptionName } from './plan-assumptions-for-year';
import { payLineGrowth } from './pay-award-growth';
import { payGroupsForYear } from './pay-groups-for-year';
import { withPayOnCosts } from './pay-on-costs';
import { yearRecurrenceOf } from './external-saving-year-recurrence';
import { categoryGrowth } from './inflation-category-growth';
import { latestYearAtOrBefore } from './recorded-years';
import type { ValidContribution } from './valid-contributions';
import type { ValidExternalSaving } from './valid-external-savings';
import type { Warnings } from './warnings';

const RATE_FOR_KIND: Record<BudgetLineKind, AssumptionName | null> = {
  pay: 'payAward',
  non_pay: 'nonPayInflation',
  income: 'incomeInflation',
  // Debt charges already in the base budget are fixed by past borrowing, not by prices: never inflated.
  capital_financing: null,
};

/**
 * Expenditure and income of one MTFP year.
 *
 * Base budget: the most recent base budget recorded at or before the year (B) is rolled
 * forward: each line × (1 + its rate) for every year after B up to this one – pay lines by the
 * pay award, non-pay by non-pay inflation, income by income inflation. A base budget is the
 * budget of B in B's prices BEFORE B's own items: items from B onwards are added to it, while
 * recurring items from before B are taken to be in it already (recording a new base budget
 * rebases the plan).
 *
 * Items: cost pressures and growth add, savings subtract. An item is costed at the prices of its
 * first year and then moves with its inflation category like the base: by the pay award, by
 * non-pay inflation, or not at all (flat cash, which items recorded before categories existed
 * keep). Recurring items count in their year and every later one; one-off items only in their
 * year. Withdrawn items never count.
 *
 * External savings lines (a force's share of alliance savings) subtract in their own year, and a
 * recurring line (an incremental saving that recurs) in every later year too – the same rule as
 * recurring and one-off budget items. A saving is counted once, from the
 * first year it changes the plan relative to the base budget: the approved base budget of B
 * already reflects every alliance saving of B and earlier, so those lines are listed as
 * `externalSavingsInBaseBudget` and not taken off again (a rebased budget absorbs them).
 *
 * Contributions to alliances' joint units (contributions-for-year.ts) add, one line per
 * alliance; base-budget lines the force marked as replaced by a contribution are left out of
 * pay, non-pay and income from the year the contribution starts, and listed as `linesReplaced`.
 */
export function expenditureForYear(
  facts: ForceFinanceState,
  year: FinancialYear,
  externalSavings: readonly ValidExternalSaving[],
  warnings: Warnings,
  contributions: readonly ValidContribution[] = [],
): { expenditure: MtfpExpenditure; income: MtfpIncome } {
  const baseYear = latestYearAtOrBefore(Object.keys(facts.baseBudgets), year);
  const rolled = rolledForwardLines(facts, year, baseYear, warnings);
  const { counted: joint, kept: lines, replaced } = contributionsForYear(contributions, year, rolled, warnings);
  const items = itemsCountingIn(facts, year, baseYear, warnings);
  const { counted: external, inBase } = externalSavingsIn(externalSavings, year, baseYear, warnings);
  const totalOf = (kind: BudgetLineKind) => sumFigures(lines.filter((l) => l.kind === kind).map((l) => l.amount));
  const totals = expenditureTotals(baseYear, lines, items, external, joint, totalOf('pay'), totalOf('non_pay'));
  const payGroups = withPayOnCosts(facts, year, payGroupsForYear(facts, baseYear, year, lines, warnings));
  return {
    expenditure: {
      ...totals,
      // Pay on-costs (zero without on-cost rates, leaving the total as it was) add to the total.
      total: sumFigures([totals.total, payGroups.total]),
      externalSavingsInBaseBudget: inBase,
      linesReplaced: replaced,
      payGroups: payGroups.groups,
      payOnCosts: payGroups.total,
    },
    income: { lines: lines.filter((l) => l.kind === 'income'), total: totalOf('income') },
  };
}

/** The base budget recorded at or before the year, each line rolled forward by its rate. */
function rolledForwardLines(
  facts: ForceFinanceState,
  year: FinancialYear,
  baseYear: FinancialYear | null,
  warnings: Warnings,
): MtfpBudgetLine[] {
  if (baseYear === null) {
    warnings.add(`No base budget is recorded for ${year} or any earlier year: its expenditure and income lines are taken as zero`);
    return [];
  }
  const base = facts.baseBudgets[baseYear.toString()];
  return base.lines.map((line) => {
    // A non-pay line naming an inflation category moves by the force's rate for it (inflation-category-growth.ts).
    const categorised =
      line.kind === 'non_pay' && line.inflationCategory
        ? categoryGrowth(facts, line.inflationCategory, baseYear, year, `${line.name} (${line.code})`, warnings)
        : null;
    // A pay line naming its pay group moves by the group's awards and drift (pay-award-growth.ts).
    const rate = RATE_FOR_KIND[line.kind];
    const growth =
      categorised ??
      (line.payGroup
        ? payLineGrowth(facts, line.payGroup, baseYear, year, warnings)
        : rate === null
          ? { factor: new Dec(1), sources: [] }
          : compoundGrowth(facts, baseYear, year, rate, warnings));
    return {
      code: line.code,
      name: line.name,
      kind: line.kind,
      baseYear: baseYear.toString(),
      amount: moneyFigure(Money.of(line.amount).times(growth.factor), base.sources, growth.sources),
      ...(line.payGroup ? { payGroup: line.payGroup } : {}),
      ...(categorised ? { inflationCategory: categorised.shown } : {}),
    };
  });
}

const RATE_FOR_INFLATION: Record<ItemInflation, AssumptionName | null> = { pay: 'payAward', non_pay: 'nonPayInflation', none: null };

function itemsCountingIn(
  facts: ForceFinanceState,
  year: FinancialYear,
  baseYear: FinancialYear | null,
  warnings: Warnings,
): MtfpBudgetItem[] {
  return budgetItemList(facts)
    .filter((item) => countsIn(item, year, baseYear))
    .map((item) => {
      const inflation = item.inflation ?? 'none';
      const recorded = moneyFigure(Money.of(item.amount), item.sources);
      const rate = RATE_FOR_INFLATION[inflation];
      const from = FinancialYear.parse(item.fromYear, 'fromYear');
      const categorised =
        inflation === 'non_pay' && item.inflationCategory
          ? categoryGrowth(facts, item.inflationCategory, from, year, `"${item.description}" (${item.itemId})`, warnings)
          : null;
      const growth = categorised ?? (rate ? compoundGrowth(facts, from, year, rate, warnings) : null);
      return {
        itemId: item.itemId,
        kind: item.kind,
        recurrence: item.recurrence,
        fromYear: item.fromYear,
        description: item.description,
        amount: growth ? moneyFigure(recorded.value.times(growth.factor), recorded.sources, growth.sources) : recorded,
        inflation,
        recordedAmount: recorded,
        ...(categorised ? { inflationCategory: categorised.shown } : {}),
      };
    });
}

/**
 * The year's external savings: those counted, and those its base budget (of their year or later)
 * already contains. A one-off line counts in its own year; a recurring line is an increment that
 * counts in its year and every later one. Whether the base budget contains it depends on the
 * increment's own year, so a recurring saving first made after the base year keeps reducing every
 * later year, and one made in or before it is in the base for good. A programme's increments are
 * shown as one line per year, in-year and carried apart.
 */
function externalSavingsIn(
  externalSavings: readonly ValidExternalSaving[],
  year: FinancialYear,
  baseYear: FinancialYear | null,
  warnings: Warnings,
): { counted: MtfpExternalSaving[]; inBase: MtfpExternalSaving[] } {
  const applying = externalSavings.filter((line) => line.year.equals(year) || (line.recurring === true && line.year.isBefore(year)));
  const isInBase = (line: ValidExternalSaving) => baseYear !== null && !line.year.isAfter(baseYear);
  for (const line of applying) if (!isInBase(line) && line.issue !== undefined) warnings.add(line.issue);
  return {
    counted: mergedByCode(
      applying.filter((l) => !isInBase(l)),
      year,
    ),
    inBase: mergedByCode(applying.filter(isInBase), year),
  };
}

/** One MTFP line per code: a one-off line as it is; a recurring programme's increments added up. */
function mergedByCode(lines: readonly ValidExternalSaving[], year: FinancialYear): MtfpExternalSaving[] {
  const byCode = new Map<string, ValidExternalSaving[]>();
  for (const line of lines) byCode.set(line.code, [...(byCode.get(line.code) ?? []), line]);
  return [...byCode.values()].map((group) => {
    const [first] = group;
    const issues = [...new Set(group.flatMap((l) => (l.issue !== undefined ? [l.issue] : [])))];
    const common = {
      code: first.code,
      name: first.name,
      amount: moneyFigure(Money.sum(group.map((l) => l.amount)), ...group.map((l) => l.sources)),
      ...(issues.length > 0 ? { issue: issues.join(' ') } : {}),
      ...(group.every((l) => l.realised) ? { realised: true as const } : {}),
      ...yearRecurrenceOf(group, year),
    };
    if (!group.some((l) => l.recurring)) return common;
    const inYear = group.filter((l) => l.year.equals(year));
    const carried = group.filter((l) => !l.year.equals(year));
    return {
      ...common,
      recurring: {
        inYear: moneyFigure(Money.sum(inYear.map((l) => l.amount)), ...inYear.map((l) => l.sources)),
        carried: moneyFigure(Money.sum(carried.map((l) => l.amount)), ...carried.map((l) => l.sources)),
        fromYears: group.map((l) => l.year.toString()),
      },
    };
  });
}

/** Pay + non-pay + cost pressures + growth − savings − external savings + contributions, citing every source. */
function expenditureTotals(
  baseYear: FinancialYear | null,
  lines: MtfpBudgetLine[],
  items: MtfpBudgetItem[],
  external: MtfpExternalSaving[],
  contributions: MtfpContribution[],
  pay: MoneyFigure,
  nonPay: MoneyFigure,
): Omit<MtfpExpenditure, 'externalSavingsInBaseBudget' | 'linesReplaced' | 'payGroups' | 'payOnCosts'> {
  const itemsOf = (kind: MtfpBudgetItem['kind']) => sumFigures(items.filter((i) => i.kind === kind).map((i) => i.amount));
  const costPressures = itemsOf('cost_pressure');
  const growth = itemsOf('growth');
  const savings = itemsOf('saving');
  const externalSavingsTotal = sumFigures(external.map((e) => e.amount));
  const contributionsTotal = sumFigures(contributions.map((c) => c.amount));
  const total: MoneyFigure = moneyFigure(
    pay.value
      .plus(nonPay.value)
      .plus(costPressures.value)
      .plus(growth.value)
      .minus(savings.value)
      .minus(externalSavingsTotal.value)
      .plus(contributionsTotal.value),
    pay.sources,
    nonPay.sources,
    costPressures.sources,
    growth.sources,
    savings.sources,
    externalSavingsTotal.sources,
    contributionsTotal.sources,
  );
  return {
    baseBudgetYear: baseYear?.toString() ?? null,
    lines: lines.filter((l) => l.kind !== 'income'),
    pay,
    nonPay,
    items,
    costPressures,
    growth,
    savings,
    externalSavings: external,
    externalSavingsTotal,
    contributions,
    contributionsTotal,
    total,
  };
}

function countsIn(item: BudgetItemFact, year: FinancialYear, baseYear: FinancialYear | null): boolean {
  if (item.withdrawn) return false;
  const from = FinancialYear.parse(item.fromYear, 'fromYear');
  if (item.recurrence === 'one_off') return from.equals(year);
  return !from.isAfter(year) && (baseYear === null || !from.isBefore(baseYear));
}
