import type { FinancialYear } from '../common/financial-year';
import type { Money } from '../common/money';
import type { Rate } from '../common/rate';
import type { Recurrence } from '../force-finance/force-finance.events';
import type { ScenarioForceContext, SavingsProgrammeContext } from './scenario-context';
import type { ExtraItemKind, PreceptStrategyKind, ScenarioAsAt, ScenarioBase, SlippageMode } from './scenario.events';
import type { ScenarioFacts } from './scenario.state';

/**
 * Commands on a scenario's stream, with typed values: `http/to-command.ts` parses what a caller
 * sends (years, rates, money, codes, texts) into these, so decide() checks business rules only. Every command names its scenario (the handler takes it from the URL). Facts from
 * other streams come in the command, looked up by the handler (see scenario-context.ts):
 *  - CreateScenario on another scenario carries that scenario's facts as `parent` (null when
 *    there is no such scenario, which decide refuses);
 *  - overrides for a force carry the force's context (its plan period bounds every year);
 *  - a savings slippage carries the programme's context (null when unknown).
 * Time comes in the command too (`now`), so an `asAt` in the future can be refused.
 */
interface OnScenario {
  scenarioId: string;
}

export interface CreateScenario extends OnScenario {
  type: 'CreateScenario';
  name: string;
  /** Empty when none was given. */
  description?: string;
  basedOn: ScenarioBase;
  /** Normalised: a position without leading zeros, a time in ISO form. */
  asAt?: ScenarioAsAt;
  force?: string;
  /** The facts of the scenario named in `basedOn` (null or absent when it does not exist). */
  parent?: ScenarioFacts | null;
}

export interface OverrideAssumptions extends OnScenario {
  type: 'OverrideAssumptions';
  force: ScenarioForceContext;
  year: FinancialYear;
  payAward?: Rate;
  nonPayInflation?: Rate;
  incomeInflation?: Rate;
  grantChange?: Rate;
  taxBaseGrowth?: Rate;
}

export interface SetPreceptStrategy extends OnScenario {
  type: 'SetPreceptStrategy';
  force: ScenarioForceContext;
  year: FinancialYear;
  /** The figures as given: decide checks which go with the kind (a rate for a percentage, an amount for a pound change). */
  strategy: { kind: PreceptStrategyKind; rate?: Rate; amount?: Money };
}

export interface SlipSavings extends OnScenario {
  type: 'SlipSavings';
  allianceCode: string;
  programmeCode: string;
  /** The programme as recorded; null when the alliance or programme does not exist. */
  programme: SavingsProgrammeContext | null;
  year: FinancialYear;
  share: Rate;
  mode: SlippageMode;
}

export interface AddExtraBudgetItem extends OnScenario {
  type: 'AddExtraBudgetItem';
  force: ScenarioForceContext;
  /** Chosen by the caller; unique within the scenario. */
  itemId: string;
  kind: ExtraItemKind;
  fromYear: FinancialYear;
  amount: Money;
  recurrence: Recurrence;
  /** Empty when none was given. */
  description?: string;
}

export interface AddExtraReserveDrawdown extends OnScenario {
  type: 'AddExtraReserveDrawdown';
  force: ScenarioForceContext;
  reserveId: string;
  year: FinancialYear;
  amount: Money;
  /** Empty when none was given. */
  description?: string;
}

export interface DiscardScenario extends OnScenario {
  type: 'DiscardScenario';
}

export interface KeepScenario extends OnScenario {
  type: 'KeepScenario';
}

export type ScenarioCommand =
  | CreateScenario
  | OverrideAssumptions
  | SetPreceptStrategy
  | SlipSavings
  | AddExtraBudgetItem
  | AddExtraReserveDrawdown
  | DiscardScenario
  | KeepScenario;

export type ScenarioOverrideCommand = Exclude<ScenarioCommand, CreateScenario | DiscardScenario | KeepScenario>;
