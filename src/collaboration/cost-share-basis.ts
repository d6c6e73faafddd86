/**
 * How a joint unit's cost is split between the alliance's members, as stored in
 * CostShareBasisSet.v1. Every figure is a decimal string.
 *  - fixed: agreed shares as decimal fractions ("0.35" is 35 %), summing to exactly 1;
 *  - net_revenue_budget: in proportion to members' net revenue expenditure for a stated year
 *    (supplied at projection time from each member's MTFP);
 *  - population / headcount / usage: in proportion to a measure recorded with the basis.
 * A member not named in a fixed or measured basis bears no share (and the shares say so).
 */
export type MeasureBasisKind = 'population' | 'headcount' | 'usage';
export type CostShareBasisKind = 'fixed' | 'net_revenue_budget' | MeasureBasisKind;

export const COST_SHARE_BASIS_KINDS: readonly CostShareBasisKind[] = ['fixed', 'net_revenue_budget', 'population', 'headcount', 'usage'];
export const MEASURE_BASIS_KINDS: readonly MeasureBasisKind[] = ['population', 'headcount', 'usage'];

export interface FixedShare {
  force: string;
  share: string;
}
export interface MeasureFigure {
  force: string;
  value: string;
}

export type CostShareBasis =
  | { kind: 'fixed'; percentages: FixedShare[] }
  | { kind: 'net_revenue_budget'; year: string }
  | { kind: MeasureBasisKind; figures: MeasureFigure[] };

/** How a basis reads in a message: "fixed shares", "2015/16 net revenue budgets", "population". */
export function describeBasis(basis: CostShareBasis): string {
  switch (basis.kind) {
    case 'fixed':
      return 'fixed shares';
    case 'net_revenue_budget':
      return `${basis.year} net revenue budgets`;
    default:
      return basis.kind;
  }
}
