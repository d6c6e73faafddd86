/**
 * A force's contribution to an alliance's joint units in one year, as it reaches the force's
 * MTFP: its share of each unit's budget (the collaboration capability works it out; see
 * collaboration/alliance-contribution-lines.ts). The MTFP engine adds it to expenditure and, when
 * the force has marked base-budget lines the contribution replaces, leaves those lines out from
 * the year the contribution starts, so nothing is counted twice.
 */
export interface ContributionLine {
  /** Stable code, one per alliance: "alliance:bch:contributions". */
  code: string;
  /** What a finance officer reads: "Contribution to BCH strategic alliance joint units". */
  name: string;
  /** Financial year, "2016/17". */
  year: string;
  /** The force's contribution in pounds, an exact decimal string: the sum of `units`. */
  amount: string;
  /** The force's part of each unit's budget for the year. */
  units: { code: string; name: string; amount: string; sources: string[] }[];
  /** Every event behind the figure: unit budgets, bases, shares fixed, memberships. */
  sources: string[];
  /** Set when a unit's share could not be worked out; that unit is then left out (visibly). */
  issue?: string;
  /**
   * The force's own base-budget lines this contribution replaces (ContributionReplacesBudgetLines):
   * left out of its expenditure from `fromYear`, the first year the force contributes to the
   * alliance's units.
   */
  replaces?: { lineCodes: string[]; fromYear: string; reason: string; sources: string[] };
}
