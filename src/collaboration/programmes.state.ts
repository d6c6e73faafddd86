import type { EventOf, Provenance } from './alliance.events';
import type { SavingsRecurrence } from './board-settings.events';
import type { CostsToAchieveFact, VarianceExplanationFact } from './board-figures.state';

interface SavingsEntryBase {
  year: string;
  amount: string;
  source: string | null;
  recordedAt: string | null;
}
export type SavingsEntry =
  | (SavingsEntryBase & { kind: 'planned'; recurrence?: SavingsRecurrence })
  | (SavingsEntryBase & { kind: 'forecast_revised'; reason: string })
  | (SavingsEntryBase & { kind: 'realised'; evidence: string });

export interface ProgrammeFacts {
  programmeCode: string;
  name: string;
  unitCode: string | null;
  cashable: boolean;
  startYear: string;
  owner: string | null;
  source: string | null;
  /** Whether each year's figure recurs in later years; 'one_off' unless recorded (SavingsRecurrenceSet.v1 or at the start). */
  recurrence: SavingsRecurrence;
  /** The event that recorded the recurrence, if any. */
  recurrenceSource: string | null;
  /** Plans, forecast revisions and realisations in the order they were recorded. */
  history: SavingsEntry[];
  /** Costs to achieve per year (ProgrammeCostsToAchieveSet.v1), earliest first; absent until one is recorded. */
  costsToAchieve?: CostsToAchieveFact[];
  /** Explanations of variance (SavingsVarianceExplained.v1) in the order recorded; absent until one is recorded. */
  varianceExplanations?: VarianceExplanationFact[];
}

/** Folds a savings programme's start, plans, forecast revisions and realisations. */
export function evolveProgrammes(
  programmes: readonly ProgrammeFacts[],
  event: EventOf<'SavingsProgrammeStarted.v1' | 'SavingsPlanned.v1' | 'SavingsForecastRevised.v1' | 'SavingsRealised.v1'>,
  { source, recordedAt }: Provenance,
): ProgrammeFacts[] {
  switch (event.type) {
    case 'SavingsProgrammeStarted.v1': {
      const { programmeCode, name, unitCode, cashable, startYear, owner, recurrence } = event.data;
      const programme: ProgrammeFacts = {
        programmeCode,
        name,
        unitCode: unitCode ?? null,
        cashable,
        startYear,
        owner: owner ?? null,
        source,
        recurrence: recurrence ?? 'one_off',
        recurrenceSource: recurrence ? source : null,
        history: [],
      };
      return [...programmes, programme];
    }
    case 'SavingsPlanned.v1': {
      const { programmeCode, year, amount, recurrence } = event.data;
      const entry: SavingsEntry = { kind: 'planned', year, amount, source, recordedAt, ...(recurrence ? { recurrence } : {}) };
      return addToHistory(programmes, programmeCode, entry);
    }
    case 'SavingsForecastRevised.v1': {
      const { programmeCode, year, amount, reason } = event.data;
      return addToHistory(programmes, programmeCode, { kind: 'forecast_revised', year, amount, reason, source, recordedAt });
    }
    case 'SavingsRealised.v1': {
      const { programmeCode, year, amount, evidence } = event.data;
      return addToHistory(programmes, programmeCode, { kind: 'realised', year, amount, evidence, source, recordedAt });
    }
  }
}

function addToHistory(programmes: readonly ProgrammeFacts[], programmeCode: string, entry: SavingsEntry): ProgrammeFacts[] {
  return programmes.map((p) => (p.programmeCode === programmeCode ? { ...p, history: [...p.history, entry] } : p));
}
