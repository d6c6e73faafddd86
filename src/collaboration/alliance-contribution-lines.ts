import { KeptPerFacts } from '../common/kept-per-facts';
import { Money } from '../common/money';
import type { ContributionLine } from '../mtfp/contribution-line';
import { isMemberIn, membershipSources } from './alliance.readers';
import type { AllianceFacts } from './alliance.state';
import { memberPartsOf, nreRead, nreReadOfUnit, unitsCostShares, type NreReadOfYear } from './unit-cost-shares';
import { compareYears } from './collaboration-input';
import type { ContributionReplacementFact } from './force-collaboration.state';
import type { NreByForceAndYear } from './net-revenue-expenditure';

/**
 * The line an alliance's joint units put into one member's MTFP for each of `years` in which it
 * is a member and contributes: its share of every unit's budget for the year, exactly the
 * contribution collaboration shares gives it (the same shares – fixed when the budget or basis
 * was set, on an NRE basis – and the same penny allocation between members, so the members'
 * lines for a unit add up to its budget). Each figure cites the unit's budget, basis, fixed
 * shares and the memberships of the year.
 *
 * `nre` is the NRE for shares (PlanReader.nreForShareBases): each member's own budget before any
 * alliance line, so a contribution never feeds the shares it is split by.
 *
 * A unit whose share cannot be worked out (no basis, a member's NRE missing) is left out of the
 * line, which carries the issue; a unit with no budget for the year adds nothing. `replacement`
 * is the force's marking of the base-budget lines the contribution replaces, which apply from the
 * first year the force contributes to the alliance's units.
 */
export function allianceContributionLines(
  facts: AllianceFacts,
  force: string,
  years: readonly string[],
  nre: NreByForceAndYear,
  replacement?: ContributionReplacementFact,
): ContributionLine[] {
  const member = facts.members.find((m) => m.force === force);
  if (!member || facts.allianceCode === null || facts.name === null) return [];
  const code = `alliance:${facts.allianceCode}:contributions`;
  const name = `Contribution to ${facts.name} joint units`;
  const start = firstContributingYear(facts, force);
  const replaces =
    replacement && start !== null
      ? {
          lineCodes: replacement.lineCodes,
          fromYear: start,
          reason: replacement.reason,
          sources: replacement.source ? [replacement.source] : [],
        }
      : undefined;
  const replacesText = replaces ? JSON.stringify(replaces) : '';
  const lines: ContributionLine[] = [];
  for (const year of years) {
    if (!isMemberIn(member, year)) continue;
    const nreReads = nreReadInYear(facts, year).map((read) => nreRead(read, nre));
    const inputs = `${nreReads.join('|')}\u0000${replacesText}`;
    const line = kept.get(facts, `${force}\u0000${year}`, inputs, () => lineOf(facts, force, year, nre, code, name, replaces));
    if (line) lines.push(line);
  }
  return lines;
}

/**
 * A member's line for a year depends on the alliance's facts and, where units share costs by net
 * revenue budgets, on the members' NRE of the basis years: so it is kept per alliance facts
 * object with those NRE figures (and the member's marking of the lines it replaces) written out,
 * and worked out again only when they move. A new event on a member's stream that leaves its
 * basis-year NRE as it was finds every line of every year as it stood.
 */
const kept = new KeptPerFacts<AllianceFacts, ContributionLine | null>();

/** Whose NRE of which years the alliance's units read in a year: once per alliance facts and year. */
const readsKept = new KeptPerFacts<AllianceFacts, NreReadOfYear[]>();

function nreReadInYear(facts: AllianceFacts, year: string): NreReadOfYear[] {
  return readsKept.get(facts, year, '', () => {
    const reads = new Map<string, NreReadOfYear>();
    for (const unit of facts.units) {
      const read = nreReadOfUnit(facts, unit, year);
      if (read) reads.set(`${read.nreYear}\u0000${read.forces.join(',')}`, read);
    }
    return [...reads.values()];
  });
}

function lineOf(
  facts: AllianceFacts,
  force: string,
  year: string,
  nre: NreByForceAndYear,
  code: string,
  name: string,
  replaces: ContributionLine['replaces'],
): ContributionLine | null {
  // The units' shares and this member's parts, as collaboration shares works them out (not every member's totals).
  const shares = unitsCostShares(facts, year, nre);
  const parts = memberPartsOf(shares, force);
  const units = parts.map(({ unit, contribution }) => ({
    code: unit.unitCode,
    name: unit.name,
    amount: contribution.toExact(),
    sources: unit.sources,
  }));
  const issues = shares.filter((u) => u.members.length === 0 && u.budget !== null).flatMap((u) => u.issues);
  if (units.length === 0 && issues.length === 0) return null;
  return {
    code,
    name,
    year,
    amount: Money.sum(parts.map((p) => p.contribution)).toExact(), // the member's total in collaboration shares
    units,
    sources: [...new Set([...units.flatMap((u) => u.sources), ...membershipSources(facts, year)])],
    ...(issues.length > 0
      ? {
          issue: `Part of ${force}'s ${year} contribution to ${facts.name}'s joint units cannot be worked out and is left out: ${issues.join(' ')}`,
        }
      : {}),
    ...(replaces ? { replaces } : {}),
  };
}

/**
 * The first year any unit of the alliance has a budget while the force is a member: when its
 * contributions start. It reads every unit's budgets, and the alliance's facts alone: so once per
 * alliance facts object and member.
 */
function firstContributingYear(facts: AllianceFacts, force: string): string | null {
  return firstYearKept.get(facts, force, '', () => firstContributingYearOf(facts, force));
}

const firstYearKept = new KeptPerFacts<AllianceFacts, string | null>();

function firstContributingYearOf(facts: AllianceFacts, force: string): string | null {
  const member = facts.members.find((m) => m.force === force);
  if (!member) return null;
  const years = facts.units.flatMap((u) => u.budgets.map((b) => b.year)).filter((y) => isMemberIn(member, y));
  return years.reduce<string | null>((first, y) => (first === null || compareYears(y, first) < 0 ? y : first), null);
}
