import type { AllianceFacts } from '../collaboration/alliance.state';
import { allianceStreamId } from '../collaboration/alliance.stream';
import { forceFinanceStreamId } from '../force-finance/force-finance.stream';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import { forceStreamId, type ForceState } from '../forces/force.decider';
import type { StreamFacts } from '../projections/stream-facts.projection';
import { principlesForForce } from '../reference-data/principles-for-year';
import { REFERENDUM_PRINCIPLES_STREAM } from '../reference-data/referendum-principles.events';
import { initialReferendumPrinciplesState, type ReferendumPrinciplesState } from '../reference-data/referendum-principles.state';
import { applyAssumptionOverrides } from './apply-assumption-overrides';
import { applyExtraDrawdowns } from './apply-extra-drawdowns';
import { applyExtraItems } from './apply-extra-items';
import { applySavingsSlippage, type SavingsAdjustment } from './apply-savings-slippage';
import { CopyOnWriteFacts } from './copy-on-write-facts';
import { effectiveOverrides } from './effective-overrides';
import type { BandDOverride } from '../mtfp/project-mtfp';
import { bandDUnderStrategies, type PrinciplesFor } from './precept-strategy-band-d';
import type { ScenarioFacts } from './scenario.state';

/** The baseline's facts as a scenario sees them, and what the engines need besides. */
export interface AppliedScenario {
  /** New facts: the baseline's streams, with copies of those the scenario changes. */
  facts: StreamFacts;
  /** Per force, per year: the Band D its precept strategies give; pass to projectMtfp / PlanReader.mtfp as `bandDOverrides`. */
  bandDOverrides: Record<string, Record<string, BandDOverride>>;
  /** What each savings slippage moved. */
  savingsAdjustments: SavingsAdjustment[];
  /** Overrides that could not be applied as asked, and breaches they cause (a reserve taken below zero, a referendum needed). */
  warnings: string[];
  /** The scenarios applied, root-most first. */
  scenarios: string[];
}

/**
 * The baseline with a chain of scenarios applied, a pure function: `chain` is the scenario and
 * the scenarios it branches from, root-most first (scenario-chain.ts), so a branch of a branch
 * inherits both parents' overrides (the nearer winning where they name the same thing).
 * `baseline` is never changed: only the streams the scenario changes are copied.
 *
 * - Assumption overrides are merged into the force's assumptions for the year (as if recorded
 *   there; see apply-assumption-overrides.ts), citing the override's events.
 * - Extra cost pressures and growth become budget items of the force.
 * - Extra drawdowns become planned drawdowns supporting the revenue budget; one that takes a
 *   reserve below zero is applied and flagged in `warnings`.
 * - Savings slippage becomes forecast revisions on the alliance's programme, so every member's
 *   MTFP sees it consistently (apply-savings-slippage.ts).
 * - Precept strategies become per-year Band D overrides (precept-strategy-band-d.ts), worked
 *   out on the facts above, with the referendum principles `principlesFor` gives (by default
 *   those recorded for the year for all PCCs and for the groups the force is recorded in).
 * An override for a force, reserve or programme the baseline (as at the scenario's moment)
 * does not have is left out, with a warning.
 */
export function applyScenario(baseline: StreamFacts, chain: readonly ScenarioFacts[], principlesFor?: PrinciplesFor): AppliedScenario {
  const overrides = effectiveOverrides(chain);
  const facts = new CopyOnWriteFacts(baseline);
  const warnings: string[] = [];
  const nameOf = (force: string) => facts.read<ForceState>(forceStreamId(force))?.name ?? force;

  /** The force's finance facts to change, or null (with a warning) when the baseline has none. */
  const financeOf = (force: string, what: string): ForceFinanceState | null => {
    const streamId = forceFinanceStreamId(force);
    if (facts.read(streamId) === undefined) {
      warnings.push(`${nameOf(force)} has no finance facts in the baseline the scenario reads: its ${what} are left out`);
      return null;
    }
    return facts.write<ForceFinanceState>(streamId);
  };

  for (const [force, list] of groupBy(overrides.assumptions, (o) => o.force)) {
    const finance = financeOf(force, 'assumption overrides');
    if (finance) applyAssumptionOverrides(finance, list);
  }
  for (const [force, list] of groupBy(overrides.extraItems, (o) => o.force)) {
    const finance = financeOf(force, 'extra cost pressures and growth');
    if (finance) applyExtraItems(finance, list);
  }
  for (const [force, list] of groupBy(overrides.extraDrawdowns, (o) => o.force)) {
    const finance = financeOf(force, 'extra reserve drawdowns');
    if (finance) applyExtraDrawdowns(finance, nameOf(force), list, warnings);
  }

  const savingsAdjustments: SavingsAdjustment[] = [];
  for (const [allianceCode, list] of groupBy(overrides.savingsSlippages, (o) => o.allianceCode)) {
    const streamId = allianceStreamId(allianceCode);
    if (facts.read<AllianceFacts>(streamId)?.allianceCode == null) {
      warnings.push(`There is no alliance "${allianceCode}" in the baseline the scenario reads: its savings slippage is left out`);
      continue;
    }
    savingsAdjustments.push(...applySavingsSlippage(facts.write<AllianceFacts>(streamId), list, warnings));
  }

  const principles = principlesFor ?? recordedPrinciplesForForce(facts.read<ReferendumPrinciplesState>(REFERENDUM_PRINCIPLES_STREAM));
  const bandDOverrides: AppliedScenario['bandDOverrides'] = {};
  for (const [force, list] of groupBy(overrides.preceptStrategies, (o) => o.force)) {
    const finance = facts.read<ForceFinanceState>(forceFinanceStreamId(force));
    if (!finance) {
      warnings.push(`${nameOf(force)} has no finance facts in the baseline the scenario reads: its precept strategies are left out`);
      continue;
    }
    const years = bandDUnderStrategies(finance, force, nameOf(force), list, principles, warnings);
    if (Object.keys(years).length > 0) bandDOverrides[force] = years;
  }

  return {
    facts: facts.result(),
    bandDOverrides,
    savingsAdjustments,
    warnings,
    scenarios: chain.map((s) => s.scenarioId as string),
  };
}

/** The principles recorded for a year that apply to the force's PCC: all PCCs', and its groups' (e.g. lowest quartile) where it is recorded in them. */
function recordedPrinciplesForForce(state: ReferendumPrinciplesState | undefined): PrinciplesFor {
  const recorded = state ?? initialReferendumPrinciplesState();
  return (force, year) => principlesForForce(recorded, force, year);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
