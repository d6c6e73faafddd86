import { toJson } from '../../common/to-json';
import { ALL_PCCS, appliesToKey, describeReferendumPrinciple, toReferendumPrinciple } from '../referendum-principle';
import { groupMembersOf, type ReferendumPrinciplesState } from '../referendum-principles.state';

/**
 * The principles in force as the API shows them: years in order, within a year by the group
 * they apply to; a £ limit to the penny, a rate exact; each with a sentence saying what it
 * allows and the ids of the events that recorded it. A group's principle names the PCCs (force
 * codes) recorded in the group for the year, and the events that recorded them.
 */
export function referendumPrinciplesJson(state: ReferendumPrinciplesState, year?: string) {
  const years = (year === undefined ? Object.keys(state.current) : [year]).sort();
  return years.flatMap((y) =>
    [...(state.current[y] ?? [])]
      .sort((a, b) => (a.appliesTo < b.appliesTo ? -1 : a.appliesTo > b.appliesTo ? 1 : 0))
      .map(({ sources, ...data }) => {
        const principle = toReferendumPrinciple(data, sources);
        const members = groupMembersOf(state, y).find((g) => appliesToKey(g.appliesTo) === appliesToKey(data.appliesTo));
        const group =
          appliesToKey(data.appliesTo) === appliesToKey(ALL_PCCS)
            ? {}
            : { members: { forces: members?.forces ?? [], sources: members?.sources ?? [] } };
        return { ...toJson(principle), description: describeReferendumPrinciple(principle), ...group };
      }),
  );
}

export type ReferendumPrincipleJson = ReturnType<typeof referendumPrinciplesJson>[number];
