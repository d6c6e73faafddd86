import { spec } from '../../test/support/decider-spec';
import { ConflictError, InvalidInputError, NotFoundError, RuleViolationError } from '../common/errors';
import type { EventRef } from '../event-sourcing/decider';
import type { CreateScenario } from './scenario.commands';
import type { ScenarioForceContext, SavingsProgrammeContext } from './scenario-context';
import { scenarioDecider } from './scenario.decider';
import type { ScenarioCreated, ScenarioEvent } from './scenario.events';

const NOW = '2017-03-01T12:00:00.000Z';
const herts: ScenarioForceContext = {
  force: 'herts',
  forceName: 'Hertfordshire',
  planYears: { first: '2016/17', last: '2019/20' },
  reserves: [{ reserveId: 'budget-support', name: 'Budget support reserve', asAtYear: '2016/17' }],
};
const jps: SavingsProgrammeContext = {
  allianceCode: 'bch',
  allianceName: 'BCH strategic alliance',
  programmeCode: 'jps-savings',
  programmeName: 'Joint Protective Services',
  cashable: true,
  yearsWithFigures: ['2016/17', '2017/18', '2018/19'],
  realisedYears: ['2016/17'],
};

const created: ScenarioCreated = {
  type: 'ScenarioCreated.v1',
  data: { scenarioId: 'pay-pressure', name: 'Pay 3.5 %', basedOn: { kind: 'baseline' } },
};
const create = (overrides: Partial<CreateScenario> = {}): CreateScenario => ({
  type: 'CreateScenario',
  scenarioId: 'pay-pressure',
  name: 'Pay 3.5 %',
  basedOn: { kind: 'baseline' },
  now: NOW,
  ...overrides,
});
const on = { scenarioId: 'pay-pressure' };

/** The parent's facts, as the handler would load them. */
function parentFacts(events: ScenarioEvent[]) {
  return events.reduce(
    (s, e, i) => scenarioDecider.evolve(s, e, { id: `parent@${i}`, recordedAt: NOW } as EventRef),
    scenarioDecider.initialState(),
  );
}

describe('scenario decider: creating a scenario', () => {
  it('branches from the baseline', () => {
    spec(scenarioDecider)
      .given([])
      .when(create({ description: '  What if pay rises faster  ', force: 'herts' }))
      .then([
        {
          type: 'ScenarioCreated.v1',
          data: {
            scenarioId: 'pay-pressure',
            name: 'Pay 3.5 %',
            description: 'What if pay rises faster',
            basedOn: { kind: 'baseline' },
            force: 'herts',
          },
        },
      ]);
  });

  it('branches from the baseline as it stood at a past time (a bare date is the end of that day) or position', () => {
    spec(scenarioDecider)
      .given([])
      .when(create({ asAt: { time: '2017-02-01' } }))
      .then([{ type: 'ScenarioCreated.v1', data: { ...created.data, asAt: { time: '2017-02-01T23:59:59.999Z' } } }]);
    spec(scenarioDecider)
      .given([])
      .when(create({ asAt: { position: '0042' }, latestPosition: '100' }))
      .then([{ type: 'ScenarioCreated.v1', data: { ...created.data, asAt: { position: '42' } } }]);
  });

  it('refuses an asAt in the future, beyond the latest position, or malformed', () => {
    spec(scenarioDecider)
      .given([])
      .when(create({ asAt: { time: '2017-03-02T00:00:00Z' } }))
      .thenThrows(InvalidInputError, /in the future/);
    spec(scenarioDecider)
      .given([])
      .when(create({ asAt: { position: '101' }, latestPosition: '100' }))
      .thenThrows(InvalidInputError, /beyond the latest position/);
    spec(scenarioDecider)
      .given([])
      .when(create({ asAt: { time: 'last February' } }))
      .thenThrows(InvalidInputError, /ISO time/);
    spec(scenarioDecider)
      .given([])
      .when(create({ asAt: { time: '2017-02-01', position: '4' } as never }))
      .thenThrows(InvalidInputError, /either a global position or a time/);
  });

  it('branches from another scenario, which must exist and not be discarded', () => {
    const parent = parentFacts([
      { type: 'ScenarioCreated.v1', data: { scenarioId: 'grant-flat', name: 'Grant flat', basedOn: { kind: 'baseline' } } },
    ]);
    spec(scenarioDecider)
      .given([])
      .when(create({ basedOn: { kind: 'scenario', scenarioId: 'grant-flat' }, parent }))
      .then([{ type: 'ScenarioCreated.v1', data: { ...created.data, basedOn: { kind: 'scenario', scenarioId: 'grant-flat' } } }]);

    spec(scenarioDecider)
      .given([])
      .when(create({ basedOn: { kind: 'scenario', scenarioId: 'no-such' }, parent: null }))
      .thenThrows(RuleViolationError, /There is no scenario "no-such" to base "Pay 3.5 %" on/);

    const discarded = parentFacts([
      { type: 'ScenarioCreated.v1', data: { scenarioId: 'grant-flat', name: 'Grant flat', basedOn: { kind: 'baseline' } } },
      { type: 'ScenarioDiscarded.v1', data: {} },
    ]);
    spec(scenarioDecider)
      .given([])
      .when(create({ basedOn: { kind: 'scenario', scenarioId: 'grant-flat' }, parent: discarded }))
      .thenThrows(RuleViolationError, /"Grant flat" was discarded/);
  });

  it('refuses an asAt on a branch of a scenario: it inherits its root’s baseline', () => {
    const parent = parentFacts([
      { type: 'ScenarioCreated.v1', data: { scenarioId: 'grant-flat', name: 'Grant flat', basedOn: { kind: 'baseline' } } },
    ]);
    spec(scenarioDecider)
      .given([])
      .when(create({ basedOn: { kind: 'scenario', scenarioId: 'grant-flat' }, parent, asAt: { position: '4' } }))
      .thenThrows(RuleViolationError, /uses the baseline its parent branched from/);
  });

  it('refuses a scenario id that already exists, and malformed ids and names', () => {
    spec(scenarioDecider)
      .given([created])
      .when(create())
      .thenThrows(ConflictError, /already exists/);
    spec(scenarioDecider)
      .given([])
      .when(create({ scenarioId: 'Pay Pressure' }))
      .thenThrows(InvalidInputError, /scenario id/);
    spec(scenarioDecider)
      .given([])
      .when(create({ name: '   ' }))
      .thenThrows(InvalidInputError, /must not be empty/);
  });
});

describe('scenario decider: overrides', () => {
  it('overrides only the assumptions given, for a year of the plan, as exact fraction strings', () => {
    spec(scenarioDecider)
      .given([created])
      .when({ type: 'OverrideAssumptions', ...on, force: herts, year: '2017/18', payAward: '0.035', grantChange: '0.0' })
      .then([{ type: 'AssumptionsOverridden.v1', data: { force: 'herts', year: '2017/18', payAward: '0.035', grantChange: '0' } }]);
  });

  it('refuses an override for a year outside the plan (422), or with no rate at all (400)', () => {
    spec(scenarioDecider)
      .given([created])
      .when({ type: 'OverrideAssumptions', ...on, force: herts, year: '2020/21', payAward: '0.035' })
      .thenThrows(RuleViolationError, /2020\/21 is outside Hertfordshire's plan period \(2016\/17 to 2019\/20\)/);
    spec(scenarioDecider)
      .given([created])
      .when({ type: 'OverrideAssumptions', ...on, force: { ...herts, planYears: null }, year: '2017/18', payAward: '0.035' })
      .thenThrows(RuleViolationError, /has no plan period yet/);
    spec(scenarioDecider)
      .given([created])
      .when({ type: 'OverrideAssumptions', ...on, force: herts, year: '2017/18' })
      .thenThrows(InvalidInputError, /at least one/);
  });

  it('records each precept strategy, normalised', () => {
    const strategy = (s: { kind: string; rate?: string; amount?: string }) => ({
      type: 'SetPreceptStrategy' as const,
      ...on,
      force: herts,
      year: '2017/18',
      strategy: s,
    });
    spec(scenarioDecider)
      .given([created])
      .when(strategy({ kind: 'freeze' }))
      .then([{ type: 'PreceptStrategySet.v1', data: { force: 'herts', year: '2017/18', strategy: { kind: 'freeze' } } }]);
    spec(scenarioDecider)
      .given([created])
      .when(strategy({ kind: 'percentage', rate: '0.0199' }))
      .then([
        { type: 'PreceptStrategySet.v1', data: { force: 'herts', year: '2017/18', strategy: { kind: 'percentage', rate: '0.0199' } } },
      ]);
    spec(scenarioDecider)
      .given([created])
      .when(strategy({ kind: 'pound', amount: '10.00' }))
      .then([{ type: 'PreceptStrategySet.v1', data: { force: 'herts', year: '2017/18', strategy: { kind: 'pound', amount: '10' } } }]);
    spec(scenarioDecider)
      .given([created])
      .when(strategy({ kind: 'max_without_referendum' }))
      .then([{ type: 'PreceptStrategySet.v1', data: { force: 'herts', year: '2017/18', strategy: { kind: 'max_without_referendum' } } }]);
    spec(scenarioDecider)
      .given([created])
      .when(strategy({ kind: 'pound', amount: '10.005' }))
      .thenThrows(RuleViolationError, /pounds and pence/);
    spec(scenarioDecider)
      .given([created])
      .when(strategy({ kind: 'percentage' }))
      .thenThrows(InvalidInputError, /decimal fraction/);
    spec(scenarioDecider)
      .given([created])
      .when(strategy({ kind: 'double' }))
      .thenThrows(InvalidInputError, /strategy.kind/);
  });

  it('records a savings slippage for a year the programme has savings for and has not yet realised', () => {
    const slip = (year: string, share = '0.5', programme: SavingsProgrammeContext | null = jps) => ({
      type: 'SlipSavings' as const,
      ...on,
      allianceCode: 'bch',
      programmeCode: 'jps-savings',
      programme,
      year,
      share,
      mode: 'delayed_one_year',
    });
    spec(scenarioDecider)
      .given([created])
      .when(slip('2017/18'))
      .then([
        {
          type: 'SavingsSlipped.v1',
          data: { allianceCode: 'bch', programmeCode: 'jps-savings', year: '2017/18', share: '0.5', mode: 'delayed_one_year' },
        },
      ]);
    spec(scenarioDecider)
      .given([created])
      .when(slip('2016/17'))
      .thenThrows(RuleViolationError, /already realised/);
    spec(scenarioDecider)
      .given([created])
      .when(slip('2019/20'))
      .thenThrows(RuleViolationError, /no savings recorded for 2019\/20/);
    spec(scenarioDecider)
      .given([created])
      .when(slip('2017/18', '1.2'))
      .thenThrows(InvalidInputError, /at most 1/);
    spec(scenarioDecider)
      .given([created])
      .when(slip('2017/18', '0'))
      .thenThrows(RuleViolationError, /more than zero/);
    spec(scenarioDecider)
      .given([created])
      .when(slip('2017/18', '0.5', null))
      .thenThrows(NotFoundError, /no savings programme "jps-savings"/);
  });

  it('adds extra cost pressures and growth with ids unique within the scenario', () => {
    const add = {
      type: 'AddExtraBudgetItem' as const,
      ...on,
      force: herts,
      itemId: 'cyber',
      kind: 'growth',
      fromYear: '2017/18',
      amount: '1500000',
      recurrence: 'recurring',
    };
    const added: ScenarioEvent = {
      type: 'ExtraBudgetItemAdded.v1',
      data: {
        force: 'herts',
        itemId: 'cyber',
        kind: 'growth',
        fromYear: '2017/18',
        amount: '1500000',
        recurrence: 'recurring',
        description: 'Extra growth',
      },
    };
    spec(scenarioDecider).given([created]).when(add).then([added]);
    spec(scenarioDecider)
      .given([created, added])
      .when(add)
      .thenThrows(RuleViolationError, /already has an extra item cyber/);
    spec(scenarioDecider)
      .given([created])
      .when({ ...add, kind: 'saving' })
      .thenThrows(InvalidInputError, /"cost_pressure", "growth"/);
    spec(scenarioDecider)
      .given([created])
      .when({ ...add, fromYear: '2015/16' })
      .thenThrows(RuleViolationError, /outside Hertfordshire's plan period/);
  });

  it('adds extra drawdowns on a reserve the force has, from the year it opens', () => {
    const add = {
      type: 'AddExtraReserveDrawdown' as const,
      ...on,
      force: herts,
      reserveId: 'budget-support',
      year: '2018/19',
      amount: '2000000',
    };
    spec(scenarioDecider)
      .given([created])
      .when(add)
      .then([
        {
          type: 'ExtraReserveDrawdownAdded.v1',
          data: {
            force: 'herts',
            reserveId: 'budget-support',
            year: '2018/19',
            amount: '2000000',
            description: 'Extra drawdown to support the revenue budget',
          },
        },
      ]);
    spec(scenarioDecider)
      .given([created])
      .when({ ...add, reserveId: 'rainy-day' })
      .thenThrows(NotFoundError, /no reserve with id rainy-day/);
    spec(scenarioDecider)
      .given([created])
      .when({ ...add, amount: '-5' })
      .thenThrows(RuleViolationError, /must be more than zero/);
    spec(scenarioDecider)
      .given([created])
      .when({ ...add, amount: 5 as never })
      .thenThrows(InvalidInputError, /not a JSON number/);
  });

  it('refuses overrides on a scenario that does not exist', () => {
    spec(scenarioDecider)
      .given([])
      .when({ type: 'OverrideAssumptions', ...on, force: herts, year: '2017/18', payAward: '0.035' })
      .thenThrows(NotFoundError, /no scenario "pay-pressure"/);
  });
});

describe('scenario decider: keeping and discarding', () => {
  const discarded: ScenarioEvent = { type: 'ScenarioDiscarded.v1', data: {} };
  const kept: ScenarioEvent = { type: 'ScenarioKept.v1', data: {} };

  it('keeps a scenario once, and a kept scenario still takes overrides (it remains a branch)', () => {
    spec(scenarioDecider)
      .given([created])
      .when({ type: 'KeepScenario', ...on })
      .then([kept]);
    spec(scenarioDecider)
      .given([created, kept])
      .when({ type: 'KeepScenario', ...on })
      .then([]);
    spec(scenarioDecider)
      .given([created, kept])
      .when({ type: 'OverrideAssumptions', ...on, force: herts, year: '2017/18', taxBaseGrowth: '0.005' })
      .then([{ type: 'AssumptionsOverridden.v1', data: { force: 'herts', year: '2017/18', taxBaseGrowth: '0.005' } }]);
  });

  it('discards a scenario once; a discarded scenario takes no overrides and cannot be kept', () => {
    spec(scenarioDecider)
      .given([created])
      .when({ type: 'DiscardScenario', ...on })
      .then([discarded]);
    spec(scenarioDecider)
      .given([created, kept])
      .when({ type: 'DiscardScenario', ...on })
      .then([discarded]);
    spec(scenarioDecider)
      .given([created, discarded])
      .when({ type: 'DiscardScenario', ...on })
      .then([]);
    spec(scenarioDecider)
      .given([created, discarded])
      .when({ type: 'KeepScenario', ...on })
      .thenThrows(RuleViolationError, /discarded and cannot be kept/);
    spec(scenarioDecider)
      .given([created, discarded])
      .when({ type: 'SetPreceptStrategy', ...on, force: herts, year: '2017/18', strategy: { kind: 'freeze' } })
      .thenThrows(RuleViolationError, /discarded: it takes no more overrides/);
  });
});

describe('scenario facts', () => {
  it('merge assumption overrides rate by rate and replace a precept strategy for the same year, keeping event ids as sources', () => {
    const events: ScenarioEvent[] = [
      created,
      { type: 'AssumptionsOverridden.v1', data: { force: 'herts', year: '2017/18', payAward: '0.03' } },
      { type: 'AssumptionsOverridden.v1', data: { force: 'herts', year: '2017/18', payAward: '0.035', grantChange: '0' } },
      { type: 'PreceptStrategySet.v1', data: { force: 'herts', year: '2017/18', strategy: { kind: 'freeze' } } },
      { type: 'PreceptStrategySet.v1', data: { force: 'herts', year: '2017/18', strategy: { kind: 'pound', amount: '10' } } },
    ];
    const facts = events.reduce(
      (s, e, i) => scenarioDecider.evolve(s, e, { id: `e${i}`, recordedAt: NOW } as EventRef),
      scenarioDecider.initialState(),
    );
    expect(facts.assumptionOverrides).toEqual([
      { force: 'herts', year: '2017/18', payAward: '0.035', grantChange: '0', sources: ['e1', 'e2'] },
    ]);
    expect(facts.preceptStrategies).toEqual([
      { force: 'herts', year: '2017/18', strategy: { kind: 'pound', amount: '10' }, sources: ['e4'] },
    ]);
    expect(facts).toMatchObject({ scenarioId: 'pay-pressure', status: 'open', createdAt: NOW, sources: ['e0'] });
    expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
  });
});
