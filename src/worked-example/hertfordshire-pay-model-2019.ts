import type { BaseBudgetLine } from '../force-finance/force-finance.events';
import { HERTS_2019_20_WITH_BCH_LINE } from './bch-contributions';
import { HERTS } from './example-forces';
import { financeOf, type ExampleStep } from './example-step';
import { PENSIONS_GRANT_2019_20 } from './hertfordshire-pensions-grant-2019';

const herts = financeOf(HERTS);

/**
 * Hertfordshire's own officers, staff and PCSOs in the 2019/20 budget, before on-costs
 * (illustrative: Plan 2019 publishes only "police officers and staff £184.5m", of which £61.0m is
 * the BCH joint units' line). Chosen so that pay and on-costs come to the £123.5m of its own the
 * budget holds, to the penny, at the rates below:
 *   officers £60.5m × (1 + 31.0 % pension + 10 % NI) = £85,305,000
 *   staff £24.5m and PCSOs £5.0m × (1 + 18 % LGPS + 10 % NI) = £37,760,000
 *   apprenticeship levy (£90.0m − £3m) × 0.5 % = £435,000
 *   £85,305,000 + £37,760,000 + £435,000 = £123,500,000.
 */
export const HERTS_2019_20_PAY_BY_GROUP: readonly BaseBudgetLine[] = [
  { code: 'officer-pay', name: 'Police officers (own, before on-costs)', kind: 'pay', amount: '60500000.00', payGroup: 'officers' },
  { code: 'staff-pay', name: 'Police staff (own, before on-costs)', kind: 'pay', amount: '24500000.00', payGroup: 'staff' },
  { code: 'pcso-pay', name: 'PCSOs (before on-costs)', kind: 'pay', amount: '5000000.00', payGroup: 'pcsos' },
];

/** The 2019/20 budget with "Police officers and staff (less the BCH joint units)" split by pay group; every other line as before. */
const linesWithGroups = (): BaseBudgetLine[] => {
  const { lines } = HERTS_2019_20_WITH_BCH_LINE.command as { lines: BaseBudgetLine[] };
  return lines.flatMap((line) => (line.code === 'officers-and-staff' ? HERTS_2019_20_PAY_BY_GROUP : [line]));
};

const STAFF_RATES = { staffPension: '0.18', employerNationalInsurance: '0.1' };

/**
 * The pay model of the 2019/20 budget (keyed phase-2 steps, added after the example was first
 * published, so the numbered steps keep their keys): pay by group before on-costs; the officers'
 * employer pension rising from 21.3 % to 31.0 % in April 2019; each group's establishment; and the
 * pensions grant, recorded again, now set against the officers' employer pension it helps fund
 * (it superseded its tie to the whole pay line). Net revenue expenditure (£208.1m), funding
 * (£203.4m) and the gap stay as published: the £184.5m of pay always included its on-costs.
 */
export const HERTFORDSHIRE_PAY_MODEL_2019: readonly ExampleStep[] = [
  {
    ...herts(
      { type: 'SetBaseBudget', year: '2019/20', lines: linesWithGroups() },
      'Plan 2019, tables 1–3: the 2019/20 budget as published (police officers and staff £184.5m, of which £61.0m the BCH joint units; supplies £31.2m; net revenue expenditure £208.1m), with its own £123.5m of pay shown by pay group before on-costs – officers £60.5m, staff £24.5m, PCSOs £5.0m (illustrative: the split is not published; chosen so that pay and on-costs at the 2019/20 rates come to the £123.5m exactly)',
    ),
    key: 'worked-example:herts:base-budget-2019-20:pay-by-group',
  },
  {
    ...herts(
      { type: 'SetPayOnCostRates', year: '2018/19', officersPension: '0.213', ...STAFF_RATES },
      'mtfp-practice (Pay): the police officers’ scheme employer rate was 21.3 % of pay until 2018/19. The LGPS rate for staff and PCSOs (18 %) and employer national insurance as an effective 10 % of pay are illustrative (each fund’s valuation; NI thresholds left to the effective rate)',
    ),
    key: 'worked-example:herts:pay-on-costs-2018-19',
  },
  {
    ...herts(
      { type: 'SetPayOnCostRates', year: '2019/20', officersPension: '0.31', ...STAFF_RATES },
      'mtfp-practice (Pay): the police officers’ scheme employer rate rose to 31.0 % of pay from April 2019 (the 2016 valuation). LGPS 18 % and NI 10 % as in 2018/19 (illustrative)',
    ),
    key: 'worked-example:herts:pay-on-costs-2019-20',
  },
  {
    ...herts(
      { type: 'SetEstablishment', year: '2019/20', group: 'officers', fte: '1430' },
      'Illustrative: the establishment of the force’s own officers in the 2019/20 budget (£60.5m, about £42,300 each before on-costs). Plan 2019 gives 1,980.73 FTE officers in all, those in the BCH joint units included, and does not publish the split',
    ),
    key: 'worked-example:herts:establishment-2019-20:officers',
  },
  {
    ...herts(
      { type: 'SetEstablishment', year: '2019/20', group: 'staff', fte: '880' },
      'Illustrative: the establishment of the force’s own police staff in the 2019/20 budget (£24.5m, about £27,800 each before on-costs); Efficiency 2016 gives 1,247 FTE staff at March 2016, those in the BCH joint units included',
    ),
    key: 'worked-example:herts:establishment-2019-20:staff',
  },
  {
    ...herts(
      { type: 'SetEstablishment', year: '2019/20', group: 'pcsos', fte: '190' },
      'Illustrative: the PCSO establishment in the 2019/20 budget (£5.0m, about £26,300 each before on-costs); Efficiency 2016 gives 221 FTE PCSOs at March 2016',
    ),
    key: 'worked-example:herts:establishment-2019-20:pcsos',
  },
  {
    ...herts(
      {
        type: 'RecordSpecificGrant',
        grantId: 'pensions-grant',
        name: 'Police pensions grant',
        kind: 'specific',
        year: '2019/20',
        amount: PENSIONS_GRANT_2019_20,
        fundsOnCost: { group: 'officers', onCost: 'pension' },
        conditions: 'Towards the officer employer pension contribution of 31.0 % from April 2019 (21.3 % before)',
      },
      'Illustrative, as first recorded (£2.0m within Plan 2019’s £118.7m central government funding), now tied to what it funds: the officers’ employer pension, which rose from 21.3 % to 31.0 % in April 2019 (mtfp-practice: partly met by a Home Office pensions grant, a specific grant)',
    ),
    key: 'worked-example:herts:pensions-grant-2019-20:officers-pension',
  },
];
