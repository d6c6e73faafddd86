import { FinancialYear } from '../../common/financial-year';
import { Money } from '../../common/money';
import {
  budgetItemList,
  type BudgetItemFact,
  type ForceFinanceState,
  type PlanPeriodFact,
  type PreceptYearFact,
  type ReserveFact,
} from '../force-finance.state';
import { effectiveMovements, reserveBalances } from '../reserve-balances';

/**
 * A force's recorded finance facts as a finance officer reads them: years in order, money to the
 * penny (half-up), rates and tax bases exactly as recorded, and every fact with the ids of the
 * events that recorded it. No projection: the MTFP endpoint projects.
 */

const pence = (amount: string) => Money.of(amount).toPence();
const byYear = <T extends { year: string }>(record: Record<string, T>): T[] =>
  Object.values(record).sort((a, b) => (a.year < b.year ? -1 : a.year > b.year ? 1 : 0));
/** Keyed by year, then something else (pay awards: year, then pay group). */
const byYearKey = <T>(record: Record<string, T>): T[] =>
  Object.keys(record)
    .sort()
    .map((year) => record[year]);

export function forceFinanceSummary(facts: ForceFinanceState) {
  return {
    planPeriod: facts.planPeriod
      ? { firstYear: facts.planPeriod.firstYear, lastYear: facts.planPeriod.lastYear, sources: facts.planPeriod.sources }
      : null,
    baseBudgets: byYear(facts.baseBudgets).map((budget) => {
      const total = (kind: string) => Money.sum(budget.lines.filter((l) => l.kind === kind).map((l) => Money.of(l.amount)));
      const pay = total('pay');
      const nonPay = total('non_pay');
      const income = total('income');
      return {
        year: budget.year,
        lines: budget.lines.map((line) => ({ code: line.code, name: line.name, kind: line.kind, amount: pence(line.amount) })),
        totals: { pay: pay.toPence(), nonPay: nonPay.toPence(), income: income.toPence(), net: pay.plus(nonPay).minus(income).toPence() },
        sources: budget.sources,
      };
    }),
    assumptions: byYear(facts.assumptions).map((a) => ({
      year: a.year,
      payAward: a.payAward,
      nonPayInflation: a.nonPayInflation,
      incomeInflation: a.incomeInflation,
      grantChange: a.grantChange,
      taxBaseGrowth: a.taxBaseGrowth,
      sources: a.sources,
    })),
    budgetItems: budgetItemList(facts).map(budgetItemSummary),
    grantSettlements: byYear(facts.grantSettlements).map((g) => ({
      year: g.year,
      coreGrant: pence(g.coreGrant),
      formulaGrant: pence(g.formulaGrant),
      legacyCouncilTaxGrants: pence(g.legacyCouncilTaxGrants),
      otherGeneralGrants: pence(g.otherGeneralGrants),
      total: Money.sum([g.coreGrant, g.formulaGrant, g.legacyCouncilTaxGrants, g.otherGeneralGrants].map((a) => Money.of(a))).toPence(),
      sources: g.sources,
    })),
    taxBases: byYear(facts.taxBases).map((t) => ({
      year: t.year,
      bandDEquivalents: t.bandDEquivalents,
      ...(t.billingAuthorities ? { billingAuthorities: t.billingAuthorities } : {}),
      sources: t.sources,
    })),
    collectionFunds: byYear(facts.collectionFunds).map((c) => ({ year: c.year, amount: pence(c.amount), sources: c.sources })),
    precepts: byYear(facts.precepts).map(preceptSummary),
    /** How Band D moves in years whose precept is not set; a year with none is a freeze. */
    preceptAssumptions: byYear(facts.preceptAssumptions ?? {}).map((a) => ({ year: a.year, ...a.assumption, sources: a.sources })),
    /** Each pay group's award by year (effective month, incremental drift). */
    payAwards: byYearKey(facts.payAwards ?? {}).flatMap((ofYear) => Object.values(ofYear)),
    /** Employer on-cost rates by the year they start; none: pay lines include their on-costs. */
    payOnCostRates: byYear(facts.payOnCostRates ?? {}),
    /** Each pay group's establishment (FTE) by the year it starts. */
    establishments: byYearKey(facts.establishments ?? {}).flatMap((ofYear) => Object.values(ofYear)),
    reserves: facts.reserves.map((reserve) => reserveSummary(reserve, facts.planPeriod)),
    minimumGeneralReserve: facts.minimumGeneralReserve
      ? { shareOfNre: facts.minimumGeneralReserve.shareOfNre, sources: facts.minimumGeneralReserve.sources }
      : null,
    /** Specific and ring-fenced grants, a record per grant and year (the latest; withdrawn years gone). */
    specificGrants: Object.keys(facts.specificGrants ?? {})
      .sort()
      .flatMap((year) => Object.values(facts.specificGrants[year]).map((g) => ({ ...g, amount: pence(g.amount) }))),
  };
}

export function budgetItemSummary(item: BudgetItemFact) {
  return {
    itemId: item.itemId,
    kind: item.kind,
    fromYear: item.fromYear,
    amount: pence(item.amount),
    recurrence: item.recurrence,
    description: item.description,
    withdrawn: item.withdrawn,
    /** pay, non_pay or none (flat cash): how it moves after its first year. */
    inflation: item.inflation ?? 'none',
    /** The item's addition, then each revision and its withdrawal, oldest first. */
    sources: item.sources,
  };
}

function preceptSummary(precept: PreceptYearFact) {
  const bandD = (fact: { bandD: string; sources: string[] } | null) => (fact ? { bandD: pence(fact.bandD), sources: fact.sources } : null);
  return {
    year: precept.year,
    approved: bandD(precept.approved),
    proposed: bandD(precept.proposed),
    history: precept.history.map((h) => ({ status: h.status, bandD: pence(h.bandD), sources: h.sources })),
  };
}

/** A reserve with its movements and its balance year by year through the end of the plan period. */
export function reserveSummary(reserve: ReserveFact, plan: PlanPeriodFact | null) {
  const through = FinancialYear.parse(plan?.lastYear ?? reserve.asAtYear, 'lastYear');
  return {
    reserveId: reserve.reserveId,
    name: reserve.name,
    kind: reserve.kind,
    purpose: reserve.purpose,
    /** Under the Home Office reserves guidance (2018); null when never recorded. */
    purposeCategory: reserve.purposeCategory?.value ?? null,
    asAtYear: reserve.asAtYear,
    openingBalance: pence(reserve.openingBalance),
    sources: reserve.sources,
    movements: reserve.movements.map((m) => ({
      movementId: m.movementId,
      year: m.year,
      direction: m.direction,
      basis: m.basis,
      amount: pence(m.amount),
      supportsRevenueBudget: m.supportsRevenueBudget,
      description: m.description,
      // False for a planned movement once an actual one in the same year and direction replaces it.
      counts: effectiveMovements(reserve, m.year).includes(m),
      sources: m.sources,
    })),
    balances: reserveBalances(reserve, through).map((y) => ({
      year: y.year,
      opening: y.opening.value.toPence(),
      contributions: y.contributions.value.toPence(),
      drawdowns: y.drawdowns.value.toPence(),
      closing: y.closing.value.toPence(),
    })),
  };
}

export type ForceFinanceSummary = ReturnType<typeof forceFinanceSummary>;
export type BudgetItemSummary = ReturnType<typeof budgetItemSummary>;
export type ReserveSummary = ReturnType<typeof reserveSummary>;
