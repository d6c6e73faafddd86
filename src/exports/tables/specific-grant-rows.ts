import { unionBy, type YearSheet } from '../year-sheet';
import type { MtfpYearJson } from './mtfp-year-json';

/**
 * One Funding-sheet line per specific grant, years across (blank in a year it has none), counted
 * in Total funding; the label names the spend it funds. Returns the rows the total is over.
 */
export function specificGrantRows(s: YearSheet, years: readonly MtfpYearJson[]): number[] {
  return unionBy(
    years.map((y) => y.funding.specificGrants),
    (g) => g.grantId,
  ).map(({ key, first }) => {
    const funds = first.funds ? ` – funds ${first.funds.name}` : '';
    const kind = first.kind === 'ring_fenced' ? 'ring-fenced grant' : 'specific grant';
    return s.line(
      `${first.name}${funds}`,
      `specificGrants/${key}`,
      kind,
      years.map((y) => y.funding.specificGrants.find((g) => g.grantId === key)?.amount.value ?? null),
    );
  });
}
