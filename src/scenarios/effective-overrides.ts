import { InvalidInputError } from '../common/errors';
import type { PlanAssumptions } from '../force-finance/force-finance.events';
import { mergeSources } from '../force-finance/sourced-money';
import type { PreceptStrategy, SlippageMode } from './scenario.events';
import type { ExtraDrawdownFact, ExtraItemFact, ScenarioFacts } from './scenario.state';

/**
 * The overrides of a chain of scenarios (root-most first) taken together. A branch inherits
 * everything its parents recorded; where a nearer scenario names the same thing again it wins
 * (assumptions rate by rate for a force and year, the precept strategy for a force and year,
 * the slippage of a programme's year). Extra items and drawdowns of every generation add up.
 */
export interface EffectiveOverrides {
  assumptions: Array<{ force: string; year: string; rates: Partial<PlanAssumptions>; sources: string[] }>;
  preceptStrategies: Array<{ force: string; year: string; strategy: PreceptStrategy; sources: string[] }>;
  savingsSlippages: Array<{
    allianceCode: string;
    programmeCode: string;
    year: string;
    share: string;
    mode: SlippageMode;
    recordedAt: string | null;
    sources: string[];
    /** The scenario that recorded it, for the reason shown on the alliance's savings history. */
    scenarioName: string;
  }>;
  extraItems: Array<ExtraItemFact & { scenarioId: string }>;
  extraDrawdowns: Array<ExtraDrawdownFact & { scenarioId: string; sequence: number }>;
}

const RATE_NAMES = ['payAward', 'nonPayInflation', 'incomeInflation', 'grantChange', 'taxBaseGrowth'] as const;

export function effectiveOverrides(chain: readonly ScenarioFacts[]): EffectiveOverrides {
  checkChain(chain);
  const assumptions = new Map<string, EffectiveOverrides['assumptions'][number]>();
  const precepts = new Map<string, EffectiveOverrides['preceptStrategies'][number]>();
  const slippages = new Map<string, EffectiveOverrides['savingsSlippages'][number]>();
  const extraItems: EffectiveOverrides['extraItems'] = [];
  const extraDrawdowns: EffectiveOverrides['extraDrawdowns'] = [];

  for (const scenario of chain) {
    const scenarioId = scenario.scenarioId as string;
    for (const o of scenario.assumptionOverrides) {
      const key = `${o.force}|${o.year}`;
      const current = assumptions.get(key) ?? { force: o.force, year: o.year, rates: {}, sources: [] };
      const rates = { ...current.rates };
      for (const name of RATE_NAMES) if (o[name] !== undefined) rates[name] = o[name];
      assumptions.set(key, { ...current, rates, sources: mergeSources(current.sources, o.sources) });
    }
    for (const p of scenario.preceptStrategies) {
      precepts.set(`${p.force}|${p.year}`, { force: p.force, year: p.year, strategy: p.strategy, sources: [...p.sources] });
    }
    for (const s of scenario.savingsSlippages) {
      const { allianceCode, programmeCode, year, share, mode, recordedAt, sources } = s;
      slippages.set(`${allianceCode}|${programmeCode}|${year}`, {
        allianceCode,
        programmeCode,
        year,
        share,
        mode,
        recordedAt,
        sources: [...sources],
        scenarioName: scenario.name ?? scenarioId,
      });
    }
    for (const item of scenario.extraItems) extraItems.push({ ...item, scenarioId });
    scenario.extraDrawdowns.forEach((d, sequence) => extraDrawdowns.push({ ...d, scenarioId, sequence: sequence + 1 }));
  }
  return {
    assumptions: [...assumptions.values()],
    preceptStrategies: [...precepts.values()],
    savingsSlippages: [...slippages.values()],
    extraItems,
    extraDrawdowns,
  };
}

/** The chain must run from a branch of the baseline down, each scenario based on the one before. */
function checkChain(chain: readonly ScenarioFacts[]): void {
  chain.forEach((scenario, i) => {
    if (scenario.scenarioId === null || scenario.basedOn === null) {
      throw new InvalidInputError(`chain[${i}]`, 'is not a scenario that has been created');
    }
    const expected = i === 0 ? 'the baseline' : `scenario ${chain[i - 1].scenarioId}`;
    const actual = scenario.basedOn.kind === 'baseline' ? 'the baseline' : `scenario ${scenario.basedOn.scenarioId}`;
    if (expected !== actual) {
      throw new InvalidInputError(
        `chain[${i}]`,
        `scenario ${scenario.scenarioId} is based on ${actual}, not ${expected}: give the chain root-most first`,
      );
    }
  });
}
