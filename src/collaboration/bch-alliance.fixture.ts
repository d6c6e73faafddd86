/**
 * Test fixture (not used by the service): the BCH alliance of Bedfordshire, Cambridgeshire and
 * Hertfordshire as the specs record it, built so Hertfordshire's figures reproduce HMIC's
 * Efficiency 2016 report (the seed figures the product was specified from). Shares are not published,
 * so the ones here are chosen to give the published totals in round pounds:
 *  - 2016/17: JPS £30.0m × 40 % = £12.0m, Operational Support £40.0m × 1,600/4,000 headcount
 *    = £16.0m, Organisational Support £41.0m × 180/410 (2015/16 NRE) = £18.0m; with £2.8m of
 *    regional police collaboration, £48.8m.
 *  - 2019/20: JPS £40.0m × 38 % = £15.2m, Operational Support £55.0m × 40 % = £22.0m,
 *    Organisational Support £50.0m × 160/400 (2017/18 NRE) = £20.0m; with £5.1m regional, £62.3m.
 */
import type { Decider, DomainEvent, EventRef } from '../event-sourcing/decider';
import type { AllianceEvent } from './alliance.events';
import { nreByForceAndYear } from './net-revenue-expenditure';

/** Folds events as the read side does, with a ref per event: ids "{stream}@{revision}", a day apart from 1 April 2016. */
export function foldWithRefs<S, E extends DomainEvent>(
  decider: Pick<Decider<unknown, S, E>, 'initialState' | 'evolve'>,
  streamId: string,
  events: E[],
): S {
  return events.reduce((state, event, i) => decider.evolve(state, event, refFor(streamId, i, event.type)), decider.initialState());
}

export function refFor(streamId: string, revision: number, type: string): EventRef {
  return {
    id: `${streamId}@${revision}`,
    streamId,
    revision: String(revision),
    position: String(revision + 1),
    recordedAt: new Date(Date.UTC(2016, 3, 1) + revision * 86_400_000).toISOString(),
    type,
  };
}

export const BCH_STREAM = 'alliance-bch';

export const bchFormed: AllianceEvent = {
  type: 'AllianceFormed.v1',
  data: {
    allianceCode: 'bch',
    name: 'BCH strategic alliance',
    members: [
      { force: 'beds', fromYear: '2012/13' },
      { force: 'cambs', fromYear: '2012/13' },
      { force: 'herts', fromYear: '2012/13' },
    ],
  },
};

export const bchUnits: AllianceEvent[] = [
  {
    type: 'UnitEstablished.v1',
    data: { unitCode: 'jps', name: 'Joint Protective Services', leadForce: 'beds', category: 'protective_services' },
  },
  {
    type: 'UnitEstablished.v1',
    data: { unitCode: 'ops', name: 'Operational Support', leadForce: 'herts', category: 'operational_support' },
  },
  {
    type: 'UnitEstablished.v1',
    data: { unitCode: 'org', name: 'Organisational Support', leadForce: 'cambs', category: 'organisational_support' },
  },
];

const fixed = (beds: string, cambs: string, herts: string) => ({
  kind: 'fixed' as const,
  percentages: [
    { force: 'beds', share: beds },
    { force: 'cambs', share: cambs },
    { force: 'herts', share: herts },
  ],
});

export const bchBases: AllianceEvent[] = [
  { type: 'CostShareBasisSet.v1', data: { unitCode: 'jps', fromYear: '2012/13', basis: fixed('0.3', '0.3', '0.4') } },
  { type: 'CostShareBasisSet.v1', data: { unitCode: 'jps', fromYear: '2018/19', basis: fixed('0.31', '0.31', '0.38') } },
  {
    type: 'CostShareBasisSet.v1',
    data: {
      unitCode: 'ops',
      fromYear: '2016/17',
      basis: {
        kind: 'headcount',
        figures: [
          { force: 'beds', value: '1000' },
          { force: 'cambs', value: '1400' },
          { force: 'herts', value: '1600' },
        ],
      },
    },
  },
  { type: 'CostShareBasisSet.v1', data: { unitCode: 'org', fromYear: '2016/17', basis: { kind: 'net_revenue_budget', year: '2015/16' } } },
  { type: 'CostShareBasisSet.v1', data: { unitCode: 'org', fromYear: '2018/19', basis: { kind: 'net_revenue_budget', year: '2017/18' } } },
];

const budget = (unitCode: string, year: string, amount: string): AllianceEvent => ({
  type: 'UnitBudgetSet.v1',
  data: { unitCode, year, amount },
});

export const bchBudgets: AllianceEvent[] = [
  budget('jps', '2016/17', '30000000.00'),
  budget('ops', '2016/17', '40000000.00'),
  budget('org', '2016/17', '41000000.00'),
  budget('jps', '2017/18', '32000000.00'),
  budget('jps', '2018/19', '32000000.00'),
  budget('jps', '2019/20', '40000000.00'),
  budget('ops', '2019/20', '55000000.00'),
  budget('org', '2019/20', '50000000.00'),
];

const saving = (type: 'SavingsPlanned.v1' | 'SavingsRealised.v1', programmeCode: string, year: string, amount: string): AllianceEvent =>
  type === 'SavingsPlanned.v1'
    ? { type, data: { programmeCode, year, amount } }
    : { type, data: { programmeCode, year, amount, evidence: `Outturn report ${year}` } };

/** Realised since 2012/13: JPS £8.9m, organisational and operational support £6.1m (Plan 2019, footnote 32). */
export const bchRealisedProgrammes: AllianceEvent[] = [
  {
    type: 'SavingsProgrammeStarted.v1',
    data: {
      programmeCode: 'jps-savings',
      name: 'Joint Protective Services',
      unitCode: 'jps',
      cashable: true,
      startYear: '2012/13',
      owner: 'BCH JPS programme board',
    },
  },
  {
    type: 'SavingsProgrammeStarted.v1',
    data: { programmeCode: 'support-savings', name: 'Organisational and Operational Support', cashable: true, startYear: '2012/13' },
  },
  ...(
    [
      ['2012/13', '1000000.00', '1200000.00', '1000000.00', '900000.00'],
      ['2013/14', '2000000.00', '1900000.00', '1000000.00', '1100000.00'],
      ['2014/15', '2000000.00', '2100000.00', '1000000.00', '1400000.00'],
      ['2015/16', '2000000.00', '1800000.00', '1000000.00', '1300000.00'],
      ['2016/17', '2000000.00', '1900000.00', '1000000.00', '1400000.00'],
    ] as const
  ).flatMap(([year, jpsPlan, jpsRealised, supportPlan, supportRealised]) => [
    saving('SavingsPlanned.v1', 'jps-savings', year, jpsPlan),
    saving('SavingsPlanned.v1', 'support-savings', year, supportPlan),
    saving('SavingsRealised.v1', 'jps-savings', year, jpsRealised),
    saving('SavingsRealised.v1', 'support-savings', year, supportRealised),
  ]),
];

export const bchEvents: AllianceEvent[] = [bchFormed, ...bchUnits, ...bchBases, ...bchBudgets];

/** Net revenue expenditure as the forces' MTFPs would give it. Hertfordshire's 2016/17 and 2019/20 are HMIC's implied £187m and £190m. */
export const bchNre = nreByForceAndYear([
  { force: 'beds', year: '2015/16', nre: '100000000.00' },
  { force: 'cambs', year: '2015/16', nre: '130000000.00' },
  { force: 'herts', year: '2015/16', nre: '180000000.00' },
  { force: 'beds', year: '2017/18', nre: '105000000.00' },
  { force: 'cambs', year: '2017/18', nre: '135000000.00' },
  { force: 'herts', year: '2017/18', nre: '160000000.00' },
  { force: 'herts', year: '2016/17', nre: '187000000.00' },
  { force: 'herts', year: '2019/20', nre: '190000000.00' },
]);
