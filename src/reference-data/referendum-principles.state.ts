import { Dec } from '../common/decimal';
import type { EventRef } from '../event-sourcing/decider';
import { appliesToKey, type ReferendumPrincipleData } from './referendum-principle';
import type { ReferendumPrinciplesEvent } from './referendum-principles.events';

export interface ReferendumPrincipleFact extends ReferendumPrincipleData {
  sources: string[];
}

export type ReferendumPrincipleHistoryEntry =
  ({ change: 'set' } & ReferendumPrincipleFact) | { change: 'withdrawn'; year: string; appliesTo: string; sources: string[] };

/** The PCCs (force codes) a year's group principle applies to, and the events that said so. */
export interface ReferendumGroupMembersFact {
  appliesTo: string;
  forces: string[];
  sources: string[];
}

/** Plain JSON: the principles in force per year, every change per year in order, and each group's members per year. */
export interface ReferendumPrinciplesState {
  current: Record<string, ReferendumPrincipleFact[]>;
  history: Record<string, ReferendumPrincipleHistoryEntry[]>;
  /** Absent in states folded before groups' members were recorded: read it with `groupMembersOf`. */
  members?: Record<string, ReferendumGroupMembersFact[]>;
}

export function initialReferendumPrinciplesState(): ReferendumPrinciplesState {
  return { current: {}, history: {}, members: {} };
}

/** The groups of a year with the PCCs recorded as members. */
export function groupMembersOf(state: ReferendumPrinciplesState, year: string): ReferendumGroupMembersFact[] {
  return state.members?.[year] ?? [];
}

export function evolveReferendumPrinciples(
  state: ReferendumPrinciplesState,
  event: ReferendumPrinciplesEvent,
  ref?: EventRef,
): ReferendumPrinciplesState {
  const sources = ref ? [ref.id] : [];
  // The principles in force for the event's year other than the one it is about, and the year's history.
  const around = (year: string, appliesTo: string) => ({
    others: (state.current[year] ?? []).filter((p) => appliesToKey(p.appliesTo) !== appliesToKey(appliesTo)),
    history: state.history[year] ?? [],
  });
  switch (event.type) {
    case 'ReferendumPrincipleSet.v1': {
      const { year, appliesTo } = event.data;
      const { others, history } = around(year, appliesTo);
      const fact: ReferendumPrincipleFact = { ...event.data, limit: { ...event.data.limit }, sources };
      return {
        ...state,
        current: { ...state.current, [year]: [...others, fact] },
        history: { ...state.history, [year]: [...history, { change: 'set', ...fact }] },
      };
    }
    case 'ReferendumPrincipleWithdrawn.v1': {
      const { year, appliesTo } = event.data;
      const { others, history } = around(year, appliesTo);
      return {
        ...state,
        current: { ...state.current, [year]: others },
        history: { ...state.history, [year]: [...history, { change: 'withdrawn', year, appliesTo, sources }] },
      };
    }
    case 'ReferendumGroupMembersSet.v1': {
      const { year, appliesTo, forces } = event.data;
      const others = groupMembersOf(state, year).filter((g) => appliesToKey(g.appliesTo) !== appliesToKey(appliesTo));
      const fact: ReferendumGroupMembersFact = { appliesTo, forces: [...forces], sources };
      return { ...state, members: { ...state.members, [year]: [...others, fact] } };
    }
    default: {
      // Exhaustive at compile time; an unknown event at run time leaves the state as it is.
      const _unknown: never = event;
      return state;
    }
  }
}

/** Same limit, comparison and note: recording it again would change nothing. */
export function samePrinciple(a: ReferendumPrincipleData, b: ReferendumPrincipleData): boolean {
  const sameLimit =
    a.limit.kind === 'percentage' && b.limit.kind === 'percentage'
      ? new Dec(a.limit.rate).equals(b.limit.rate)
      : a.limit.kind === 'amount' && b.limit.kind === 'amount' && new Dec(a.limit.amount).equals(b.limit.amount);
  return sameLimit && a.comparison === b.comparison && appliesToKey(a.appliesTo) === appliesToKey(b.appliesTo) && a.note === b.note;
}
