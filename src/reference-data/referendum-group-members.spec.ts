import { spec } from '../../test/support/decider-spec';
import { InvalidInputError, RuleViolationError } from '../common/errors';
import { Money } from '../common/money';
import type { EventRef } from '../event-sourcing/decider';
import { assessReferendum, largestBandDWithoutReferendum } from '../precept/referendum-test';
import { groupsOfForce, principlesForForce } from './principles-for-year';
import { referendumPrinciplesDecider } from './referendum-principles.decider';
import type { ReferendumGroupMembersSet, ReferendumPrincipleSet, ReferendumPrinciplesEvent } from './referendum-principles.events';

const principle = (appliesTo: string, limit: ReferendumPrincipleSet['data']['limit']): ReferendumPrincipleSet => ({
  type: 'ReferendumPrincipleSet.v1',
  data: {
    year: '2017/18',
    limit,
    comparison: limit.kind === 'percentage' ? 'less_than' : 'up_to_and_including',
    appliesTo,
    note: '',
  },
});
const twoPercent = principle('all PCCs', { kind: 'percentage', rate: '0.02' });
const fivePounds = principle('lowest-quartile PCCs', { kind: 'amount', amount: '5' });
const hertsInQuartile: ReferendumGroupMembersSet = {
  type: 'ReferendumGroupMembersSet.v1',
  data: { year: '2017/18', appliesTo: 'lowest-quartile PCCs', forces: ['herts'] },
};
const ref = (id: string): EventRef => ({
  id,
  streamId: 'reference-referendum-principles',
  revision: '0',
  position: '0',
  recordedAt: '2017-01-01T00:00:00Z',
  type: 'x',
});
const stateOf = (events: [string, ReferendumPrinciplesEvent][]) =>
  events.reduce((s, [id, e]) => referendumPrinciplesDecider.evolve(s, e, ref(id)), referendumPrinciplesDecider.initialState());

describe('which PCCs a group principle applies to (reference data)', () => {
  it('records the members of a group that has a principle for the year, sorted and without repeats', () => {
    spec(referendumPrinciplesDecider)
      .given([twoPercent, fivePounds])
      .when({ type: 'SetReferendumGroupMembers', year: '2017/18', appliesTo: 'Lowest-quartile  PCCs', forces: ['herts', 'beds', 'herts'] })
      .then([
        { type: 'ReferendumGroupMembersSet.v1', data: { year: '2017/18', appliesTo: 'lowest-quartile PCCs', forces: ['beds', 'herts'] } },
      ]);
  });

  it('records nothing when the same members are recorded again', () => {
    spec(referendumPrinciplesDecider)
      .given([twoPercent, fivePounds, hertsInQuartile])
      .when({ type: 'SetReferendumGroupMembers', year: '2017/18', appliesTo: 'lowest-quartile PCCs', forces: ['herts'] })
      .thenNothingHappened();
  });

  it('refuses a group the year has no principle for (a typo), members for all PCCs, and malformed force codes', () => {
    const given = spec(referendumPrinciplesDecider).given([twoPercent, fivePounds]);
    given
      .when({ type: 'SetReferendumGroupMembers', year: '2017/18', appliesTo: 'lowest-quartile PCC', forces: ['herts'] })
      .thenThrows(RuleViolationError, /No referendum principle for lowest-quartile PCC is in force for 2017\/18/);
    given
      .when({ type: 'SetReferendumGroupMembers', year: '2017/18', appliesTo: 'all PCCs', forces: ['herts'] })
      .thenThrows(RuleViolationError, /applies to every PCC/);
    given
      .when({ type: 'SetReferendumGroupMembers', year: '2017/18', appliesTo: 'lowest-quartile PCCs', forces: ['Herts'] })
      .thenThrows(InvalidInputError, /force code/);
  });

  it('gives Herts 2017/18 the £5 besides the 2 %, citing the membership event: £152.00 needs no referendum, the largest is £152.00 (+£5.00)', () => {
    const state = stateOf([
      ['p2', twoPercent],
      ['p5', fivePounds],
      ['m', hertsInQuartile],
    ]);
    expect(groupsOfForce(state, 'herts', '2017/18')).toEqual([{ appliesTo: 'lowest-quartile PCCs', sources: ['m'] }]);
    const herts = principlesForForce(state, 'herts', '2017/18');
    expect(herts.map((p) => [p.appliesTo, p.sources])).toEqual([
      ['all PCCs', ['p2']],
      ['lowest-quartile PCCs', ['p5', 'm']],
    ]);
    const previous = Money.of('147.00');
    // £147.00 + £5.00 = £152.00, up to and including; under 2 % alone: 147 × 1.02 = 149.94, so £149.93.
    expect(assessReferendum(herts, previous, Money.of('152.00'), '2017/18')).toMatchObject({ required: false });
    expect(herts.map((p) => largestBandDWithoutReferendum(p, previous).toPence())).toEqual(['149.93', '152.00']);
    // Bedfordshire is not recorded in the quartile: only the 2 % applies, and £152.00 needs a referendum.
    const beds = principlesForForce(state, 'beds', '2017/18');
    expect(beds.map((p) => p.appliesTo)).toEqual(['all PCCs']);
    expect(assessReferendum(beds, previous, Money.of('152.00'), '2017/18').required).toBe(true);
    // An explicit what-if adds the group for a force not recorded in it.
    expect(principlesForForce(state, 'beds', '2017/18', ['lowest-quartile PCCs'])).toHaveLength(2);
  });

  it('reads a state folded before members were recorded (no `members`) as having none', () => {
    const { members: _, ...older } = stateOf([['p2', twoPercent]]);
    expect(principlesForForce(older, 'herts', '2017/18').map((p) => p.appliesTo)).toEqual(['all PCCs']);
  });
});
