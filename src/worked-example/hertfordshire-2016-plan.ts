import { HERTS } from './example-forces';
import { financeOf, type ExampleStep } from './example-step';
import { HERTFORDSHIRE_2016_FUNDING_AND_RESERVES } from './hertfordshire-2016-funding';

const herts = financeOf(HERTS);

/** Hertfordshire's 2015/16 base budget lines as first recorded (bch-contributions.ts re-records them with its BCH line apart). */
export const HERTS_2015_16_LINES = [
  { code: 'officer-pay', name: 'Police officers (1,929 FTE at March 2016)', kind: 'pay' as const, amount: '103000000.00' },
  { code: 'staff-pay', name: 'Police staff (1,247 FTE at March 2016)', kind: 'pay' as const, amount: '45000000.00' },
  { code: 'pcso-pay', name: 'PCSOs (221 FTE at March 2016)', kind: 'pay' as const, amount: '7000000.00' },
  { code: 'premises', name: 'Premises', kind: 'non_pay' as const, amount: '8000000.00' },
  { code: 'transport', name: 'Transport', kind: 'non_pay' as const, amount: '4000000.00' },
  { code: 'supplies', name: 'Supplies and services', kind: 'non_pay' as const, amount: '17000000.00' },
  { code: 'third-party', name: 'Third-party payments', kind: 'non_pay' as const, amount: '7000000.00' },
  { code: 'capital-financing', name: 'Capital financing', kind: 'non_pay' as const, amount: '3000000.00' },
  { code: 'fees', name: 'Fees and charges', kind: 'income' as const, amount: '5500000.00' },
  { code: 'specific-grants', name: 'Specific grants', kind: 'income' as const, amount: '7861000.00' },
  { code: 'pcso-partners', name: "Partners' funding for PCSOs", kind: 'income' as const, amount: '700000.00' },
];

/**
 * Hertfordshire's medium-term financial plan as it stood in 2016 (Efficiency 2016): the plan
 * period 2015/16–2019/20, a 2015/16 base budget rolled forward by the assumptions, the 2016/17
 * investments and savings, funding, the precept and the reserves.
 *
 * The published figures are recorded as published. The line detail of the budget is not
 * published, so lines and assumptions are illustrative and say so; two illustrative items are
 * chosen so that the MTFP's net revenue expenditure (which includes Hertfordshire's share of the
 * BCH alliance's cashable savings, recorded in bch-alliance.ts) is the £187.0m (2016/17) and
 * £190.0m (2019/20) that HMIC's collaboration percentages imply. Funding, precept and reserves
 * follow in hertfordshire-2016-funding.ts.
 */
export const HERTFORDSHIRE_2016_PLAN: readonly ExampleStep[] = [
  herts(
    { type: 'SetPlanPeriod', firstYear: '2015/16', lastYear: '2019/20' },
    'Efficiency 2016: the medium-term financial plan covers 2016/17–2019/20; 2015/16 is recorded too, as the base year',
  ),
  herts(
    {
      type: 'SetBaseBudget',
      year: '2015/16',
      lines: [...HERTS_2015_16_LINES],
    },
    'Illustrative: the line detail of the 2015/16 budget is not published (FTEs from Efficiency 2016, figure 4). Lines chosen so that 2015/16 net revenue expenditure, with the £61,000 PCSO item, is £180.0m – the figure Organisational Support cost shares are based on – and in whole £m where they are inflated, so the rolled-forward plan stays exact to the penny',
  ),
  ...(['2016/17', '2017/18', '2018/19', '2019/20'] as const).map((year) =>
    herts(
      {
        type: 'SetPlanAssumptions',
        year,
        payAward: '0.01',
        nonPayInflation: '0.02',
        incomeInflation: '0',
        grantChange: year === '2016/17' ? '0' : '-0.01',
        taxBaseGrowth: '0.01',
      },
      `Illustrative: assumptions for ${year} are not published. Pay award 1 % (the public sector pay policy of the time), non-pay inflation 2 %, fees frozen, core and formula grant down 1 % a year once no settlement is known, tax base growth 1 %`,
    ),
  ),

  // Cost pressures, investments and savings (flat cash; recurring ones persist).
  herts(
    {
      type: 'AddBudgetItem',
      itemId: 'pcso-funding-offset',
      kind: 'cost_pressure',
      fromYear: '2015/16',
      amount: '61000.00',
      recurrence: 'recurring',
      description: 'Net investment to offset council PCSO funding withdrawn',
    },
    'Efficiency 2016: net investment of £0.061m in 2015/16 to offset withdrawn council funding for PCSOs',
  ),
  herts(
    {
      type: 'AddBudgetItem',
      itemId: 'daisu',
      kind: 'growth',
      fromYear: '2016/17',
      amount: '2400000.00',
      recurrence: 'recurring',
      description: 'Domestic abuse investigation and safeguarding unit (DAISU)',
    },
    'Efficiency 2016: £2.4m investment in the domestic abuse investigation unit, part of the £4.16m planned investments for 2016/17',
  ),
  herts(
    {
      type: 'AddBudgetItem',
      itemId: 'sexual-offences-team',
      kind: 'growth',
      fromYear: '2016/17',
      amount: '450000.00',
      recurrence: 'recurring',
      description: 'Sexual offences team: provisional budget increase made permanent',
    },
    'Efficiency 2016: the sexual offences team’s provisional £0.45m budget increase made permanent',
  ),
  herts(
    {
      type: 'AddBudgetItem',
      itemId: 'investigations-management-unit',
      kind: 'growth',
      fromYear: '2016/17',
      amount: '370000.00',
      recurrence: 'recurring',
      description: 'Investigations management unit',
    },
    'Efficiency 2016: £0.37m for the investigations management unit',
  ),
  herts(
    {
      type: 'AddBudgetItem',
      itemId: 'investments-2016-other',
      kind: 'growth',
      fromYear: '2016/17',
      amount: '940000.00',
      recurrence: 'recurring',
      description: 'Other planned investments: cyber crime, forensics and public contact',
    },
    'Efficiency 2016: planned investments of £4.16m in 2016/17 (cyber, forensics, DAISU, public contact); £0.94m is what remains after the three investments named (£2.4m + £0.45m + £0.37m), not itemised further',
  ),
  herts(
    {
      type: 'AddBudgetItem',
      itemId: 'cost-pressures-2016',
      kind: 'cost_pressure',
      fromYear: '2016/17',
      amount: '5410000.00',
      recurrence: 'recurring',
      description: 'Unavoidable cost pressures 2016/17 (national insurance, increments, pensions)',
    },
    'Illustrative: the 2016/17 cost pressures are not itemised in the documents; chosen so that 2016/17 net revenue expenditure is £187.0m, the figure HMIC’s collaboration percentages imply (£48.8m is 26.1 %)',
  ),
  herts(
    {
      type: 'AddBudgetItem',
      itemId: 'motor-insurance',
      kind: 'saving',
      fromYear: '2016/17',
      amount: '150000.00',
      recurrence: 'recurring',
      description: 'Motor insurance saving (consortium)',
    },
    'Efficiency 2016: £0.15m saving on motor insurance through a consortium – part of the 2016/17 savings proposal',
  ),
  herts(
    {
      type: 'AddBudgetItem',
      itemId: 'savings-2016-other',
      kind: 'saving',
      fromYear: '2016/17',
      amount: '2920487.81',
      recurrence: 'recurring',
      description: 'Savings proposal 2016/17: the rest of the £4.9m',
    },
    "Efficiency 2016: overall savings proposal for 2016/17 of £4.9m (collaboration close to half). Less the £0.15m motor insurance saving and Hertfordshire's shares of the BCH programmes' 2016/17 savings (£1,829,512.19, which the MTFP shows as their own lines), so the plan's 2016/17 savings total exactly £4.9m",
  ),
  herts(
    {
      type: 'AddBudgetItem',
      itemId: 'savings-2017',
      kind: 'saving',
      fromYear: '2017/18',
      amount: '2500000.00',
      recurrence: 'recurring',
      description: 'Savings to be delivered 2017/18',
    },
    'Illustrative: the plan’s savings for 2017/18 are not itemised in the documents',
  ),
  herts(
    {
      type: 'AddBudgetItem',
      itemId: 'savings-2018',
      kind: 'saving',
      fromYear: '2018/19',
      amount: '2841321.31',
      recurrence: 'recurring',
      description: 'Savings to be delivered 2018/19',
    },
    'Illustrative: the plan’s savings for 2018/19 are not itemised in the documents; chosen so that 2019/20 net revenue expenditure is £190.0m, the figure HMIC’s collaboration percentages imply (£62.3m is 32.8 %)',
  ),
  ...HERTFORDSHIRE_2016_FUNDING_AND_RESERVES,
];
