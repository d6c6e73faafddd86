import type { UnitSharesFixed } from './alliance.events';
import { compareYears } from './collaboration-input';

/**
 * The shares of a unit's cost fixed for a year (UnitSharesFixed.v1), folded: the figures the
 * alliance used when it set the unit's budget or basis, or the board re-set them. They stand
 * while the basis they were worked out under (`basisFromYear`, `nreYear`) is in force for the
 * year; a later restatement of a member's MTFP does not move them.
 */
export interface UnitSharesFact {
  year: string;
  basisFromYear: string;
  nreYear: string;
  shares: { force: string; nre: string; share: string }[];
  /** Set when the board re-set the shares; null when they were fixed with the budget or basis. */
  reason: string | null;
  source: string | null;
  recordedAt: string | null;
}

/** A unit as far as its fixed shares go (the alliance's units carry more). */
interface UnitWithFixedShares {
  unitCode: string;
  fixedShares?: UnitSharesFact[];
}

/** Records the shares for the unit and year among the alliance's units, replacing any fixed before for that year. */
export function evolveUnitShares<U extends UnitWithFixedShares>(
  units: readonly U[],
  event: UnitSharesFixed,
  source: string | null,
  recordedAt: string | null,
): U[] {
  const { unitCode, year, basisFromYear, nreYear, shares, reason } = event.data;
  const fact: UnitSharesFact = { year, basisFromYear, nreYear, shares, reason, source, recordedAt };
  return units.map((u) =>
    u.unitCode !== unitCode
      ? u
      : {
          ...u,
          fixedShares: [...(u.fixedShares ?? []).filter((f) => f.year !== year), fact].sort((a, b) => compareYears(a.year, b.year)),
        },
  );
}
