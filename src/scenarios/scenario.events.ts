import type { DomainEvent } from '../event-sourcing/decider';

/**
 * Everything recorded on a scenario's stream (`scenario-{scenarioId}`). A scenario is a branch:
 * it records only its own overrides and never touches the baseline's streams; the read side
 * projects it as the baseline's facts with these overrides applied (apply-scenario.ts).
 * Money and rates are exact decimal strings, years "2016/17".
 */

/** What the scenario branches from: the baseline, or another scenario (whose overrides it inherits). */
export type ScenarioBase = { kind: 'baseline' } | { kind: 'scenario'; scenarioId: string };

/** The baseline as it stood at a global position or a recording time (ISO, UTC). */
export type ScenarioAsAt = { position: string } | { time: string };

export type ScenarioCreated = DomainEvent<
  'ScenarioCreated.v1',
  {
    scenarioId: string;
    name: string;
    description?: string;
    basedOn: ScenarioBase;
    /** Only on a branch of the baseline; a branch of a scenario uses the baseline its root branched from. */
    asAt?: ScenarioAsAt;
    /** The force the scenario mainly concerns, if any (overrides may still name any force). */
    force?: string;
  }
>;

/** Only the rates given override; the others stay as the baseline (or a parent scenario) has them. */
export type AssumptionsOverridden = DomainEvent<
  'AssumptionsOverridden.v1',
  {
    force: string;
    year: string;
    payAward?: string;
    nonPayInflation?: string;
    incomeInflation?: string;
    grantChange?: string;
    taxBaseGrowth?: string;
  }
>;

export type PreceptStrategy =
  | { kind: 'freeze' }
  /** Band D × (1 + rate), to the penny, half-up. */
  | { kind: 'percentage'; rate: string }
  /** Band D + amount (pounds and pence). */
  | { kind: 'pound'; amount: string }
  /** The largest whole-penny Band D no referendum principle of the year stops. */
  | { kind: 'max_without_referendum' };
export type PreceptStrategyKind = PreceptStrategy['kind'];
export const PRECEPT_STRATEGY_KINDS: readonly PreceptStrategyKind[] = ['freeze', 'percentage', 'pound', 'max_without_referendum'];

/** Setting a strategy again for the same force and year replaces it. */
export type PreceptStrategySet = DomainEvent<'PreceptStrategySet.v1', { force: string; year: string; strategy: PreceptStrategy }>;

export type SlippageMode = 'delayed_one_year' | 'lost';
export const SLIPPAGE_MODES: readonly SlippageMode[] = ['delayed_one_year', 'lost'];

/** A share (0 to 1) of a programme's savings in a year arrives a year late, or not at all. */
export type SavingsSlipped = DomainEvent<
  'SavingsSlipped.v1',
  { allianceCode: string; programmeCode: string; year: string; share: string; mode: SlippageMode }
>;

export type ExtraItemKind = 'cost_pressure' | 'growth';
export const EXTRA_ITEM_KINDS: readonly ExtraItemKind[] = ['cost_pressure', 'growth'];

export type ExtraBudgetItemAdded = DomainEvent<
  'ExtraBudgetItemAdded.v1',
  {
    force: string;
    itemId: string;
    kind: ExtraItemKind;
    fromYear: string;
    amount: string;
    recurrence: 'recurring' | 'one_off';
    description: string;
  }
>;

/** A further planned drawdown supporting the revenue budget. */
export type ExtraReserveDrawdownAdded = DomainEvent<
  'ExtraReserveDrawdownAdded.v1',
  { force: string; reserveId: string; year: string; amount: string; description: string }
>;

export type ScenarioDiscarded = DomainEvent<'ScenarioDiscarded.v1', Record<string, never>>;

/** Marks the scenario as one to keep; it stays a branch (nothing is copied into the baseline). */
export type ScenarioKept = DomainEvent<'ScenarioKept.v1', Record<string, never>>;

export type ScenarioEvent =
  | ScenarioCreated
  | AssumptionsOverridden
  | PreceptStrategySet
  | SavingsSlipped
  | ExtraBudgetItemAdded
  | ExtraReserveDrawdownAdded
  | ScenarioDiscarded
  | ScenarioKept;
