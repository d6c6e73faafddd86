import type { EventOf, AllianceFacts, ProgrammeFacts, Provenance, SavingsEntry } from './alliance.state';

/** Folds a savings programme's start, plans, forecast revisions and realisations. */
export function evolveProgrammes(
  state: AllianceFacts,
  event: EventOf<'SavingsProgrammeStarted.v1' | 'SavingsPlanned.v1' | 'SavingsForecastRevised.v1' | 'SavingsRealised.v1'>,
  { source, recordedAt }: Provenance,
): AllianceFacts {
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
      return { ...state, programmes: [...state.programmes, programme] };
    }
    case 'SavingsPlanned.v1': {
      const { programmeCode, year, amount } = event.data;
      return addToHistory(state, programmeCode, { kind: 'planned', year, amount, source, recordedAt });
    }
    case 'SavingsForecastRevised.v1': {
      const { programmeCode, year, amount, reason } = event.data;
      return addToHistory(state, programmeCode, { kind: 'forecast_revised', year, amount, reason, source, recordedAt });
    }
    case 'SavingsRealised.v1': {
      const { programmeCode, year, amount, evidence } = event.data;
      return addToHistory(state, programmeCode, { kind: 'realised', year, amount, evidence, source, recordedAt });
    }
  }
}

function addToHistory(state: AllianceFacts, programmeCode: string, entry: SavingsEntry): AllianceFacts {
  return {
    ...state,
    programmes: state.programmes.map((p) => (p.programmeCode === programmeCode ? { ...p, history: [...p.history, entry] } : p)),
  };
}
