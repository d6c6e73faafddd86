import { FinancialYear } from '../common/financial-year';
import {
  ALL_PCCS,
  appliesToKey,
  toReferendumPrinciple,
  type ReferendumPrinciple,
  type ReferendumPrincipleData,
} from './referendum-principle';
import type { ReferendumPrinciplesState } from './referendum-principles.state';

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
