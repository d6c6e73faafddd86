import { BCH_ALLIANCE, BEDS, CAMBS, HERTS } from './example-forces';
import { contributionReplacesOf, financeOf, type ExampleForce, type ExampleStep } from './example-step';
import { HERTS_2015_16_LINES } from './hertfordshire-2016-plan';

/**
 * The members' contributions to the BCH joint units reach their MTFPs (issue 11, point 5). Each
 * force's budget already paid for its share of the units inside its own lines, so each re-records
 * its 2015/16 base budget with that share as a line of its own, "BCH joint units" – the same
 * total, so its 2015/16 net revenue budget (what Organisational Support's shares are fixed on)
 * is unchanged – and marks that line as replaced by its contribution: from 2015/16, the first
 * year of the units' budgets, its MTFP shows its share of each unit's budget instead.
 *
 * The 2015/16 contributions (bch-alliance.ts: JPS £28.0m at 30/30/40 %, Operational Support
 * £38.0m at 25/30/45 %, Organisational Support £39.0m at 25/32/43 %):
 *   Bedfordshire   8,400,000 +  9,500,000 +  9,750,000 = 27,650,000
 *   Cambridgeshire 8,400,000 + 11,400,000 + 12,480,000 = 32,280,000
 *   Hertfordshire 11,200,000 + 17,100,000 + 16,770,000 = 45,070,000   (Σ £105.0m, the three budgets)
 * Added after the example was first published, so the steps carry their own keys.
 */
const BCH_LINE = { code: 'bch-joint-units', name: 'BCH joint units (the force’s share, budgeted before the units’ own budgets)' };
const ILLUSTRATIVE_SPLIT =
  'Illustrative (the documents do not split a force’s budget by joint unit): the 2015/16 base budget with the force’s share of the BCH joint units’ 2015/16 budgets as a line of its own, taken out of pay; the same total';

function rebudget(
  force: ExampleForce,
  lines: { code: string; name: string; kind: 'pay' | 'non_pay' | 'income'; amount: string }[],
): ExampleStep {
  return {
    ...financeOf(force)({ type: 'SetBaseBudget', year: '2015/16', lines }, `${ILLUSTRATIVE_SPLIT} (${force.name})`),
    key: `worked-example:${force.code}:base-budget-2015-16:bch-line`,
  };
}

function marks(force: ExampleForce, budgetLines: { code: string; kind: string; year: string }[]): ExampleStep {
  return contributionReplacesOf(force, BCH_ALLIANCE)(
    { lineCodes: [BCH_LINE.code], budgetLines },
    `Illustrative: ${force.name}'s "BCH joint units" line is its share of the units' costs, now taken from the units' budgets (its contribution), so the line is left out of its MTFP from 2015/16 and nothing is counted twice`,
    `worked-example:${force.code}:${BCH_ALLIANCE}:contribution-replaces`,
  );
}

const lineOf = (amount: string) => ({ ...BCH_LINE, kind: 'pay' as const, amount });
const linesOfYear = (lines: readonly { code: string; kind: string }[], year: string) =>
  lines.map((l) => ({ code: l.code, kind: l.kind, year }));

const BEDS_2015_16 = [
  { code: 'pay', name: 'Police officers and staff', kind: 'pay' as const, amount: '52350000.00' },
  lineOf('27650000.00'),
  { code: 'non-pay', name: 'Non-pay', kind: 'non_pay' as const, amount: '25000000.00' },
  { code: 'income', name: 'Fees, charges and specific grants', kind: 'income' as const, amount: '5000000.00' },
];
const CAMBS_2015_16 = [
  { code: 'pay', name: 'Police officers and staff', kind: 'pay' as const, amount: '67720000.00' },
  lineOf('32280000.00'),
  { code: 'non-pay', name: 'Non-pay', kind: 'non_pay' as const, amount: '38000000.00' },
  { code: 'income', name: 'Fees, charges and specific grants', kind: 'income' as const, amount: '8000000.00' },
];
/** Hertfordshire's officer pay £103.0m less its £45.07m share of the units. */
export const HERTS_2015_16 = [
  ...HERTS_2015_16_LINES.map((l) => (l.code === 'officer-pay' ? { ...l, amount: '57930000.00' } : l)),
  lineOf('45070000.00'),
];

/**
 * With its contribution in place of the line, Hertfordshire's plan follows the units' budgets,
 * which grow faster than the line rolled forward by the pay award: NRE rises by
 *   2016/17 48,000,000 − 45,070,000 × 1.01   = 2,479,300.00
 *   2017/18 52,800,000 − 45,070,000 × 1.01²  = 6,824,093.00
 *   2018/19 56,900,000 − 45,070,000 × 1.01³  = 10,464,333.93
 *   2019/20 61,000,000 − 45,070,000 × 1.01⁴  = 14,099,977.27 (14,099,977.2693)
 * Hertfordshire's illustrative items are re-chosen so that the plan's NRE does not move in any
 * year (£187.0m in 2016/17, £190.0m in 2019/20, as HMIC's percentages imply): 2016/17 cost
 * pressures 5,410,000 − 2,479,300 = 2,930,700; then more savings of its own for each year's
 * further rise – 2017/18 6,824,093.00 − 2,479,300 = 4,344,793.00 (savings-2017 2,404,979.84 to
 * 6,749,772.84, see bch-savings-recurrence.ts); 2018/19 10,464,333.93 − 6,824,093.00 =
 * 3,640,240.93; 2019/20 14,099,977.27 − 10,464,333.93 = 3,635,643.34 – leaving 2019/20 at
 * 189,999,999.9993, £190.0m to the penny. The 2019/20 budget as set in 2019 contains its 2019/20
 * savings, so that item is withdrawn with it (later-years.ts).
 */
const herts = financeOf(HERTS);
const RECHOSEN =
  'Illustrative: re-chosen now that the MTFP takes Hertfordshire’s contributions from the BCH units’ budgets (bch-contributions.ts)';
const keyed = (step: ExampleStep, what: string): ExampleStep => ({ ...step, key: `worked-example:herts:${what}:with-bch-contributions` });
const unitSavings = (year: '2018/19' | '2019/20', amount: string): ExampleStep =>
  keyed(
    herts(
      {
        type: 'AddBudgetItem',
        itemId: `savings-${year.slice(0, 4)}-units`,
        kind: 'saving',
        fromYear: year,
        amount,
        recurrence: 'recurring',
        description: `Savings to be delivered ${year} to meet the joint units’ budgets`,
      },
      `${RECHOSEN}, so that ${year} net revenue expenditure does not move`,
    ),
    `savings-${year.slice(0, 4)}-units`,
  );
const HERTS_RECALIBRATED: readonly ExampleStep[] = [
  keyed(
    herts(
      { type: 'ReviseBudgetItem', itemId: 'cost-pressures-2016', amount: '2930700.00' },
      `${RECHOSEN}, so that 2016/17 net revenue expenditure is still £187.0m (£48.8m is 26.1 %)`,
    ),
    'cost-pressures-2016',
  ),
  keyed(
    herts(
      { type: 'ReviseBudgetItem', itemId: 'savings-2017', amount: '6749772.84' },
      `${RECHOSEN}, so that 2017/18 net revenue expenditure does not move`,
    ),
    'savings-2017',
  ),
  unitSavings('2018/19', '3640240.93'),
  unitSavings('2019/20', '3635643.34'),
];

/** In phase 2: the 2019/20 budget as set contains the 2019/20 savings the 2016 plan planned. */
export const HERTS_2019_20_SAVINGS_IN_BUDGET: ExampleStep = keyed(
  herts(
    { type: 'WithdrawBudgetItem', itemId: 'savings-2019-units' },
    'Plan 2019: the 2019/20 budget as set contains the savings the 2016 plan still had to make in 2019/20 (illustrative), so they are not taken off it again',
  ),
  'savings-2019-units:in-2019-20-budget',
);

export const BCH_CONTRIBUTIONS: readonly ExampleStep[] = [
  rebudget(BEDS, BEDS_2015_16),
  marks(BEDS, linesOfYear(BEDS_2015_16, '2015/16')),
  rebudget(CAMBS, CAMBS_2015_16),
  marks(CAMBS, linesOfYear(CAMBS_2015_16, '2015/16')),
  rebudget(HERTS, HERTS_2015_16),
  marks(HERTS, linesOfYear(HERTS_2015_16, '2015/16')),
  ...HERTS_RECALIBRATED,
];

/**
 * The 2019/20 budget as published (Plan 2019) pays for Hertfordshire's share of the units inside
 * "Police officers and staff" (£184.5m): re-recorded with that share, its 2019/20 contribution of
 * £61.0m (JPS £40.0m × 40 % + Operational Support £52.0m × 45 % + Organisational Support £49.2m ×
 * 180/410 = 16.0 + 23.4 + 21.6), as the "BCH joint units" line its contribution replaces, so the
 * published total and net revenue expenditure (£208.1m) stand.
 */
export const HERTS_2019_20_WITH_BCH_LINE: ExampleStep = {
  ...herts(
    {
      type: 'SetBaseBudget',
      year: '2019/20',
      lines: [
        { code: 'officers-and-staff', name: 'Police officers and staff (less the BCH joint units)', kind: 'pay', amount: '123500000.00' },
        lineOf('61000000.00'),
        { code: 'supplies', name: 'Supplies, contracted services, premises and vehicles', kind: 'non_pay', amount: '31200000.00' },
        { code: 'opcc', name: 'Office of the Police and Crime Commissioner', kind: 'non_pay', amount: '1600000.00' },
        { code: 'funded-initiatives', name: 'Funded initiatives', kind: 'non_pay', amount: '3800000.00' },
        { code: 'fees', name: 'Fees and charges', kind: 'income', amount: '7500000.00' },
        { code: 'other-government-grants', name: 'Other government grants', kind: 'income', amount: '4800000.00' },
        { code: 'pcso-partners', name: "Partners' funding for PCSOs", kind: 'income', amount: '700000.00' },
      ],
    },
    'Plan 2019, tables 1–3: the 2019/20 budget as published (police officers and staff £184.5m, supplies £31.2m, gross £221.1m, net revenue expenditure £208.1m), with officers and staff shown as £123.5m of its own and £61.0m, its 2019/20 share of the BCH joint units (illustrative: the split is not published; the share follows from the units’ illustrative budgets), which its contribution replaces',
  ),
  key: 'worked-example:herts:base-budget-2019-20:bch-line',
};
