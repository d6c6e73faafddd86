import { BCH_ALLIANCE, BCH_FORCES, HERTS } from './example-forces';
import { allianceOf, financeOf, type ExampleStep } from './example-step';
import { UNIT_PROGRAMMES } from './bch-alliance';

const bch = allianceOf(BCH_ALLIANCE, BCH_FORCES);
const herts = financeOf(HERTS);

/**
 * The joint units' savings recur: each year's figure is a permanent reduction of the forces'
 * budgets from that year. Efficiency 2016 says Organisational Support's £0.7m realised was taken
 * out of the 2015/16 budget (a base-budget reduction, not a one-off), and Plan 2019 (footnote 32)
 * adds the units' yearly savings up to £15.0m "since 2012/13" – savings still being made. So the
 * 2016 plan carries them into 2019/20 although the business cases stop at 2018/19.
 *
 * Recorded as their own keyed steps (SavingsRecurrenceSet.v1), after the programmes, so the
 * events already recorded for the programmes keep their meaning and numbered keys.
 * The wider collaboration programme (collaboration-2016) is left as recorded (one-off): Efficiency
 * 2016 gives its figures as forecasts per period without saying whether they recur.
 */
const UNIT_SAVINGS_RECUR: readonly ExampleStep[] = Object.values(UNIT_PROGRAMMES).map((p) => ({
  ...bch(
    {
      type: 'SetSavingsRecurrence',
      programmeCode: p.programmeCode,
      recurrence: 'recurring',
      reason:
        'Efficiency 2016: organisational-support savings realised were taken out of the 2015/16 budget; Plan 2019 (footnote 32) adds the units’ savings up since 2012/13. Unit savings are permanent budget reductions',
    },
    `Efficiency 2016 and Plan 2019 (footnote 32): ${p.name} are permanent reductions of the forces' budgets, so each year's saving recurs`,
  ),
  key: `worked-example:bch:${p.programmeCode}:recurring`,
}));

/**
 * Hertfordshire's own savings items for 2017/18 and 2018/19 are illustrative, chosen so that
 * 2019/20 net revenue expenditure is HMIC's £190.0m when the unit savings counted in their year
 * only. Carried, Hertfordshire's share of the units' 2016/17–2018/19 savings takes
 * £2,936,341.47 more off 2019/20, so the force's own savings needed are that much smaller:
 * £2,500,000.00 + £2,841,321.31 − £2,936,341.47 = £2,404,979.84, all from 2017/18 (the 2018/19
 * item is withdrawn). 2016/17 (£187.0m) does not move.
 */
const HERTS_SAVINGS_RECALIBRATED: readonly ExampleStep[] = [
  {
    ...herts(
      { type: 'ReviseBudgetItem', itemId: 'savings-2017', amount: '2404979.84' },
      'Illustrative: with the BCH unit savings carried into later years, the plan’s own 2017/18 savings that give HMIC’s £190.0m 2019/20 net revenue expenditure are £2,404,979.84',
    ),
    key: 'worked-example:herts:savings-2017:with-unit-savings-carried',
  },
  {
    ...herts(
      { type: 'WithdrawBudgetItem', itemId: 'savings-2018' },
      'Illustrative: with the BCH unit savings carried into later years, no further own savings are needed in 2018/19 for HMIC’s £190.0m 2019/20 net revenue expenditure',
    ),
    key: 'worked-example:herts:savings-2018:with-unit-savings-carried',
  },
];

export const BCH_SAVINGS_RECURRENCE: readonly ExampleStep[] = [...UNIT_SAVINGS_RECUR, ...HERTS_SAVINGS_RECALIBRATED];
