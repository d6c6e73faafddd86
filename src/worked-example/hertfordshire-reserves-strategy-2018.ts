import { HERTS } from './example-forces';
import { financeOf, type ExampleStep } from './example-step';

const herts = financeOf(HERTS);

/**
 * Hertfordshire's reserves by purpose, as the Home Office reserves guidance (January 2018) asks
 * a PCC to publish them, and the 2016/17 outturn of the base-budget support reserve beside its
 * plan; and DAISU given the pay award (cost pressures and growth inflate with their category). Keyed steps added after the example was first published, in phase 2 (the guidance came
 * in 2018), so the events already recorded keep their meaning and their numbered keys.
 */
export const HERTFORDSHIRE_RESERVES_STRATEGY_2018: readonly ExampleStep[] = [
  {
    ...herts(
      { type: 'CategoriseReservePurpose', reserveId: 'budget-support', purposeCategory: 'within_mtfp' },
      'Police finance reference (Home Office reserves guidance, 2018), purpose (a): Efficiency 2016 plans to use £17.8m of the base-budget support reserve over 2016/17–2019/20, the years of the MTFP',
    ),
    key: 'worked-example:herts:reserves-by-purpose:budget-support',
  },
  {
    ...herts(
      { type: 'CategoriseReservePurpose', reserveId: 'specific-change', purposeCategory: 'within_mtfp' },
      'Police finance reference (Home Office reserves guidance, 2018), purpose (a): Efficiency 2016 earmarks the £9.7m for one-off costs of the collaboration and change programme under way (illustrative: the documents do not say it all falls within the MTFP)',
    ),
    key: 'worked-example:herts:reserves-by-purpose:specific-change',
  },
  {
    ...herts(
      { type: 'CategoriseReservePurpose', reserveId: 'general', purposeCategory: 'contingency' },
      'Police finance reference (Home Office reserves guidance, 2018), purpose (c): the general reserve is held for general contingency; Efficiency 2016 names only the two earmarked reserves, so the general reserve is the rest',
    ),
    key: 'worked-example:herts:reserves-by-purpose:general',
  },
  {
    ...herts(
      {
        type: 'RecordReserveMovement',
        movementId: 'budget-support-2016-17-outturn',
        reserveId: 'budget-support',
        year: '2016/17',
        direction: 'drawdown',
        basis: 'actual',
        amount: '4450000.00',
        supportsRevenueBudget: true,
        description: 'Outturn 2016/17: base-budget support drawn',
      },
      'Illustrative: the 2016/17 outturn is not in the documents; recorded at the £4.45m Efficiency 2016 planned, so the plan and the outturn both show (variance nil)',
    ),
    key: 'worked-example:herts:reserves:budget-support-2016-17-outturn',
  },
  // Not a reserve: the investment Efficiency 2016 costs at 2016/17 prices, given the pay award it never had.
  {
    ...herts(
      { type: 'ReviseBudgetItem', itemId: 'daisu', inflation: 'pay' },
      'Efficiency 2016: the £2.4m domestic abuse investigation unit (DAISU) is officers and staff, costed at 2016/17 prices; like the pay lines it moves with the pay award from 2017/18 (it stayed in flat cash before)',
    ),
    key: 'worked-example:herts:daisu:pay-inflation',
  },
];
