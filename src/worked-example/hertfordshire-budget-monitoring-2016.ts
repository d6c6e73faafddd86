import { HERTS } from './example-forces';
import { financeOf, type ExampleStep } from './example-step';

const herts = financeOf(HERTS);

/**
 * Hertfordshire's 2016/17 budget monitoring: forecasts at month 6 (September) and month 9
 * (December), then the year-end actual, each beside the 2016/17 budget of the 2016 plan (NRE
 * £187.0m). Illustrative: the monitoring reports are not in the documents. Keyed phase-2 steps,
 * so the plan's figures – and the numbered keys of the steps before them – do not move.
 */
export const HERTFORDSHIRE_BUDGET_MONITORING_2016: readonly ExampleStep[] = [
  {
    ...herts(
      {
        type: 'RecordForecastOutturn',
        year: '2016/17',
        asAtMonth: 6,
        lines: [{ code: 'officer-pay', amount: '59309300.00' }],
        items: [{ itemId: 'daisu', amount: '2100000.00' }],
      },
      'Illustrative: month 6 budget monitoring is not published; officer overtime £0.8m over the £58.5m budget and DAISU £0.3m under its £2.4m while posts are filled, a £0.5m overspend',
    ),
    key: 'worked-example:herts:forecast-outturn:2016-17:m6',
  },
  {
    ...herts(
      {
        type: 'RecordForecastOutturn',
        year: '2016/17',
        asAtMonth: 9,
        lines: [
          { code: 'officer-pay', amount: '59109300.00' },
          { code: 'fees', amount: '5700000.00' },
        ],
        items: [{ itemId: 'daisu', amount: '2100000.00' }],
      },
      'Illustrative: month 9 budget monitoring is not published; overtime down to £0.6m over, fees £0.2m above the £5.5m budgeted, DAISU still £0.3m under: a £0.1m overspend',
    ),
    key: 'worked-example:herts:forecast-outturn:2016-17:m9',
  },
  {
    ...herts(
      {
        type: 'RecordOutturn',
        year: '2016/17',
        lines: [
          { code: 'officer-pay', amount: '58909300.00' },
          { code: 'supplies', amount: '16940000.00' },
          { code: 'fees', amount: '5650000.00' },
        ],
        items: [{ itemId: 'daisu', amount: '2200000.00' }],
      },
      'Illustrative: the 2016/17 outturn by line is not in the documents; officer pay £0.4m over, supplies £0.4m under, fees £0.15m above budget, DAISU £0.2m under: a £0.35m underspend',
    ),
    key: 'worked-example:herts:outturn:2016-17',
  },
];
