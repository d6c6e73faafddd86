import { HERTS } from './example-forces';
import { financeOf, type ExampleStep } from './example-step';

const herts = financeOf(HERTS);

/** The funding, precept and reserves of Hertfordshire's 2016 plan, after its budget (hertfordshire-2016-plan.ts). */
export const HERTFORDSHIRE_2016_FUNDING_AND_RESERVES: readonly ExampleStep[] = [
  // Funding.
  {
    ...herts(
      {
        type: 'RecordGrantSettlement',
        year: '2015/16',
        coreGrant: '65941000.00',
        formulaGrant: '38350000.00',
        legacyCouncilTaxGrants: '12300000.00',
        otherGeneralGrants: '0.00',
      },
      'Illustrative: the 2015/16 settlement is not in the documents; chosen so that 2015/16 balances against its £180.0m net revenue budget (to within £1, the pence of a fractional tax base)',
    ),
    // An earlier edition chose £64.9m core grant to balance 2015/16 against a budget that took the
    // BCH savings off twice; with savings counted once the year showed a £1,040,999.43 gap.
    key: 'worked-example:herts:grant-settlement-2015-16:balanced',
    replacesNumberedStep: true,
  },
  herts(
    {
      type: 'RecordGrantSettlement',
      year: '2016/17',
      coreGrant: '66400000.00',
      formulaGrant: '39600000.00',
      legacyCouncilTaxGrants: '12300000.00',
      otherGeneralGrants: '0.00',
    },
    'Illustrative: the 2016/17 settlement (police grant, formula grant, legacy council tax grants) is not in the documents',
  ),
  herts(
    { type: 'RecordTaxBase', year: '2015/16', bandDEquivalents: '425578.41' },
    'Implied by Efficiency 2016: the 0.55 % cut in 2016/17 lost £0.346m, so 2015/16 precept income was about £62.9m; at £147.82 that is 425,578.41 Band D equivalents',
  ),
  herts(
    { type: 'RecordTaxBase', year: '2016/17', bandDEquivalents: '431517' },
    'Implied by Efficiency 2016: council tax income rose by £0.524m overall in 2016/17 despite the cut, from more households; at £147.00 that is 431,517 Band D equivalents',
  ),
  herts(
    { type: 'RecordTaxBase', year: '2017/18', bandDEquivalents: '420000' },
    'Implied by Efficiency 2016: +£5 on Band D would raise £2.1m a year, i.e. 420,000 Band D equivalents. HMIC’s £2.1m is rounded, so this sits below the 2016/17 tax base; kept as implied so the £2.1m check holds',
  ),
  herts(
    { type: 'RecordCollectionFund', year: '2015/16', amount: '500000.00' },
    'Illustrative: the 2015/16 collection fund surplus is not in the documents',
  ),
  herts(
    { type: 'RecordCollectionFund', year: '2016/17', amount: '817001.00' },
    'Illustrative: the 2016/17 collection fund surplus is not in the documents; chosen so the 2016/17 budget balances with the £4.45m drawn from the base-budget support reserve (a PCC must set a balanced budget)',
  ),
  herts(
    { type: 'RecordPrecept', year: '2015/16', bandD: '147.82', status: 'approved' },
    'Efficiency 2016 and the police finance reference: Band D £147.82 in 2015/16, frozen since 2010/11',
  ),
  herts(
    { type: 'RecordPrecept', year: '2016/17', bandD: '147.00', status: 'approved' },
    'Efficiency 2016: the precept was cut by 0.55 % in 2016/17, to £147.00 Band D',
  ),
  herts(
    { type: 'RecordPrecept', year: '2017/18', bandD: '152.00', status: 'proposed' },
    'Efficiency 2016: the option of +£5 per Band D household in 2017/18 (raising £2.1m a year), as the 2016 plan assumed it',
  ),
  herts(
    { type: 'RecordPrecept', year: '2018/19', bandD: '157.00', status: 'proposed' },
    'Efficiency 2016: the option of a further +£5 per Band D household in 2018/19, as the 2016 plan assumed it',
  ),
  // A keyed step added later (a precept assumption for every future year): the numbered steps keep their keys.
  {
    ...herts(
      { type: 'SetPreceptAssumption', year: '2019/20', assumption: { kind: 'freeze' } },
      'Illustrative: Efficiency 2016 sets out +£5 options for 2017/18 and 2018/19 only (after no increase in the previous five years); the 2016 plan is taken to freeze Band D in 2019/20',
    ),
    key: 'worked-example:herts:precept-assumption:2019-20',
  },

  // Reserves, as they stood at the end of 2015/16 (£48.3m in total).
  herts(
    {
      type: 'OpenReserve',
      reserveId: 'general',
      name: 'General reserve',
      kind: 'general',
      purpose: 'Unforeseen costs and emergencies',
      openingBalance: '13300000.00',
      asAtYear: '2016/17',
    },
    'Illustrative: Efficiency 2016 gives total reserves of £48.3m at the end of 2015/16; the general reserve is what is left after the two earmarked reserves it names (£48.3m − £25.3m − £9.7m)',
  ),
  herts(
    {
      type: 'OpenReserve',
      reserveId: 'budget-support',
      name: 'Base-budget support reserve',
      kind: 'earmarked',
      purpose: 'Supports the revenue budget while savings are delivered',
      openingBalance: '25300000.00',
      asAtYear: '2016/17',
    },
    'Efficiency 2016: base-budget support reserve £25.3m',
  ),
  herts(
    {
      type: 'OpenReserve',
      reserveId: 'specific-change',
      name: 'Specific change reserve',
      kind: 'earmarked',
      purpose: 'One-off costs of collaboration and change',
      openingBalance: '9700000.00',
      asAtYear: '2016/17',
    },
    'Efficiency 2016: £9.7m earmarked for specific change (one-off collaboration and change costs)',
  ),
  ...(['2016/17', '2017/18', '2018/19', '2019/20'] as const).map((year) =>
    herts(
      {
        type: 'RecordReserveMovement',
        movementId: `budget-support-${year.replace('/', '-')}`,
        reserveId: 'budget-support',
        year,
        direction: 'drawdown',
        basis: 'planned',
        amount: '4450000.00',
        supportsRevenueBudget: true,
        description: 'Planned use to support the revenue budget',
      },
      `Efficiency 2016: planned use of the base-budget support reserve of £17.8m over 2016/17–2019/20, £4.45m a year (${year})`,
    ),
  ),
  herts(
    {
      type: 'RecordReserveMovement',
      movementId: 'specific-change-2016-17',
      reserveId: 'specific-change',
      year: '2016/17',
      direction: 'drawdown',
      basis: 'planned',
      amount: '600000.00',
      supportsRevenueBudget: false,
      description: 'Collaboration change programme: contract staff, consultancy and assurance',
    },
    'Efficiency 2016: £0.6m budget for contract staff, consultancy and assurance in the collaboration change programme, a one-off change cost (illustrative: taken as drawn from the specific change reserve in 2016/17)',
  ),
  herts(
    { type: 'SetMinimumGeneralReserve', shareOfNre: '0.03' },
    'Illustrative: the minimum general reserve policy is not in the documents; 3 % of net revenue expenditure is a common policy',
  ),
];
