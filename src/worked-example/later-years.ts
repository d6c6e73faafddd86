import { BCH_ALLIANCE, BCH_FORCES, HERTS } from './example-forces';
import { allianceOf, financeOf, type ExampleStep } from './example-step';
import { UNIT_PROGRAMMES } from './bch-alliance';
import { HERTS_2019_20_SAVINGS_IN_BUDGET, HERTS_2019_20_WITH_BCH_LINE } from './bch-contributions';
import { HERTFORDSHIRE_RESERVES_STRATEGY_2018 } from './hertfordshire-reserves-strategy-2018';
import { HERTFORDSHIRE_BUDGET_MONITORING_2016 } from './hertfordshire-budget-monitoring-2016';
import { HERTFORDSHIRE_PENSIONS_GRANT_2019 } from './hertfordshire-pensions-grant-2019';
import { HERTFORDSHIRE_PAY_MODEL_2019 } from './hertfordshire-pay-model-2019';
import { HERTFORDSHIRE_CAPITAL_PROGRAMME } from './hertfordshire-capital-programme';
import { BCH_ONE_OFF_SAVING_2020 } from './bch-one-off-saving-2020';
import { HERTFORDSHIRE_ENERGY_FUEL_2019 } from './hertfordshire-energy-fuel-2019';

const herts = financeOf(HERTS);
const bch = allianceOf(BCH_ALLIANCE, BCH_FORCES);

function realised(year: '2016/17' | '2017/18' | '2018/19'): ExampleStep[] {
  return Object.values(UNIT_PROGRAMMES).map((p) =>
    bch(
      { type: 'RecordRealisedSavings', programmeCode: p.programmeCode, year, amount: p.realised[year], evidence: `Outturn ${year}` },
      `Illustrative: Plan 2019 (footnote 32) gives only the totals realised since 2012/13 (Joint Protective Services £8.9m, Organisational and Operational Support £6.1m); the split by year is not published`,
    ),
  );
}

/**
 * What was decided after the 2016 plan, in the order it happened: the precepts for 2017/18 and
 * 2018/19, the unit savings realised, and the 2019/20 budget as the PCC set it in 2019 (Plan
 * 2019). Recorded as later events, so the MTFP as at the end of the 2016 plan still shows that
 * plan (net revenue expenditure £190.0m for 2019/20), while the latest shows the 2019/20 budget
 * (net budget £203.4m): two moments in time, both reproducible.
 */
export const LATER_YEARS: readonly ExampleStep[] = [
  // 2017
  herts(
    { type: 'RecordPrecept', year: '2017/18', bandD: '152.00', status: 'approved' },
    'Police finance reference: Band D £152.00 in 2017/18, the +£5 rise Efficiency 2016 set out as an option',
  ),
  ...realised('2016/17'),

  // 2018
  herts(
    { type: 'RecordTaxBase', year: '2018/19', bandDEquivalents: '441500' },
    'Implied by the police finance reference: +£12 on Band D raised £5.298m in 2018/19, i.e. 441,500 Band D equivalents',
  ),
  herts(
    { type: 'RecordPrecept', year: '2018/19', bandD: '164.00', status: 'approved' },
    'Police finance reference: +£12 on Band D in 2018/19 (the most the £12 referendum principle allowed), so £164.00 – in place of the +£5 the 2016 plan assumed',
  ),
  herts(
    {
      type: 'AddBudgetItem',
      itemId: 'officer-growth-2018',
      kind: 'growth',
      fromYear: '2018/19',
      amount: '5298000.00',
      recurrence: 'recurring',
      description: 'Police officer growth of 3.5 %',
    },
    'Plan 2019: officer strength grew 3.5 % in 2018/19, to 1,980.73 FTE. Illustrative cost: the £5.298m the +£12 Band D rise raised',
  ),
  ...realised('2017/18'),

  // 2019
  ...realised('2018/19'),
  {
    ...herts(
      {
        type: 'SetBaseBudget',
        year: '2019/20',
        lines: [
          { code: 'officers-and-staff', name: 'Police officers and staff', kind: 'pay', amount: '184500000.00' },
          { code: 'supplies', name: 'Supplies, contracted services, premises and vehicles', kind: 'non_pay', amount: '31200000.00' },
          { code: 'opcc', name: 'Office of the Police and Crime Commissioner', kind: 'non_pay', amount: '1600000.00' },
          { code: 'funded-initiatives', name: 'Funded initiatives', kind: 'non_pay', amount: '3800000.00' },
          { code: 'fees', name: 'Fees and charges', kind: 'income', amount: '7500000.00' },
          { code: 'other-government-grants', name: 'Other government grants', kind: 'income', amount: '4800000.00' },
          { code: 'pcso-partners', name: "Partners' funding for PCSOs", kind: 'income', amount: '700000.00' },
        ],
      },
      "Plan 2019, tables 1–3: the 2019/20 budget as published (gross £221.1m; net revenue expenditure £208.1m, of which £4.7m from reserves; supplies £31.2m). It rebases the plan: Hertfordshire's share of the BCH savings of 2019/20 and earlier is already in it, so the MTFP does not take it off again",
    ),
    // An earlier edition recorded supplies at £31,866,666.67 to offset the MTFP taking the 2019/20
    // BCH savings off a budget that already contained them; a store holding it records this as a correction.
    key: 'worked-example:herts:base-budget-2019-20:as-published',
    replacesNumberedStep: true,
  },
  HERTS_2019_20_WITH_BCH_LINE,
  HERTS_2019_20_SAVINGS_IN_BUDGET,
  herts(
    {
      type: 'RecordGrantSettlement',
      year: '2019/20',
      coreGrant: '67300000.00',
      formulaGrant: '39100000.00',
      legacyCouncilTaxGrants: '12300000.00',
      otherGeneralGrants: '0.00',
    },
    'Plan 2019: Central Government Funding £118.7m in 2019/20 (illustrative split between police grant, formula grant and legacy council tax grants)',
  ),
  herts(
    { type: 'RecordTaxBase', year: '2019/20', bandDEquivalents: '447340.42553' },
    'Illustrative: the 2019/20 tax base is not in the documents; chosen so that £188.00 Band D raises Plan 2019’s £84.1m council tax precept to the penny (£84,100,000.00)',
  ),
  herts({ type: 'RecordCollectionFund', year: '2019/20', amount: '600000.00' }, 'Plan 2019: collection fund £0.6m in 2019/20'),
  herts(
    { type: 'RecordPrecept', year: '2019/20', bandD: '188.00', status: 'approved' },
    'Illustrative: the 2019/20 Band D is not in the documents; £188.00 is the full +£24 the 2019/20 referendum principle allowed (Plan 2019: still the 4th lowest police element of council tax in the country)',
  ),
  herts(
    {
      type: 'RecordReserveMovement',
      movementId: 'general-2019-20',
      reserveId: 'general',
      year: '2019/20',
      direction: 'drawdown',
      basis: 'planned',
      amount: '250000.00',
      supportsRevenueBudget: true,
      description: 'Use of reserves in the 2019/20 budget, beyond the base-budget support drawdown',
    },
    'Plan 2019: use of reserves £4.7m in 2019/20. £4.45m is the base-budget support drawdown planned in 2016; the other £0.25m is taken here from the general reserve (illustrative: the split is not published)',
  ),
  ...HERTFORDSHIRE_RESERVES_STRATEGY_2018,
  ...HERTFORDSHIRE_BUDGET_MONITORING_2016,
  ...HERTFORDSHIRE_PENSIONS_GRANT_2019,
  ...HERTFORDSHIRE_PAY_MODEL_2019,
  ...HERTFORDSHIRE_CAPITAL_PROGRAMME,
  ...BCH_ONE_OFF_SAVING_2020,
  ...HERTFORDSHIRE_ENERGY_FUEL_2019,
];
