import type { ExternalSavingsLine } from '../mtfp/external-savings-line';
import { KeptPerFacts } from '../common/kept-per-facts';
import { isMemberIn } from './alliance.readers';
import type { AllianceFacts, ProgrammeFacts } from './alliance.state';
import { programmeSharesIn, weightsOf } from './cost-shares';
import type { NreByForceAndYear } from './net-revenue-expenditure';
import { hasFiguresFor, programmeYears, savingsYear, splitSavingsYear } from './programme-savings';
import { compareYears } from './collaboration-input';
import { recursIn } from './savings-year-recurrence';
import { nreReadByProgramme } from './unit-cost-shares';

/**
 * The lines an alliance's savings put into one member's MTFP: for each cashable programme and
 * each of `years` in which the force is a member and the programme has figures, the force's
 * part of the programme's best estimate (realised where recorded, else the current forecast,
 * else the plan). A year whose figure recurs (the year's own recurrence, else the programme's: see
 * savings-year-recurrence.ts) puts in an increment marked `recurring` even when the year is before
 * `years` (it keeps saving), which the MTFP takes off in its year and every later one; a one-off
 * year's line saves in its own year only.
 *
 * Parts are split change by change (see splitChanges in programme-savings.ts): the plan, then every revision and
 * realisation as its own allocation. The members' lines for a programme and year therefore sum
 * exactly to the programme's figure, and revising the forecast by Δ changes each member's line
 * by exactly its allocation of Δ – £6.1m revised to £5.3m moves each line by its share of
 * £0.8m to the penny.
 *
 * Lines cite the programme, the plan/revision/realisation events for the year and the events
 * behind the shares (basis, unit, memberships). If the shares cannot be worked out (no basis in
 * force, a fellow member with no NRE for the year) the line is still there, at zero and carrying
 * the issue – what is missing and whose – so the force's plan answers and the gap shows, rather
 * than one party's missing records refusing another party's plan or a saving vanishing unseen.
 */
export function allianceSavingsLines(
  facts: AllianceFacts,
  force: string,
  years: readonly string[],
  nre: NreByForceAndYear,
): ExternalSavingsLine[] {
  const member = facts.members.find((m) => m.force === force);
  if (!member || facts.allianceCode === null || facts.name === null) return [];
  const lines: ExternalSavingsLine[] = [];
  const last = years.reduce<string | null>((latest, y) => (latest === null || compareYears(y, latest) > 0 ? y : latest), null);
  for (const programme of facts.programmes) {
    if (!programme.cashable) continue;
    for (const year of yearsOfLines(programme, years, last)) {
      if (!isMemberIn(member, year) || !hasFiguresFor(programme, year)) continue;
      const line = kept.get(
        facts,
        `${force}\u0000${programme.programmeCode}\u0000${year}`,
        nreReadByProgramme(facts, programme, year, nre),
        () => lineOf(facts, programme, force, year, nre),
      );
      if (line) lines.push(line);
    }
  }
  return lines;
}

/**
 * A member's line for a programme and year depends on the alliance's facts and, where the
 * programme's unit shares by net revenue budgets, the members' NRE of the basis year: kept with
 * those (kept-per-facts.ts), so a new event on one member's stream leaves the lines whose
 * shares do not read its NRE as they were. Null when the force has no part in the year.
 */
const kept = new KeptPerFacts<AllianceFacts, ExternalSavingsLine | null>();

function lineOf(
  facts: AllianceFacts,
  programme: ProgrammeFacts,
  force: string,
  year: string,
  nre: NreByForceAndYear,
): ExternalSavingsLine | null {
  const shares = programmeSharesIn(facts, programme, year, nre);
  const code = `alliance:${facts.allianceCode}:programme:${programme.programmeCode}`;
  const name = `${facts.name} – ${savingsName(programme.name)} (${force} share)`;
  if (!shares.ok) {
    return {
      code,
      name,
      year,
      amount: '0',
      sources: [...new Set([...(programme.source ? [programme.source] : []), ...shares.sources])],
      ...(recursIn(programme, year) ? { recurring: true } : {}),
      issue: `${facts.name}'s ${savingsName(programme.name)} for ${year} cannot be shared between its members, so the share of "${force}" is left out of ${year} (shown as 0): ${shares.issue}`,
    };
  }
  const figures = savingsYear(programme, year);
  const part = splitSavingsYear(figures, weightsOf(shares.members)).find((m) => m.force === force);
  if (!part) return null;
  return {
    code,
    name,
    year,
    amount: part.bestEstimate.toExact(),
    sources: [...new Set([...(programme.source ? [programme.source] : []), ...figures.sources, ...shares.sources])],
    ...(part.realised !== null ? { realised: true } : {}),
    ...(recursIn(programme, year) ? { recurring: true } : {}),
  };
}

/**
 * The years a programme puts lines in: the asked years, and every earlier year of its own whose
 * figure recurs, since each such increment keeps saving in later years (the MTFP takes off those
 * its base budget does not already contain). In the order of the years.
 */
function yearsOfLines(programme: ProgrammeFacts, years: readonly string[], last: string | null): readonly string[] {
  if (last === null) return years;
  // A function of the programme's facts (never changed once folded) and the years asked: kept with the programme.
  return yearsKept.get(programme, '', years.join(','), () => carriedAndAsked(programme, years, last));
}

const yearsKept = new KeptPerFacts<ProgrammeFacts, readonly string[]>();

function carriedAndAsked(programme: ProgrammeFacts, years: readonly string[], last: string): readonly string[] {
  const carried = programmeYears(programme).filter((y) => compareYears(y, last) <= 0 && !years.includes(y) && recursIn(programme, y));
  return [...carried, ...years].sort(compareYears);
}

/** "Joint Protective Services" reads as "Joint Protective Services savings"; "Collaboration savings" stays as it is. */
function savingsName(programmeName: string): string {
  return /\bsavings?\b/i.test(programmeName) ? programmeName : `${programmeName} savings`;
}
