import type { BoardFiguresEvent } from './board-figures.events';
import { compareYears } from './collaboration-input';

/**
 * The board's figures, folded onto the alliance's programmes and units. The fields are optional:
 * facts folded (and checkpointed) before these events existed simply have none.
 */

/** A programme's costs to achieve for a year (one per year, the latest recorded). */
export interface CostsToAchieveFact {
  year: string;
  amount: string;
  source: string | null;
  recordedAt: string | null;
}

/** A unit's outturn for a year (one per year, the latest recorded). */
export interface UnitOutturnFact {
  year: string;
  amount: string;
  source: string | null;
  recordedAt: string | null;
}

/** An explanation of a programme-year's variance; every one is kept, the latest for a year is current. */
export interface VarianceExplanationFact {
  year: string;
  explanation: string;
  source: string | null;
  recordedAt: string | null;
}

interface ProgrammeWithBoardFigures {
  programmeCode: string;
  costsToAchieve?: CostsToAchieveFact[];
  varianceExplanations?: VarianceExplanationFact[];
}

interface UnitWithOutturns {
  unitCode: string;
  outturns?: UnitOutturnFact[];
}

export function evolveBoardFigures<
  P extends ProgrammeWithBoardFigures,
  U extends UnitWithOutturns,
  S extends { programmes: P[]; units: U[] },
>(state: S, event: BoardFiguresEvent, at: { source: string | null; recordedAt: string | null }): S {
  switch (event.type) {
    case 'ProgrammeCostsToAchieveSet.v1': {
      const { programmeCode, year, amount } = event.data;
      const fact: CostsToAchieveFact = { year, amount, ...at };
      return {
        ...state,
        programmes: state.programmes.map((p) =>
          p.programmeCode !== programmeCode
            ? p
            : { ...p, costsToAchieve: byYear([...(p.costsToAchieve ?? []).filter((c) => c.year !== year), fact]) },
        ),
      };
    }
    case 'SavingsVarianceExplained.v1': {
      const { programmeCode, year, explanation } = event.data;
      const fact: VarianceExplanationFact = { year, explanation, ...at };
      return {
        ...state,
        programmes: state.programmes.map((p) =>
          p.programmeCode !== programmeCode ? p : { ...p, varianceExplanations: [...(p.varianceExplanations ?? []), fact] },
        ),
      };
    }
    case 'UnitOutturnRecorded.v1': {
      const { unitCode, year, amount } = event.data;
      const fact: UnitOutturnFact = { year, amount, ...at };
      return {
        ...state,
        units: state.units.map((u) =>
          u.unitCode !== unitCode ? u : { ...u, outturns: byYear([...(u.outturns ?? []).filter((o) => o.year !== year), fact]) },
        ),
      };
    }
  }
}

function byYear<T extends { year: string }>(xs: T[]): T[] {
  return xs.sort((a, b) => compareYears(a.year, b.year));
}

/** The programme's costs to achieve in a year, if recorded. */
export function costsToAchieveIn(programme: ProgrammeWithBoardFigures, year: string): CostsToAchieveFact | undefined {
  return programme.costsToAchieve?.find((c) => c.year === year);
}

/** The current explanation of a programme-year's variance: the latest recorded, if any. */
export function varianceExplanationIn(programme: ProgrammeWithBoardFigures, year: string): VarianceExplanationFact | undefined {
  return programme.varianceExplanations?.filter((e) => e.year === year).at(-1);
}

/** The unit's outturn for a year, if recorded. */
export function outturnIn(unit: UnitWithOutturns, year: string): UnitOutturnFact | undefined {
  return unit.outturns?.find((o) => o.year === year);
}
