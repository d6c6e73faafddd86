import type { SavingsAdjustment } from '../apply-savings-slippage';
import type { ScenarioAsAt } from '../scenario.events';
import type { ScenarioFacts, ScenarioStatus } from '../scenario.state';

/** A scenario in a list: what it is, whose, what it branches from, and whether it was kept or discarded. */
export interface ScenarioSummaryJson {
  id: string;
  name: string;
  description: string;
  force: string | null;
  status: ScenarioStatus;
  /** "baseline" or the id of the scenario it branches from. */
  basedOn: string;
  /** The moment of the baseline a branch of the baseline reads; null when it reads the baseline as it stands. */
  baselineAsAt: ScenarioAsAt | null;
  createdAt: string | null;
}

/** A scenario's own overrides, as recorded (the latest of each where one replaces another), each citing its events. */
type ScenarioOverridesJson = Pick<
  ScenarioFacts,
  'assumptionOverrides' | 'preceptStrategies' | 'savingsSlippages' | 'extraItems' | 'extraDrawdowns'
>;

export interface ScenarioJson extends ScenarioSummaryJson {
  asAt: { position: string | null };
  overrides: ScenarioOverridesJson;
  /** The scenarios it branches from, root-most first, with the overrides each recorded: a branch inherits them all, the nearer winning where two name the same thing. */
  inherits: Array<ScenarioSummaryJson & { overrides: ScenarioOverridesJson }>;
  /** What its savings slippage moves, programme by programme. */
  savingsAdjustments: SavingsAdjustment[];
  /** Overrides that could not be applied as asked, and breaches they cause (a reserve below zero, a referendum needed). */
  warnings: string[];
  /** Ids of the events that created, kept or discarded it. */
  sources: string[];
}

export function scenarioSummaryJson(s: ScenarioFacts): ScenarioSummaryJson {
  return {
    id: s.scenarioId as string,
    name: s.name as string,
    description: s.description,
    force: s.force,
    status: s.status,
    basedOn: s.basedOn?.kind === 'scenario' ? s.basedOn.scenarioId : 'baseline',
    baselineAsAt: s.asAt,
    createdAt: s.createdAt,
  };
}

export function scenarioOverridesJson(s: ScenarioFacts): ScenarioOverridesJson {
  return {
    assumptionOverrides: s.assumptionOverrides,
    preceptStrategies: s.preceptStrategies,
    savingsSlippages: s.savingsSlippages,
    extraItems: s.extraItems,
    extraDrawdowns: s.extraDrawdowns,
  };
}
