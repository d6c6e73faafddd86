import { toJson } from '../../common/to-json';
import { describeReferendumPrinciple, toReferendumPrinciple } from '../referendum-principle';
import type { ReferendumPrinciplesState } from '../referendum-principles.state';

/**
 * The principles in force as the API shows them: years in order, within a year by the group
 * they apply to; a £ limit to the penny, a rate exact; each with a sentence saying what it
 * allows and the ids of the events that recorded it.
 */
export function referendumPrinciplesJson(state: ReferendumPrinciplesState, year?: string) {
  const years = (year === undefined ? Object.keys(state.current) : [year]).sort();
  return years.flatMap((y) =>
    [...(state.current[y] ?? [])]
      .sort((a, b) => (a.appliesTo < b.appliesTo ? -1 : a.appliesTo > b.appliesTo ? 1 : 0))
      .map(({ sources, ...data }) => {
        const principle = toReferendumPrinciple(data, sources);
        return { ...toJson(principle), description: describeReferendumPrinciple(principle) };
      }),
  );
}

export type ReferendumPrincipleJson = ReturnType<typeof referendumPrinciplesJson>[number];
