import { allocate } from '../common/allocation';
import { Dec } from '../common/decimal';
import { Money } from '../common/money';
import { budgetFor, membersIn } from './alliance.readers';
import type { AllianceFacts } from './alliance.state';
import { nationalAverageFor, type CollaborationAveragesFacts } from './collaboration-averages.state';
import { percent, ratio4 } from './collaboration-format';
import { unitSharesIn, weightsOf } from './cost-shares';
import type { ForceCollaborationFacts } from './force-collaboration.state';
import type { CollaborationPartner } from './force-collaboration.events';
import { nreOf, type NreByForceAndYear } from './net-revenue-expenditure';

/**
 * A force's collaboration, year by year, as HMIC measures it: spend with other police forces
 * (its contributions to every joint unit of every alliance it belongs to that year, plus the
 * police collaboration spend it recorded itself) and with non-police bodies (recorded), each in
 * pounds and as a share of the force's net revenue expenditure, with the England and Wales
 * average beside it where one is recorded.
 */
export interface CollaborationSpendLine {
  kind: 'unit_contribution' | 'recorded_spend';
  description: string;
  allianceCode: string | null;
  unitCode: string | null;
  amount: Money;
  sources: string[];
}

export interface PartnerCollaboration {
  amount: Money;
  /** amount / NRE, exact; null without an NRE figure. */
  shareOfNre: Dec | null;
  nationalAverage: Dec | null;
  lines: CollaborationSpendLine[];
  sources: string[];
}

export interface ForceCollaborationYear {
  year: string;
  nre: Money | null;
  police: PartnerCollaboration;
  nonPolice: PartnerCollaboration;
  /** Why a figure is missing or incomplete. */
  issues: string[];
}

export interface ForceCollaboration {
  force: string;
  years: ForceCollaborationYear[];
}

export interface ForceCollaborationInput {
  force: string;
  years: readonly string[];
  /** Every alliance's facts; those the force is not a member of in a year are passed over. */
  alliances: readonly AllianceFacts[];
  spend?: ForceCollaborationFacts;
  averages?: CollaborationAveragesFacts;
  /** The force's NRE for each year: the denominator of its collaboration shares (its full MTFP's). */
  nre: NreByForceAndYear;
  /**
   * Members' NRE for units shared by net revenue budgets, as the alliance's cost shares read it
   * (each MTFP without alliance savings). Kept apart from `nre` because the two can differ for
   * the same force and year, and the force's contributions here must equal its contributions in
   * the alliance's collaboration shares. Defaults to `nre`.
   */
  shareBasisNre?: NreByForceAndYear;
}

export function forceCollaboration(input: ForceCollaborationInput): ForceCollaboration {
  const { force, nre } = input;
  const shareBasisNre = input.shareBasisNre ?? nre;
  return {
    force,
    years: input.years.map((year): ForceCollaborationYear => {
      const issues: string[] = [];
      const unitLines: CollaborationSpendLine[] = [];
      for (const alliance of input.alliances) {
        if (!membersIn(alliance, year).includes(force)) continue;
        for (const unit of alliance.units) {
          // A unit with no budget for the year is taken not to have run that year.
          const budget = budgetFor(unit, year);
          if (!budget) continue;
          const shares = unitSharesIn(alliance, unit, year, shareBasisNre);
          if (!shares.ok) {
            issues.push(`${alliance.name} – ${unit.name}: ${shares.issue} Its cost is left out of ${year}.`);
            continue;
          }
          const mine = shares.members.find((m) => m.force === force);
          if (!mine || mine.share.isZero()) continue;
          const contribution =
            allocate(Money.of(budget.amount), weightsOf(shares.members)).find((a) => a.key === force)?.amount ?? Money.ZERO;
          unitLines.push({
            kind: 'unit_contribution',
            description: `${alliance.name} – ${unit.name}`,
            allianceCode: alliance.allianceCode,
            unitCode: unit.unitCode,
            amount: contribution,
            sources: [...shares.sources, ...(budget.source ? [budget.source] : [])],
          });
        }
      }
      const recorded = (partner: CollaborationPartner): CollaborationSpendLine[] =>
        (input.spend?.spend ?? [])
          .filter((s) => s.year === year && s.partner === partner)
          .map((s) => ({
            kind: 'recorded_spend',
            description: s.description,
            allianceCode: null,
            unitCode: null,
            amount: Money.of(s.amount),
            sources: s.source ? [s.source] : [],
          }));

      const forceNre = nreOf(nre, force, year) ?? null;
      if (!forceNre)
        issues.push(
          `The ${year} net revenue expenditure of "${force}" was not available, so its collaboration cannot be shown as a share of it.`,
        );
      else if (!forceNre.isPositive())
        issues.push(`The ${year} net revenue expenditure of "${force}" is not positive, so no share of it can be shown.`);
      const average = nationalAverageFor(input.averages, year);
      const partnerFigures = (lines: CollaborationSpendLine[], averageShare: string | undefined): PartnerCollaboration => {
        const amount = Money.sum(lines.map((l) => l.amount));
        return {
          amount,
          shareOfNre: forceNre && forceNre.isPositive() ? amount.ratioTo(forceNre) : null,
          nationalAverage: averageShare === undefined ? null : new Dec(averageShare),
          lines,
          sources: [...new Set([...lines.flatMap((l) => l.sources), ...(average?.source ? [average.source] : [])])],
        };
      };
      return {
        year,
        nre: forceNre,
        police: partnerFigures([...unitLines, ...recorded('police')], average?.policeShareOfNre),
        nonPolice: partnerFigures(recorded('non_police'), average?.nonPoliceShareOfNre),
        issues,
      };
    }),
  };
}

// ---- JSON ----

export interface PartnerCollaborationJson {
  amount: string;
  shareOfNre: string | null;
  /** Rounded half-up to one place, as HMIC publishes it ("26.1"). */
  percentOfNre: string | null;
  nationalAverage: { shareOfNre: string; percentOfNre: string } | null;
  lines: {
    kind: CollaborationSpendLine['kind'];
    description: string;
    allianceCode: string | null;
    unitCode: string | null;
    amount: string;
    sources: string[];
  }[];
  sources: string[];
}

export interface ForceCollaborationJson {
  force: string;
  years: { year: string; nre: string | null; police: PartnerCollaborationJson; nonPolice: PartnerCollaborationJson; issues: string[] }[];
}

export function forceCollaborationToJson(figures: ForceCollaboration): ForceCollaborationJson {
  const partner = (p: PartnerCollaboration): PartnerCollaborationJson => ({
    amount: p.amount.toPence(),
    shareOfNre: p.shareOfNre ? ratio4(p.shareOfNre) : null,
    percentOfNre: p.shareOfNre ? percent(p.shareOfNre, 1) : null,
    nationalAverage: p.nationalAverage ? { shareOfNre: p.nationalAverage.toFixed(), percentOfNre: percent(p.nationalAverage, 1) } : null,
    lines: p.lines.map((l) => ({ ...l, amount: l.amount.toPence() })),
    sources: p.sources,
  });
  return {
    force: figures.force,
    years: figures.years.map((y) => ({
      year: y.year,
      nre: y.nre?.toPence() ?? null,
      police: partner(y.police),
      nonPolice: partner(y.nonPolice),
      issues: y.issues,
    })),
  };
}
