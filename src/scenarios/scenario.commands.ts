import type { ScenarioForceContext, SavingsProgrammeContext } from './scenario-context';
import type { ScenarioFacts } from './scenario.state';

/**
 * Commands on a scenario's stream. Fields are typed as the API sends them; decide() validates
 * each again. Every command names its scenario (the handler takes it from the URL). Facts from
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
  description?: string;
  basedOn: { kind: 'baseline' } | { kind: 'scenario'; scenarioId: string };
  asAt?: { position: string } | { time: string };
  force?: string;
  /** The facts of the scenario named in `basedOn` (null or absent when it does not exist). */
  parent?: ScenarioFacts | null;
  /** The time of the request (ISO); an `asAt` time later than this is refused. */
  now: string;
  /** The store's latest global position, when the handler knows it; an `asAt` position beyond it is refused. */
  latestPosition?: string;
}

export interface OverrideAssumptions extends OnScenario {
  type: 'OverrideAssumptions';
  force: ScenarioForceContext;
  year: string;
  payAward?: string;
  nonPayInflation?: string;
  incomeInflation?: string;
  grantChange?: string;
  taxBaseGrowth?: string;
}

export interface SetPreceptStrategy extends OnScenario {
  type: 'SetPreceptStrategy';
  force: ScenarioForceContext;
  year: string;
  strategy: { kind: string; rate?: string; amount?: string };
}

export interface SlipSavings extends OnScenario {
  type: 'SlipSavings';
  allianceCode: string;
  programmeCode: string;
  /** The programme as recorded; null when the alliance or programme does not exist. */
  programme: SavingsProgrammeContext | null;
  year: string;
  share: string;
  mode: string;
}

export interface AddExtraBudgetItem extends OnScenario {
  type: 'AddExtraBudgetItem';
  force: ScenarioForceContext;
  /** Chosen by the caller; unique within the scenario. */
  itemId: string;
  kind: string;
  fromYear: string;
  amount: string;
  recurrence: string;
  description?: string;
}

export interface AddExtraReserveDrawdown extends OnScenario {
  type: 'AddExtraReserveDrawdown';
  force: ScenarioForceContext;
  reserveId: string;
  year: string;
  amount: string;
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
