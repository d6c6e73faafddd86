import { spec } from '../../../test/support/decider-spec';
import { InvalidInputError, NotFoundError, RuleViolationError } from '../../common/errors';
import type { SavingsProgrammeContext } from '../scenario-context';
import type { ScenarioEvent } from '../scenario.events';
import { created, herts, jps, on, scenarioRequests } from '../../../test/fixtures/scenario-commands.fixture';

describe('scenario decider: overrides', () => {
  it('overrides only the assumptions given, for a year of the plan, as exact fraction strings', () => {
    spec(scenarioRequests)
      .given([created])
      .when({ type: 'OverrideAssumptions', ...on, force: herts, year: '2017/18', payAward: '0.035', grantChange: '0.0' })
      .then([{ type: 'AssumptionsOverridden.v1', data: { force: 'herts', year: '2017/18', payAward: '0.035', grantChange: '0' } }]);
  });

  it('refuses an override for a year outside the plan (422), or with no rate at all (400)', () => {
    spec(scenarioRequests)
      .given([created])
      .when({ type: 'OverrideAssumptions', ...on, force: herts, year: '2020/21', payAward: '0.035' })
      .thenThrows(RuleViolationError, /2020\/21 is outside Hertfordshire's plan period \(2016\/17 to 2019\/20\)/);
    spec(scenarioRequests)
      .given([created])
      .when({ type: 'OverrideAssumptions', ...on, force: { ...herts, planYears: null }, year: '2017/18', payAward: '0.035' })
      .thenThrows(RuleViolationError, /has no plan period yet/);
    spec(scenarioRequests)
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
    spec(scenarioRequests)
      .given([created])
      .when(strategy({ kind: 'freeze' }))
      .then([{ type: 'PreceptStrategySet.v1', data: { force: 'herts', year: '2017/18', strategy: { kind: 'freeze' } } }]);
    spec(scenarioRequests)
      .given([created])
      .when(strategy({ kind: 'percentage', rate: '0.0199' }))
      .then([
        { type: 'PreceptStrategySet.v1', data: { force: 'herts', year: '2017/18', strategy: { kind: 'percentage', rate: '0.0199' } } },
      ]);
    spec(scenarioRequests)
      .given([created])
      .when(strategy({ kind: 'pound', amount: '10.00' }))
      .then([{ type: 'PreceptStrategySet.v1', data: { force: 'herts', year: '2017/18', strategy: { kind: 'pound', amount: '10' } } }]);
    spec(scenarioRequests)
      .given([created])
      .when(strategy({ kind: 'max_without_referendum' }))
      .then([{ type: 'PreceptStrategySet.v1', data: { force: 'herts', year: '2017/18', strategy: { kind: 'max_without_referendum' } } }]);
    spec(scenarioRequests)
      .given([created])
      .when(strategy({ kind: 'pound', amount: '10.005' }))
      .thenThrows(RuleViolationError, /pounds and pence/);
    spec(scenarioRequests)
      .given([created])
      .when(strategy({ kind: 'percentage' }))
      .thenThrows(InvalidInputError, /decimal fraction/);
    spec(scenarioRequests)
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
    spec(scenarioRequests)
      .given([created])
      .when(slip('2017/18'))
      .then([
        {
          type: 'SavingsSlipped.v1',
          data: { allianceCode: 'bch', programmeCode: 'jps-savings', year: '2017/18', share: '0.5', mode: 'delayed_one_year' },
        },
      ]);
    spec(scenarioRequests)
      .given([created])
      .when(slip('2016/17'))
      .thenThrows(RuleViolationError, /already realised/);
    spec(scenarioRequests)
      .given([created])
      .when(slip('2019/20'))
      .thenThrows(RuleViolationError, /no savings recorded for 2019\/20/);
    spec(scenarioRequests)
      .given([created])
      .when(slip('2017/18', '1.2'))
      .thenThrows(InvalidInputError, /at most 1/);
    spec(scenarioRequests)
      .given([created])
      .when(slip('2017/18', '0'))
      .thenThrows(RuleViolationError, /more than zero/);
    spec(scenarioRequests)
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
    spec(scenarioRequests).given([created]).when(add).then([added]);
    spec(scenarioRequests)
      .given([created, added])
      .when(add)
      .thenThrows(RuleViolationError, /already has an extra item cyber/);
    spec(scenarioRequests)
      .given([created])
      .when({ ...add, kind: 'saving' })
      .thenThrows(InvalidInputError, /"cost_pressure", "growth"/);
    spec(scenarioRequests)
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
    spec(scenarioRequests)
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
    spec(scenarioRequests)
      .given([created])
      .when({ ...add, reserveId: 'rainy-day' })
      .thenThrows(NotFoundError, /no reserve with id rainy-day/);
    spec(scenarioRequests)
      .given([created])
      .when({ ...add, amount: '-5' })
      .thenThrows(RuleViolationError, /must be more than zero/);
    spec(scenarioRequests)
      .given([created])
      .when({ ...add, amount: 5 as never })
      .thenThrows(InvalidInputError, /not a JSON number/);
  });

  it('refuses overrides on a scenario that does not exist', () => {
    spec(scenarioRequests)
      .given([])
      .when({ type: 'OverrideAssumptions', ...on, force: herts, year: '2017/18', payAward: '0.035' })
      .thenThrows(NotFoundError, /no scenario "pay-pressure"/);
  });
});
