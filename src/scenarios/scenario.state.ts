import type { EventRef } from '../event-sourcing/decider';
import type { PlanAssumptions } from '../force-finance/force-finance.events';
import type { ExtraItemKind, PreceptStrategy, ScenarioAsAt, ScenarioBase, ScenarioEvent, SlippageMode } from './scenario.events';

/**
 * A scenario's stream, folded: the decider's state and, as it is, the read side's facts that
 * apply-scenario.ts projects from. Plain JSON (exact decimal strings), and every override keeps
 * `sources`, the ids of the events it came from, so the figures it changes can cite them.
 *
 * Overrides that name the same thing again replace it (the latest wins): assumptions per force
 * and year (rate by rate), a precept strategy per force and year, a slippage per programme and
 * year. Extra items and extra drawdowns add up.
 */
export type ScenarioStatus = 'open' | 'kept' | 'discarded';

export interface Sourced {
  sources: string[];
}

interface AssumptionOverrideFact extends Sourced, Partial<PlanAssumptions> {
  force: string;
  year: string;
}

interface PreceptStrategyFact extends Sourced {
  force: string;
  year: string;
  strategy: PreceptStrategy;
}

interface SavingsSlippageFact extends Sourced {
  allianceCode: string;
  programmeCode: string;
  year: string;
  share: string;
  mode: SlippageMode;
  /** When the slippage was recorded, for the revision it becomes on the alliance's savings history. */
  recordedAt: string | null;
}

export interface ExtraItemFact extends Sourced {
  force: string;
  itemId: string;
  kind: ExtraItemKind;
  fromYear: string;
  amount: string;
  recurrence: 'recurring' | 'one_off';
  description: string;
}

export interface ExtraDrawdownFact extends Sourced {
  force: string;
  reserveId: string;
  year: string;
  amount: string;
  description: string;
}

export interface ScenarioFacts {
  scenarioId: string | null;
  name: string | null;
  description: string;
  basedOn: ScenarioBase | null;
  asAt: ScenarioAsAt | null;
  force: string | null;
  status: ScenarioStatus;
  createdAt: string | null;
  /** The creation and every keep/discard, in order. */
  sources: string[];
  assumptionOverrides: AssumptionOverrideFact[];
  preceptStrategies: PreceptStrategyFact[];
  savingsSlippages: SavingsSlippageFact[];
  extraItems: ExtraItemFact[];
  extraDrawdowns: ExtraDrawdownFact[];
}

export function initialScenarioFacts(): ScenarioFacts {
  return {
    scenarioId: null,
    name: null,
    description: '',
    basedOn: null,
    asAt: null,
    force: null,
    status: 'open',
    createdAt: null,
    sources: [],
    assumptionOverrides: [],
    preceptStrategies: [],
    savingsSlippages: [],
    extraItems: [],
    extraDrawdowns: [],
  };
}

/** Folds one event into a scenario's facts; never mutates the state it is given. */
export function evolveScenario(state: ScenarioFacts, event: ScenarioEvent, ref?: EventRef): ScenarioFacts {
  const sources = ref ? [ref.id] : [];
  switch (event.type) {
    case 'ScenarioCreated.v1': {
      const { scenarioId, name, description, basedOn, asAt, force } = event.data;
      return {
        ...state,
        scenarioId,
        name,
        description: description ?? '',
        basedOn: { ...basedOn },
        asAt: asAt ? { ...asAt } : null,
        force: force ?? null,
        createdAt: ref?.recordedAt ?? null,
        sources: [...state.sources, ...sources],
      };
    }

    case 'AssumptionsOverridden.v1': {
      const { force, year, ...rates } = event.data;
      const existing = state.assumptionOverrides.find((o) => o.force === force && o.year === year);
      const merged: AssumptionOverrideFact = {
        ...(existing ?? { force, year }),
        ...definedOnly(rates),
        sources: [...(existing?.sources ?? []), ...sources],
      };
      return { ...state, assumptionOverrides: replaceOrAppend(state.assumptionOverrides, existing, merged) };
    }

    case 'PreceptStrategySet.v1': {
      const { force, year, strategy } = event.data;
      const existing = state.preceptStrategies.find((p) => p.force === force && p.year === year);
      return {
        ...state,
        preceptStrategies: replaceOrAppend(state.preceptStrategies, existing, { force, year, strategy: { ...strategy }, sources }),
      };
    }

    case 'SavingsSlipped.v1': {
      const { allianceCode, programmeCode, year } = event.data;
      const existing = state.savingsSlippages.find(
        (s) => s.allianceCode === allianceCode && s.programmeCode === programmeCode && s.year === year,
      );
      const fact: SavingsSlippageFact = { ...event.data, recordedAt: ref?.recordedAt ?? null, sources };
      return { ...state, savingsSlippages: replaceOrAppend(state.savingsSlippages, existing, fact) };
    }

    case 'ExtraBudgetItemAdded.v1':
      return { ...state, extraItems: [...state.extraItems, { ...event.data, sources }] };

    case 'ExtraReserveDrawdownAdded.v1':
      return { ...state, extraDrawdowns: [...state.extraDrawdowns, { ...event.data, sources }] };

    case 'ScenarioDiscarded.v1':
      return { ...state, status: 'discarded', sources: [...state.sources, ...sources] };

    case 'ScenarioKept.v1':
      return { ...state, status: 'kept', sources: [...state.sources, ...sources] };

    default: {
      // Exhaustive at compile time; an event written by a newer version leaves the facts as they are.
      const _unknown: never = event;
      return state;
    }
  }
}

/** The scenario exists (has been created). */
export function isCreated(state: ScenarioFacts): state is ScenarioFacts & { scenarioId: string; name: string; basedOn: ScenarioBase } {
  return state.scenarioId !== null;
}

function replaceOrAppend<T>(list: readonly T[], existing: T | undefined, next: T): T[] {
  return existing ? list.map((item) => (item === existing ? next : item)) : [...list, next];
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
