import { HERTS_2015_16 } from './bch-contributions';
import { HERTS } from './example-forces';
import { financeOf, type ExampleStep } from './example-step';

const herts = financeOf(HERTS);

/**
 * Hertfordshire's capital financing as a line of its own (issue 11): the £3.0m "Capital financing"
 * line of the 2015/16 base budget is re-recorded as debt charges already in the budget (kind
 * capital_financing, never inflated – it was a non-pay line rolled on by 2 % a year), and an
 * illustrative capital programme adds MRP and interest on its borrowing from the year after each
 * scheme's spend. Keyed steps of phase 2, added after the example was first published; the 2016
 * plan as it stood (phase 1) keeps its CPI-inflated line.
 *
 * The MTFP's capital financing line, by hand (interest 3 %, MRP straight-line):
 *   2016/17  3,000,000 + RCCO 60,000                                              = 3,060,000 (as before: 3.0m × 1.02)
 *   2017/18  3,000,000 + MRP 1,000,000 ÷ 20 = 50,000 + interest 1,000,000 × 3 % = 30,000
 *                                                                                  = 3,080,000 (before: 3.0m × 1.02² = 3,121,200)
 *   2018/19  3,000,000 + MRP 50,000 + 1,000,000 ÷ 5 = 200,000
 *            + interest (1,000,000 − 50,000) × 3 % = 28,500 + 1,000,000 × 3 % = 30,000
 *                                                                                  = 3,308,500 (before: 3.0m × 1.02³ = 3,183,624)
 *   2019/20  the published 2019/20 budget rebases the plan: it already holds the charges of the
 *            2016/17 and 2017/18 borrowing, so nothing is added and the published figures stand.
 */
export const HERTFORDSHIRE_CAPITAL_PROGRAMME: readonly ExampleStep[] = [
  {
    ...herts(
      {
        type: 'SetBaseBudget',
        year: '2015/16',
        lines: HERTS_2015_16.map((l) => (l.code === 'capital-financing' ? { ...l, kind: 'capital_financing' as const } : l)),
      },
      'Illustrative: the 2015/16 base budget as before, with its £3.0m capital financing line recorded as debt charges already in the budget (MRP and interest on past borrowing), which do not rise with inflation; the same total',
    ),
    key: 'worked-example:herts:base-budget-2015-16:capital-financing-line',
  },
  {
    ...herts(
      { type: 'SetCapitalFinancingAssumptions', year: '2016/17', interestRate: '0.03', mrpMethod: 'straight_line' },
      'Illustrative: 3 % on new borrowing (about the PWLB rate of 2016), minimum revenue provision straight-line over the asset’s life from the year after the spend',
    ),
    key: 'worked-example:herts:capital-financing-assumptions-2016-17',
  },
  {
    ...herts(
      {
        type: 'RecordCapitalScheme',
        schemeId: 'estates-2016',
        name: 'Estates and custody improvements',
        year: '2016/17',
        cost: '2060000.00',
        funding: {
          capitalGrant: '500000.00',
          capitalReceipts: '500000.00',
          revenueContribution: '60000.00',
          reserves: '0.00',
          borrowing: '1000000.00',
        },
        assetLifeYears: 20,
      },
      'Illustrative: the capital programme is not in the documents. A £2.06m estates scheme funded by £0.5m police capital grant, £0.5m receipts, £1.0m borrowing over a 20-year life and a £60,000 revenue contribution – the £3.0m × 2 % the capital financing line no longer inflates by, so 2016/17 NRE stays at the £187.0m HMIC’s percentages imply',
    ),
    key: 'worked-example:herts:capital-scheme:estates-2016',
  },
  {
    ...herts(
      {
        type: 'RecordCapitalScheme',
        schemeId: 'fleet-2017',
        name: 'Vehicle fleet replacement',
        year: '2017/18',
        cost: '1500000.00',
        funding: {
          capitalGrant: '0.00',
          capitalReceipts: '300000.00',
          revenueContribution: '0.00',
          reserves: '200000.00',
          reserveId: 'specific-change',
          borrowing: '1000000.00',
        },
        assetLifeYears: 5,
      },
      'Illustrative: a £1.5m fleet replacement funded by £0.3m vehicle sales, £0.2m from the specific change reserve and £1.0m borrowing over the vehicles’ five-year life',
    ),
    key: 'worked-example:herts:capital-scheme:fleet-2017',
  },
];
