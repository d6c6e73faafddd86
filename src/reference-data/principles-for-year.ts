import { FinancialYear } from '../common/financial-year';
import {
  ALL_PCCS,
  appliesToKey,
  toReferendumPrinciple,
  type ReferendumPrinciple,
  type ReferendumPrincipleData,
} from './referendum-principle';
import { groupMembersOf, type ReferendumPrinciplesState } from './referendum-principles.state';

/** The principles in force for a year, as recorded on the reference stream (with their sources). */
export function principlesForYear(state: ReferendumPrinciplesState, year: string): ReferendumPrinciple[] {
  const key = FinancialYear.parse(year, 'year').toString();
  return (state.current[key] ?? []).map(({ sources, ...data }) => toReferendumPrinciple(data, sources));
}

/** The principles of a year from a reference table such as REFERENDUM_PRINCIPLES_ENGLAND (no sources). */
export function principlesFromTable(table: readonly ReferendumPrincipleData[], year: string): ReferendumPrinciple[] {
  const key = FinancialYear.parse(year, 'year').toString();
  return table.filter((p) => p.year === key).map((p) => toReferendumPrinciple(p));
}

/**
 * The principles that apply to one PCC: those for "all PCCs" plus those for the groups it
 * belongs to (e.g. "lowest-quartile PCCs"). Whether a PCC is in a group is a fact about the
 * force that the caller supplies; the precept engine then treats the list as alternatives.
 */
export function principlesApplyingTo(principles: readonly ReferendumPrinciple[], groups: readonly string[] = []): ReferendumPrinciple[] {
  const wanted = new Set([ALL_PCCS, ...groups].map(appliesToKey));
  return principles.filter((p) => wanted.has(appliesToKey(p.appliesTo)));
}

/** The groups a PCC is recorded as a member of for a year (e.g. ["lowest-quartile PCCs"]), with the events that say so. */
export function groupsOfForce(state: ReferendumPrinciplesState, force: string, year: string): { appliesTo: string; sources: string[] }[] {
  const key = FinancialYear.parse(year, 'year').toString();
  return groupMembersOf(state, key)
    .filter((g) => g.forces.includes(force))
    .map((g) => ({ appliesTo: g.appliesTo, sources: [...g.sources] }));
}

/**
 * The principles that apply to one force's PCC in a year: those for all PCCs and those of the
 * groups it is recorded in, plus any `whatIfGroups` the caller asks to try. Each principle of a
 * group cites the events that put the force in it.
 */
export function principlesForForce(
  state: ReferendumPrinciplesState,
  force: string,
  year: string,
  whatIfGroups: readonly string[] = [],
): ReferendumPrinciple[] {
  const groups = groupsOfForce(state, force, year);
  const membership = new Map(groups.map((g) => [appliesToKey(g.appliesTo), g.sources]));
  return principlesApplyingTo(principlesForYear(state, year), [...groups.map((g) => g.appliesTo), ...whatIfGroups]).map((p) => {
    const because = membership.get(appliesToKey(p.appliesTo)) ?? [];
    return because.length === 0 ? p : { ...p, sources: [...p.sources, ...because.filter((s) => !p.sources.includes(s))] };
  });
}
