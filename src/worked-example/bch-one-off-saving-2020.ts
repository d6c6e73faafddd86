import { BCH_ALLIANCE, BCH_FORCES } from './example-forces';
import { allianceOf, type ExampleStep } from './example-step';
import { UNIT_PROGRAMMES } from './bch-alliance';

const bch = allianceOf(BCH_ALLIANCE, BCH_FORCES);
const JPS = UNIT_PROGRAMMES.jps.programmeCode;

/**
 * One year of a recurring programme that saves once: Joint Protective Services' savings recur
 * (bch-savings-recurrence.ts), but its 2020/21 figure is planned as a one-off, and 2021/22 as
 * usual (the programme's recurrence). Both are illustrative – the documents stop at 2019/20 – and
 * lie after Hertfordshire's 2019/20 base budget, so no published figure moves: the MTFP takes
 * the one-off off 2020/21 only, and benefits realisation counts it in the cumulative savings
 * delivered but not in 2021/22's effect on budgets. Keyed steps, added after the example was
 * first published.
 */
export const BCH_ONE_OFF_SAVING_2020: readonly ExampleStep[] = [
  {
    ...bch(
      { type: 'PlanSavings', programmeCode: JPS, year: '2020/21', amount: '300000.00', recurrence: 'one_off' },
      'Illustrative: a one-off £0.3m in 2020/21 (say, a year’s rebate on the joint firearms range contract) shows a one-off year in a programme whose savings otherwise recur; not in the documents',
    ),
    key: 'worked-example:bch:jps-savings:2020-21:one-off',
  },
  {
    ...bch(
      { type: 'PlanSavings', programmeCode: JPS, year: '2021/22', amount: '400000.00' },
      'Illustrative: £0.4m in 2021/22, recurring like the rest of the programme, so the year after the one-off shows what carries; not in the documents',
    ),
    key: 'worked-example:bch:jps-savings:2021-22:recurring',
  },
];
