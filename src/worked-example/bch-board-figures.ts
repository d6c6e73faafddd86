import { BCH_ALLIANCE, BCH_FORCES } from './example-forces';
import { allianceOf, type ExampleStep } from './example-step';
import { COLLABORATION_PROGRAMME, UNIT_PROGRAMMES } from './bch-alliance';

const bch = allianceOf(BCH_ALLIANCE, BCH_FORCES);

/**
 * The BCH board's figures beside its savings: costs to achieve, variance explanations (the 2016
 * plan, phase 1) and the units' 2016/17 outturns (recorded after that year ended, phase 2).
 * Keyed steps, so the numbered keys of the steps before them do not move.
 *
 * Efficiency 2016 gives one cost to achieve: a £0.6m budget for contract staff, consultancy and
 * assurance in the collaboration change programme, a one-off change cost that Hertfordshire's
 * plan draws from its £9.7m specific change reserve (hertfordshire-2016-funding.ts). The rest is
 * illustrative and says so.
 */
export const BCH_BOARD_FIGURES_2016: readonly ExampleStep[] = [
  {
    ...bch(
      { type: 'SetProgrammeCostsToAchieve', programmeCode: COLLABORATION_PROGRAMME, year: '2016/17', amount: '600000.00' },
      'Efficiency 2016: £0.6m budget for contract staff, consultancy and assurance in the collaboration change programme, a one-off cost funded from the £9.7m specific change reserve (recorded as the programme’s 2016/17 cost to achieve, shared as its savings are)',
    ),
    key: 'worked-example:bch:collaboration-2016:costs-to-achieve:2016-17',
  },
  {
    ...bch(
      { type: 'SetProgrammeCostsToAchieve', programmeCode: COLLABORATION_PROGRAMME, year: '2017/18', amount: '250000.00' },
      'Illustrative: the documents give no costs to achieve after 2016/17; £0.25m for 2017/18 shows costs netted off a later year',
    ),
    key: 'worked-example:bch:collaboration-2016:costs-to-achieve:2017-18',
  },
  ...(['2017/18', '2018/19', '2019/20'] as const).map((year) => ({
    ...bch(
      {
        type: 'ExplainSavingsVariance',
        programmeCode: COLLABORATION_PROGRAMME,
        year,
        explanation: 'Savings released more slowly than expected: the 2017/18–2019/20 forecast fell from £6.1m to £5.3m',
      },
      `Efficiency 2016: the collaboration savings forecast for 2017/18–2019/20 was revised from £6.1m to £5.3m, savings being released more slowly than expected (${year})`,
    ),
    key: `worked-example:bch:collaboration-2016:variance-explanation:${year.replace('/', '-')}`,
  })),
  {
    ...bch(
      {
        type: 'ExplainSavingsVariance',
        programmeCode: UNIT_PROGRAMMES.jps.programmeCode,
        year: '2012/13',
        explanation: 'First year of the joint unit: posts came out later in the year than the business case assumed',
      },
      'Illustrative: the documents give no reason for any year’s variance in the unit programmes',
    ),
    key: 'worked-example:bch:jps-savings:variance-explanation:2012-13',
  },
];

/** The units' 2016/17 outturns against their budgets (£30.0m, £40.0m, £41.0m): illustrative, the outturns are not published. */
export const BCH_UNIT_OUTTURNS: readonly ExampleStep[] = (
  [
    ['jps', '29650000.00'],
    ['ops', '40420000.00'],
    ['org', '40780000.00'],
  ] as const
).map(([unitCode, amount]) => ({
  ...bch(
    { type: 'RecordUnitOutturn', unitCode, year: '2016/17', amount },
    'Illustrative: the units’ outturns are not published; chosen to show an underspend (JPS, Organisational Support) and an overspend (Operational Support) against the 2016/17 budgets',
  ),
  key: `worked-example:bch:${unitCode}:outturn:2016-17`,
}));
