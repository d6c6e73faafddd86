/**
 * Test fixture (not used by the service): a small baseline folded exactly as the read side
 * folds it – Hertfordshire's finance stream, the BCH alliance with one savings programme shared
 * 30/30/40, and a 2 % referendum principle for 2017/18 – and helpers to fold scenario streams.
 * Event ids are "{stream}@{revision}", so a figure's sources can be checked by name.
 */
import type { AllianceEvent } from '../collaboration/alliance.events';
import type { DomainEvent, EventRef } from '../event-sourcing/decider';
import type { ForceFinanceEvent } from '../force-finance/force-finance-events';
import type { ForceEvent } from '../forces/force.events';
import { StreamFactsProjection, type StreamFacts } from '../projections/stream-facts.projection';
import { FOLDS_VERSION, STREAM_FOLDS } from '../app/stream-folds';
import type { ReferendumPrinciplesEvent } from '../reference-data/referendum-principles-events';
import { scenarioDecider } from './scenario.decider';
import type { ScenarioEvent } from './scenario.events';
import type { ScenarioFacts } from './scenario.facts';

const assumptions = (year: string, payAward: string, grantChange: string, taxBaseGrowth: string): ForceFinanceEvent => ({
  type: 'PlanAssumptionsSet.v1',
  data: { year, payAward, nonPayInflation: '0.02', incomeInflation: '0', grantChange, taxBaseGrowth },
});
const drawdown = (year: string): ForceFinanceEvent => ({
  type: 'ReserveMovementRecorded.v1',
  data: {
    reserveId: 'budget-support',
    year,
    direction: 'drawdown',
    basis: 'planned',
    amount: '4450000',
    supportsRevenueBudget: true,
    description: 'Planned support for the budget',
  },
});

/** Hertfordshire, 2016/17 to 2019/20: revisions 0–14 of `force-finance-herts`. */
export const HERTS_FINANCE: ForceFinanceEvent[] = [
  { type: 'PlanPeriodSet.v1', data: { firstYear: '2016/17', lastYear: '2019/20' } },
  {
    type: 'BaseBudgetSet.v1',
    data: {
      year: '2016/17',
      lines: [
        { code: 'pay', name: 'Officers and staff', kind: 'pay', amount: '100000000' },
        { code: 'supplies', name: 'Supplies and services', kind: 'non_pay', amount: '30000000' },
        { code: 'fees', name: 'Fees and charges', kind: 'income', amount: '5000000' },
      ],
    },
  },
  assumptions('2017/18', '0.01', '-0.01', '0.01'),
  assumptions('2018/19', '0.02', '-0.02', '0.015'),
  {
    type: 'GrantSettlementRecorded.v1',
    data: {
      year: '2016/17',
      coreGrant: '30000000',
      formulaGrant: '20000000',
      legacyCouncilTaxGrants: '5000000',
      otherGeneralGrants: '1000000',
    },
  },
  { type: 'TaxBaseRecorded.v1', data: { year: '2016/17', bandDEquivalents: '420000' } },
  { type: 'PreceptRecorded.v1', data: { year: '2016/17', bandD: '147', status: 'approved' } },
  {
    type: 'ReserveOpened.v1',
    data: { reserveId: 'general', name: 'General reserve', kind: 'general', purpose: '', openingBalance: '8000000', asAtYear: '2016/17' },
  },
  {
    type: 'ReserveOpened.v1',
    data: {
      reserveId: 'budget-support',
      name: 'Budget support reserve',
      kind: 'earmarked',
      purpose: 'Smooths the savings requirement',
      openingBalance: '25300000',
      asAtYear: '2016/17',
    },
  },
  drawdown('2016/17'),
  drawdown('2017/18'),
  drawdown('2018/19'),
  drawdown('2019/20'),
  { type: 'MinimumGeneralReserveSet.v1', data: { shareOfNre: '0.03' } },
];

export const BCH: AllianceEvent[] = [
  {
    type: 'AllianceFormed.v1',
    data: {
      allianceCode: 'bch',
      name: 'BCH',
      members: ['beds', 'cambs', 'herts'].map((force) => ({ force, fromYear: '2012/13' })),
    },
  },
  {
    type: 'UnitEstablished.v1',
    data: { unitCode: 'jps', name: 'Joint Protective Services', leadForce: 'beds', category: 'protective_services' },
  },
  {
    type: 'CostShareBasisSet.v1',
    data: {
      unitCode: 'jps',
      fromYear: '2016/17',
      basis: {
        kind: 'fixed',
        percentages: [
          { force: 'beds', share: '0.3' },
          { force: 'cambs', share: '0.3' },
          { force: 'herts', share: '0.4' },
        ],
      },
    },
  },
  {
    type: 'SavingsProgrammeStarted.v1',
    data: { programmeCode: 'jps-savings', name: 'JPS savings', unitCode: 'jps', cashable: true, startYear: '2017/18' },
  },
  { type: 'SavingsPlanned.v1', data: { programmeCode: 'jps-savings', year: '2017/18', amount: '1000000' } },
  { type: 'SavingsPlanned.v1', data: { programmeCode: 'jps-savings', year: '2018/19', amount: '1000000' } },
];

export const PRINCIPLES: ReferendumPrinciplesEvent[] = [
  {
    type: 'ReferendumPrincipleSet.v1',
    data: { year: '2017/18', limit: { kind: 'percentage', rate: '0.02' }, comparison: 'less_than', appliesTo: 'all PCCs', note: '' },
  },
];

const FORCES: ForceEvent[] = [{ type: 'ForceRegistered.v1', data: { code: 'herts', name: 'Hertfordshire' } }];

export function refFor(streamId: string, revision: number, type: string, position = revision + 1): EventRef {
  return {
    id: `${streamId}@${revision}`,
    streamId,
    revision: String(revision),
    position: String(position),
    recordedAt: new Date(Date.UTC(2017, 0, 1) + position * 60_000).toISOString(),
    type,
  };
}

/** The read side's facts after recording these streams, in this order. */
export function factsOf(streams: Array<[string, DomainEvent[]]>): StreamFacts {
  const projection = new StreamFactsProjection(STREAM_FOLDS, FOLDS_VERSION);
  let state = projection.initialState();
  let position = 0;
  for (const [streamId, events] of streams) {
    events.forEach((event, revision) => {
      position += 1;
      state = projection.apply(state, event, refFor(streamId, revision, event.type, position));
    });
  }
  return state;
}

export function baselineFacts(): StreamFacts {
  return factsOf([
    ['force-herts', FORCES as DomainEvent[]],
    ['force-finance-herts', HERTS_FINANCE as DomainEvent[]],
    ['alliance-bch', BCH as DomainEvent[]],
    ['reference-referendum-principles', PRINCIPLES as DomainEvent[]],
  ]);
}

/** A scenario's facts as its stream folds them, created from `basedOn` with the overrides given. */
export function scenario(
  scenarioId: string,
  overrides: ScenarioEvent[],
  basedOn: { kind: 'baseline' } | { kind: 'scenario'; scenarioId: string } = { kind: 'baseline' },
): ScenarioFacts {
  const streamId = `scenario-${scenarioId}`;
  const events: ScenarioEvent[] = [{ type: 'ScenarioCreated.v1', data: { scenarioId, name: scenarioId, basedOn } }, ...overrides];
  return events.reduce(
    (state, event, i) => scenarioDecider.evolve(state, event, refFor(streamId, i, event.type)),
    scenarioDecider.initialState(),
  );
}
