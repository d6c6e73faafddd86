import type { CostShareBasis } from '../collaboration/cost-share-basis';
import { BCH_ALLIANCE, BCH_FORCES, HERTS } from './example-forces';
import { acceptsInvitation, allianceOf, collaborationSpendOf, nationalCollaborationAverage, type ExampleStep } from './example-step';

const bch = allianceOf(BCH_ALLIANCE, BCH_FORCES);
const hertsSpend = collaborationSpendOf(HERTS);

const fixed = (beds: string, cambs: string, herts: string): CostShareBasis => ({
  kind: 'fixed',
  percentages: [
    { force: 'beds', share: beds },
    { force: 'cambs', share: cambs },
    { force: 'herts', share: herts },
  ],
});

type UnitCode = 'jps' | 'ops' | 'org';
const UNIT_BUDGETS: Record<UnitCode, Record<string, string>> = {
  jps: { '2015/16': '28000000.00', '2016/17': '30000000.00', '2017/18': '33000000.00', '2018/19': '36500000.00', '2019/20': '40000000.00' },
  ops: { '2015/16': '38000000.00', '2016/17': '40000000.00', '2017/18': '44000000.00', '2018/19': '48000000.00', '2019/20': '52000000.00' },
  org: { '2015/16': '39000000.00', '2016/17': '41000000.00', '2017/18': '45100000.00', '2018/19': '47150000.00', '2019/20': '49200000.00' },
};

/**
 * The unit savings programmes since 2012/13: the business case (planned) for 2012/13–2018/19
 * and what was realised. Plan 2019 gives only the totals realised since 2012/13 – Joint
 * Protective Services £8.9m, Organisational and Operational Support £6.1m – so the years, the
 * plans and the split of the £6.1m (Organisational Support £3.6m, Operational Support £2.5m) are
 * illustrative; Organisational Support's £0.7m realised in 2015/16 and £0.5m expected in 2016/17
 * are from Efficiency 2016. Realisations up to 2015/16 were known in 2016; later ones are
 * recorded as later events (later-years.ts).
 */
export const UNIT_PROGRAMMES = {
  jps: {
    programmeCode: 'jps-savings',
    name: 'Joint Protective Services savings',
    planned: {
      '2012/13': '1200000.00',
      '2013/14': '1400000.00',
      '2014/15': '1400000.00',
      '2015/16': '1400000.00',
      '2016/17': '1300000.00',
      '2017/18': '1300000.00',
      '2018/19': '1300000.00',
    },
    realised: {
      '2012/13': '1000000.00',
      '2013/14': '1400000.00',
      '2014/15': '1500000.00',
      '2015/16': '1400000.00',
      '2016/17': '1300000.00',
      '2017/18': '1200000.00',
      '2018/19': '1100000.00',
    },
  },
  org: {
    programmeCode: 'org-savings',
    name: 'Organisational Support savings',
    planned: {
      '2012/13': '400000.00',
      '2013/14': '500000.00',
      '2014/15': '600000.00',
      '2015/16': '700000.00',
      '2016/17': '500000.00',
      '2017/18': '600000.00',
      '2018/19': '600000.00',
    },
    realised: {
      '2012/13': '300000.00',
      '2013/14': '500000.00',
      '2014/15': '600000.00',
      '2015/16': '700000.00',
      '2016/17': '500000.00',
      '2017/18': '500000.00',
      '2018/19': '500000.00',
    },
  },
  ops: {
    programmeCode: 'ops-savings',
    name: 'Operational Support savings',
    planned: {
      '2012/13': '200000.00',
      '2013/14': '300000.00',
      '2014/15': '400000.00',
      '2015/16': '400000.00',
      '2016/17': '400000.00',
      '2017/18': '500000.00',
      '2018/19': '500000.00',
    },
    realised: {
      '2012/13': '200000.00',
      '2013/14': '300000.00',
      '2014/15': '400000.00',
      '2015/16': '400000.00',
      '2016/17': '400000.00',
      '2017/18': '400000.00',
      '2018/19': '400000.00',
    },
  },
} as const satisfies Record<
  UnitCode,
  { programmeCode: string; name: string; planned: Record<string, string>; realised: Record<string, string> }
>;

const REALISED_BY_2016 = ['2012/13', '2013/14', '2014/15', '2015/16'] as const;

const UNIT_PROGRAMME_SOURCES: Record<UnitCode, string> = {
  jps: 'Plan 2019 (footnote 32): £8.9m realised by Joint Protective Services since 2012/13',
  org: 'Plan 2019 (footnote 32): £6.1m realised by Organisational and Operational Support since 2012/13, of which Organisational Support £3.6m (illustrative split)',
  ops: 'Plan 2019 (footnote 32): £6.1m realised by Organisational and Operational Support since 2012/13, of which Operational Support £2.5m (illustrative split)',
};

/** The alliance's collaboration savings programme in the 2016 plan (Efficiency 2016). */
export const COLLABORATION_PROGRAMME = 'collaboration-2016';
const FORECAST_REVISION_REASON = 'Savings released more slowly than expected';

function unitProgrammeSteps(unit: UnitCode): ExampleStep[] {
  const p = UNIT_PROGRAMMES[unit];
  const source = UNIT_PROGRAMME_SOURCES[unit];
  return [
    bch(
      {
        type: 'StartSavingsProgramme',
        programmeCode: p.programmeCode,
        name: p.name,
        unitCode: unit,
        cashable: true,
        startYear: '2012/13',
        owner: 'BCH strategic alliance board',
      },
      `${source}. One programme per joint unit, so its savings are shared by that unit's cost shares`,
    ),
    ...Object.entries(p.planned).map(([year, amount]) =>
      bch(
        { type: 'PlanSavings', programmeCode: p.programmeCode, year, amount },
        unit === 'org' && year === '2016/17'
          ? 'Efficiency 2016: a further £0.5m organisational-support saving expected in 2016/17'
          : `Illustrative: the business case for ${year} is not published`,
      ),
    ),
    ...REALISED_BY_2016.map((year) =>
      bch(
        { type: 'RecordRealisedSavings', programmeCode: p.programmeCode, year, amount: p.realised[year], evidence: `Outturn ${year}` },
        unit === 'org' && year === '2015/16'
          ? 'Efficiency 2016: £0.7m organisational-support collaboration savings realised and taken out of the 2015/16 budget'
          : `Illustrative: ${source}; the split by year is not published`,
      ),
    ),
  ];
}

/**
 * The BCH strategic alliance as it stood in 2016: its members, the three joint units each led by
 * one force, how their costs are shared, their budgets, the savings programmes, and
 * Hertfordshire's collaboration outside the units with the national averages beside it.
 *
 * Unit budgets and shares are not published; they are chosen (and labelled) so that
 * Hertfordshire's collaboration with police partners is HMIC's £48.8m in 2016/17 and £62.3m in
 * 2019/20: 2016/17 JPS £30.0m × 40 % + Operational Support £40.0m × 45 % + Organisational Support
 * £41.0m × 180/410 + £0.8m regional = £12.0m + £18.0m + £18.0m + £0.8m; 2019/20 £40.0m × 40 % +
 * £52.0m × 45 % + £49.2m × 180/410 + £1.3m = £16.0m + £23.4m + £21.6m + £1.3m.
 */
export const BCH_ALLIANCE_2016: readonly ExampleStep[] = [
  bch(
    {
      type: 'FormAlliance',
      name: 'BCH strategic alliance',
      members: [
        { force: 'beds', fromYear: '2012/13' },
        { force: 'cambs', fromYear: '2012/13' },
        { force: 'herts', fromYear: '2012/13' },
      ],
    },
    'Efficiency 2016: the strategic alliance of Bedfordshire, Cambridgeshire and Hertfordshire; members from 2012/13, when Plan 2019 counts its savings from',
  ),
  // Membership takes the force's consent: each force's finance team accepts the invitation.
  ...BCH_FORCES.map((force) =>
    acceptsInvitation(BCH_ALLIANCE, force, `Efficiency 2016: ${force.name} is a member of the BCH strategic alliance from 2012/13`),
  ),
  bch(
    { type: 'EstablishUnit', unitCode: 'jps', name: 'Joint Protective Services', leadForce: 'beds', category: 'protective_services' },
    'Efficiency 2016: Bedfordshire leads joint protective services (roads policing, dogs, firearms, major crime) for all three forces',
  ),
  bch(
    { type: 'EstablishUnit', unitCode: 'ops', name: 'Operational Support', leadForce: 'herts', category: 'operational_support' },
    'Efficiency 2016: Hertfordshire leads operational support (public contact, custody, criminal justice, firearms and explosives licensing)',
  ),
  bch(
    { type: 'EstablishUnit', unitCode: 'org', name: 'Organisational Support', leadForce: 'cambs', category: 'organisational_support' },
    'Efficiency 2016: Cambridgeshire leads organisational support (HR, ICT, information management, estates, finance)',
  ),
  bch(
    { type: 'SetCostShareBasis', unitCode: 'jps', fromYear: '2012/13', basis: fixed('0.30', '0.30', '0.40') },
    'Illustrative: agreed shares are not published; Hertfordshire 40 %, Bedfordshire and Cambridgeshire 30 % each',
  ),
  bch(
    { type: 'SetCostShareBasis', unitCode: 'ops', fromYear: '2012/13', basis: fixed('0.25', '0.30', '0.45') },
    'Illustrative: agreed shares are not published; Hertfordshire 45 %, Cambridgeshire 30 %, Bedfordshire 25 %',
  ),
  bch(
    { type: 'SetCostShareBasis', unitCode: 'org', fromYear: '2012/13', basis: fixed('0.25', '0.32', '0.43') },
    'Illustrative: agreed shares are not published; Hertfordshire 43 %, Cambridgeshire 32 %, Bedfordshire 25 %',
  ),
  bch(
    { type: 'SetCostShareBasis', unitCode: 'org', fromYear: '2016/17', basis: { kind: 'net_revenue_budget', year: '2015/16' } },
    'Illustrative: from 2016/17 Organisational Support is shared by the forces’ 2015/16 net revenue budgets (£100.0m, £130.0m, £180.0m: Hertfordshire 43.9 %)',
  ),
  ...(Object.keys(UNIT_BUDGETS) as UnitCode[]).flatMap((unitCode) =>
    Object.entries(UNIT_BUDGETS[unitCode]).map(([year, amount]) =>
      bch(
        { type: 'SetUnitBudget', unitCode, year, amount },
        year === '2016/17' || year === '2019/20'
          ? `Illustrative: unit budgets are not published; chosen so Hertfordshire's collaboration with police partners is HMIC's ${year === '2016/17' ? '£48.8m in 2016/17' : '£62.3m in 2019/20'} (Efficiency 2016, figure 5)`
          : `Illustrative: unit budgets are not published; ${year} lies between the years HMIC reports`,
      ),
    ),
  ),

  ...unitProgrammeSteps('jps'),
  ...unitProgrammeSteps('org'),
  ...unitProgrammeSteps('ops'),

  bch(
    {
      type: 'StartSavingsProgramme',
      programmeCode: COLLABORATION_PROGRAMME,
      name: 'Collaboration savings 2016/17–2019/20',
      cashable: true,
      startYear: '2016/17',
      owner: 'BCH strategic alliance board',
    },
    'Efficiency 2016: collaboration savings in the 2016/17 budget forecasts and the 2017/18–2019/20 forecast. They span units (JPS, regional specialist operations) so belong to no single one and are shared equally; they overlap the unit programmes, which count what each unit realised (the documents measure the two separately)',
  ),
  bch(
    { type: 'PlanSavings', programmeCode: COLLABORATION_PROGRAMME, year: '2016/17', amount: '2730000.00' },
    'Efficiency 2016: £2.73m of collaboration savings in the 2016/17 budget forecasts (including JPS and regional specialist operations)',
  ),
  ...(
    [
      ['2017/18', '1800000.00', '1500000.00'],
      ['2018/19', '2100000.00', '1800000.00'],
      ['2019/20', '2200000.00', '2000000.00'],
    ] as const
  ).map(([year, planned]) =>
    bch(
      { type: 'PlanSavings', programmeCode: COLLABORATION_PROGRAMME, year, amount: planned },
      `Efficiency 2016: collaboration savings of £6.1m forecast for 2017/18–2019/20 at first (illustrative split by year: £1.8m, £2.1m, £2.2m; ${year})`,
    ),
  ),
  ...(
    [
      ['2017/18', '1500000.00'],
      ['2018/19', '1800000.00'],
      ['2019/20', '2000000.00'],
    ] as const
  ).map(([year, forecast]) =>
    bch(
      { type: 'ReviseSavingsForecast', programmeCode: COLLABORATION_PROGRAMME, year, amount: forecast, reason: FORECAST_REVISION_REASON },
      `Efficiency 2016: the 2017/18–2019/20 forecast revised from £6.1m to £5.3m, savings being released more slowly than expected (illustrative split by year: £1.5m, £1.8m, £2.0m; ${year})`,
    ),
  ),

  // Hertfordshire's collaboration outside the joint units, and the national averages.
  hertsSpend(
    { year: '2016/17', partner: 'police', amount: '800000.00', description: 'Seven-force eastern region collaboration (procurement, ICT)' },
    "Illustrative: Hertfordshire's share of the seven-force eastern region collaboration is not published; chosen so its 2016/17 collaboration with police partners, with its unit contributions, is HMIC's £48.8m",
  ),
  hertsSpend(
    {
      year: '2019/20',
      partner: 'police',
      amount: '1300000.00',
      description: 'Seven-force eastern region collaboration (procurement, ICT)',
    },
    "Illustrative: Hertfordshire's share of the seven-force eastern region collaboration is not published; chosen so its 2019/20 collaboration with police partners, with its unit contributions, is HMIC's £62.3m",
  ),
  hertsSpend(
    {
      year: '2016/17',
      partner: 'non_police',
      amount: '1200000.00',
      description: 'Collaboration with non-police bodies (e.g. the joint arson investigation protocol with fire, January 2016)',
    },
    'Efficiency 2016, figure 6: £1.2m with non-police bodies in 2016/17 (0.6 % of NRE)',
  ),
  hertsSpend(
    { year: '2019/20', partner: 'non_police', amount: '1300000.00', description: 'Collaboration with non-police bodies' },
    'Efficiency 2016, figure 6: £1.3m with non-police bodies forecast for 2019/20 (0.7 % of NRE)',
  ),
  nationalCollaborationAverage(
    { year: '2016/17', policeShareOfNre: '0.119', nonPoliceShareOfNre: '0.034' },
    'Efficiency 2016, figures 5 and 6: England and Wales averages for 2016/17, 11.9 % with other police forces and 3.4 % with non-police bodies',
  ),
  nationalCollaborationAverage(
    { year: '2019/20', policeShareOfNre: '0.148', nonPoliceShareOfNre: '0.035' },
    'Efficiency 2016, figures 5 and 6: England and Wales averages forecast for 2019/20, 14.8 % with other police forces and 3.5 % with non-police bodies',
  ),
];
