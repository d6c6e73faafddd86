import type { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import type { ForceFinanceState, SpecificGrantFact } from '../force-finance/force-finance.state';
import { formatPounds } from '../force-finance/format-pounds';
import { moneyFigure, sumFigures, type MoneyFigure } from './figure';
import type { MtfpExpenditure, MtfpFundedBy, MtfpSpecificGrant } from './mtfp-projection';
import type { Warnings } from './warnings';
import { onCostName, onCostSpend, withOnCostFunding } from './on-cost-grants';

/**
 * The specific and ring-fenced grants of one MTFP year, each its own funding line: the year's
 * record of each grant, never an earlier year's (a specific grant is announced each year; a grant
 * recorded for the year before and not for this one is warned of). A grant tied to spend shows
 * that spend in the year (a base-budget line as rolled forward, or a budget item in the year's
 * prices; zero when it does not count in the year), and the spend shows the grant as `fundedBy`.
 * Where ring-fenced grants come to more than the spend they fund, a warning says so: the rest
 * cannot fund the general budget. They fund specific spend, not the precept: the council tax
 * requirement does not move with them.
 */
export function specificGrantsForYear(
  facts: ForceFinanceState,
  year: FinancialYear,
  expenditure: MtfpExpenditure,
  warnings: Warnings,
): { grants: MtfpSpecificGrant[]; expenditure: MtfpExpenditure } {
  const recorded = Object.values(facts.specificGrants?.[year.toString()] ?? {});
  warnNotCarried(facts, year, warnings);
  const grants = recorded.map((fact) => grantLine(fact, expenditure));
  warnRingFencedUnspent(grants, year, warnings);
  return { grants, expenditure: withOnCostFunding(withFundedBy(expenditure, grants), grants, year, warnings) };
}

function grantLine(fact: SpecificGrantFact, expenditure: MtfpExpenditure): MtfpSpecificGrant {
  const line: MtfpSpecificGrant = {
    grantId: fact.grantId,
    name: fact.name,
    kind: fact.kind,
    amount: moneyFigure(Money.of(fact.amount), fact.sources),
    funds: null,
  };
  if (fact.fundsBudgetLine !== undefined) {
    const spent = expenditure.lines.find((l) => l.code === fact.fundsBudgetLine);
    const name = spent?.name ?? expenditure.linesReplaced.find((l) => l.code === fact.fundsBudgetLine)?.name ?? fact.fundsBudgetLine;
    line.funds = { budgetLine: fact.fundsBudgetLine, name, spend: spent ? spent.amount : moneyFigure(Money.ZERO) };
  } else if (fact.fundsItem !== undefined) {
    const item = expenditure.items.find((i) => i.itemId === fact.fundsItem);
    line.funds = { item: fact.fundsItem, name: item?.description ?? fact.fundsItem, spend: item ? item.amount : moneyFigure(Money.ZERO) };
  } else if (fact.fundsOnCost !== undefined) {
    const onCost = { group: fact.fundsOnCost.group, onCost: fact.fundsOnCost.onCost };
    line.funds = { onCost, name: onCostName(onCost), spend: onCostSpend(onCost, expenditure) };
  }
  if (fact.conditions !== undefined) line.conditions = fact.conditions;
  return line;
}

function warnNotCarried(facts: ForceFinanceState, year: FinancialYear, warnings: Warnings): void {
  const before = year.previous();
  const thisYear = facts.specificGrants?.[year.toString()] ?? {};
  for (const grant of Object.values(facts.specificGrants?.[before.toString()] ?? {})) {
    if (thisYear[grant.grantId]) continue;
    warnings.add(
      `${grant.name} (${grant.grantId}) is recorded for ${before} but not for ${year}: a specific grant is announced each year and is not carried forward, so ${year} has none`,
    );
  }
}

/** Ring-fenced grants tied to one spend, together, against that spend. */
function warnRingFencedUnspent(grants: readonly MtfpSpecificGrant[], year: FinancialYear, warnings: Warnings): void {
  const byTarget = new Map<string, MtfpSpecificGrant[]>();
  for (const grant of grants) {
    // A grant tied to an on-cost is checked against it in on-cost-grants.ts, whatever its kind.
    if (grant.kind !== 'ring_fenced' || grant.funds === null || grant.funds.onCost !== undefined) continue;
    const key = targetKey(grant);
    byTarget.set(key, [...(byTarget.get(key) ?? []), grant]);
  }
  for (const tied of byTarget.values()) {
    const total = sumFigures(tied.map((g) => g.amount)).value;
    const { name, spend } = tied[0].funds as NonNullable<MtfpSpecificGrant['funds']>;
    if (!total.greaterThan(spend.value)) continue;
    const names = tied.map((g) => g.name).join(' and ');
    warnings.add(
      `Ring-fenced ${names} of ${formatPounds(total)} in ${year} is more than the spend it funds (${name}, ${formatPounds(spend.value)}): ${formatPounds(total.minus(spend.value))} is unspent, and ring-fenced money cannot fund the general budget`,
    );
  }
}

function targetKey(grant: MtfpSpecificGrant): string {
  return grant.funds?.budgetLine !== undefined ? `line:${grant.funds.budgetLine}` : `item:${grant.funds?.item ?? ''}`;
}

/** The expenditure with each funded line and item showing the grants that fund it. */
function withFundedBy(expenditure: MtfpExpenditure, grants: readonly MtfpSpecificGrant[]): MtfpExpenditure {
  const tied = grants.filter((g) => g.funds !== null);
  if (tied.length === 0) return expenditure;
  const fundedBy = (key: string): MtfpFundedBy[] =>
    tied.filter((g) => targetKey(g) === key).map((g) => ({ grantId: g.grantId, name: g.name, kind: g.kind, amount: g.amount }));
  const annotate = <T extends object>(entry: T, key: string): T => {
    const by = fundedBy(key);
    return by.length > 0 ? { ...entry, fundedBy: by } : entry;
  };
  return {
    ...expenditure,
    lines: expenditure.lines.map((l) => annotate(l, `line:${l.code}`)),
    items: expenditure.items.map((i) => annotate(i, `item:${i.itemId}`)),
  };
}

/** The grants' total for the funding section. */
export function specificGrantsTotal(grants: readonly MtfpSpecificGrant[]): MoneyFigure {
  return sumFigures(grants.map((g) => g.amount));
}
