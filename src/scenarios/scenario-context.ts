import { findProgramme } from '../collaboration/alliance.readers';
import type { AllianceFacts } from '../collaboration/alliance.state';
import type { ForceFinanceState } from '../force-finance/force-finance.state';

/**
 * What a scenario's decisions need to know about other streams, looked up by the command
 * handler (from the baseline the scenario branches from) and carried in the command, so that
 * decide() stays pure. Build them with the helpers below.
 */

/** A force an override is about: its plan period bounds every year an override names. */
export interface ScenarioForceContext {
  force: string;
  /** As registered, for messages ("Hertfordshire"). */
  forceName: string;
  /** The force's plan period; null when it has none yet (every override for it is then refused). */
  planYears: { first: string; last: string } | null;
  reserves: Array<{ reserveId: string; name: string; asAtYear: string }>;
}

/** A savings programme a slippage is about; null in the command when the alliance or programme is unknown. */
export interface SavingsProgrammeContext {
  allianceCode: string;
  allianceName: string;
  programmeCode: string;
  programmeName: string;
  cashable: boolean;
  /** Years with any plan, forecast or realisation recorded. */
  yearsWithFigures: string[];
  /** Years whose savings are already realised (the outturn is known: nothing left to slip). */
  realisedYears: string[];
}

export function forceContextFrom(force: string, forceName: string, facts: ForceFinanceState): ScenarioForceContext {
  return {
    force,
    forceName,
    planYears: facts.planPeriod ? { first: facts.planPeriod.firstYear, last: facts.planPeriod.lastYear } : null,
    reserves: facts.reserves.map((r) => ({ reserveId: r.reserveId, name: r.name, asAtYear: r.asAtYear })),
  };
}

export function programmeContextFrom(alliance: AllianceFacts | undefined, programmeCode: string): SavingsProgrammeContext | null {
  if (!alliance || alliance.allianceCode === null || alliance.name === null) return null;
  const programme = findProgramme(alliance, programmeCode);
  if (!programme) return null;
  const years = (kind?: 'realised') => [...new Set(programme.history.filter((e) => !kind || e.kind === kind).map((e) => e.year))];
  return {
    allianceCode: alliance.allianceCode,
    allianceName: alliance.name,
    programmeCode,
    programmeName: programme.name,
    cashable: programme.cashable,
    yearsWithFigures: years(),
    realisedYears: years('realised'),
  };
}
