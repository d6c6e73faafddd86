import { BCH_ALLIANCE, BCH_FORCES } from './example-forces';
import { allianceOf, type ExampleStep } from './example-step';

const bch = allianceOf(BCH_ALLIANCE, BCH_FORCES);

/**
 * The members' 2015/16 net revenue budgets as their MTFPs state them (the NRE of each MTFP's
 * 2015/16 year, before alliance lines: pay + non-pay − income, and Hertfordshire's base budget):
 * the figures Organisational Support's shares from 2016/17 are worked out on. A spec checks they
 * are the MTFPs' own figures.
 */
export const ORG_SHARE_BASIS_NRE = [
  { force: 'beds', year: '2015/16', nre: '100000000.00' },
  { force: 'cambs', year: '2015/16', nre: '130000000.00' },
  { force: 'herts', year: '2015/16', nre: '180000000.00' },
] as const;

/**
 * The board fixes Organisational Support's shares for each year it has set a budget for, on the
 * 2015/16 net revenue budgets (Hertfordshire 180/410 = 43.9 %), as an s22A agreement fixes the
 * year's contributions when the budget is set. Added after the example was first published, so
 * the steps carry their own keys; a store holding the earlier edition records them as new.
 * Without them, a later restatement of a member's 2015/16 budget would move the shares.
 */
export const BCH_ORG_SHARES_FIXED: readonly ExampleStep[] = ['2016/17', '2017/18', '2018/19', '2019/20'].map((year) => ({
  ...bch(
    { type: 'FixUnitShares', unitCode: 'org', year, reason: sharesReason(year), shareBasisNre: [...ORG_SHARE_BASIS_NRE] },
    sharesReason(year),
  ),
  key: `worked-example:${BCH_ALLIANCE}:org:shares:${year}`,
}));

function sharesReason(year: string): string {
  return `Illustrative (apportionment rates are not published; BCH's s22A agreements fix them when the budget is set): Organisational Support's ${year} shares fixed on the forces' 2015/16 net revenue budgets, £100.0m, £130.0m, £180.0m`;
}
