import { spec } from '../../test/support/decider-spec';
import { InvalidInputError, NotFoundError, RuleViolationError } from '../common/errors';
import type { EventRef } from '../event-sourcing/decider';
import { principlesApplyingTo, principlesForYear, principlesFromTable } from './principles-for-year';
import { describeReferendumPrinciple, parseReferendumPrincipleData } from './referendum-principle';
import { referendumPrinciplesDecider } from './referendum-principles.decider';
import { REFERENDUM_PRINCIPLES_ENGLAND } from './referendum-principles-england';
import type { ReferendumPrincipleSet, ReferendumPrinciplesEvent } from './referendum-principles.events';

const twoPercent2017: ReferendumPrincipleSet = {
  type: 'ReferendumPrincipleSet.v1',
  data: { year: '2017/18', limit: { kind: 'percentage', rate: '0.02' }, comparison: 'less_than', appliesTo: 'all PCCs', note: '' },
};
const ref = (id: string): EventRef => ({
  id,
  streamId: 'reference-referendum-principles',
  revision: '0',
  position: '0',
  recordedAt: '2017-01-01T00:00:00Z',
  type: 'x',
});

describe('referendum principles decider', () => {
  it('records a principle with normalised decimals', () => {
    spec(referendumPrinciplesDecider)
      .given([])
      .when({
        type: 'SetReferendumPrinciple',
        year: '2017/18',
        limit: { kind: 'percentage', rate: '0.020' },
        comparison: 'less_than',
        appliesTo: ' all PCCs ',
      })
      .then([twoPercent2017]);
  });

  it('records nothing when the same principle is recorded again, and supersedes when it differs', () => {
    spec(referendumPrinciplesDecider)
      .given([twoPercent2017])
      .when({
        type: 'SetReferendumPrinciple',
        year: '2017/18',
        limit: { kind: 'percentage', rate: '0.02' },
        comparison: 'less_than',
        appliesTo: 'All PCCs',
        note: '',
      })
      .then([]);
    const superseding: ReferendumPrinciplesEvent = {
      type: 'ReferendumPrincipleSet.v1',
      data: { ...twoPercent2017.data, limit: { kind: 'percentage', rate: '0.03' } },
    };
    let state = referendumPrinciplesDecider.initialState();
    state = referendumPrinciplesDecider.evolve(state, twoPercent2017, ref('p1'));
    state = referendumPrinciplesDecider.evolve(state, superseding, ref('p2'));
    expect(state.current['2017/18']).toHaveLength(1);
    expect(state.current['2017/18'][0]).toMatchObject({ limit: { rate: '0.03' }, sources: ['p2'] });
    expect(state.history['2017/18'].map((h) => h.sources)).toEqual([['p1'], ['p2']]);
  });

  it('keeps one principle per year and group, and withdraws one recorded in error', () => {
    const quartile: ReferendumPrinciplesEvent = {
      type: 'ReferendumPrincipleSet.v1',
      data: {
        year: '2017/18',
        limit: { kind: 'amount', amount: '5' },
        comparison: 'up_to_and_including',
        appliesTo: 'lowest-quartile PCCs',
        note: '',
      },
    };
    let state = [twoPercent2017, quartile].reduce(
      (s, e, i) => referendumPrinciplesDecider.evolve(s, e, ref(`p${i}`)),
      referendumPrinciplesDecider.initialState(),
    );
    expect(principlesForYear(state, '2017/18').map((p) => p.appliesTo)).toEqual(['all PCCs', 'lowest-quartile PCCs']);
    const [withdrawn] = referendumPrinciplesDecider.decide(
      { type: 'WithdrawReferendumPrinciple', year: '2017/18', appliesTo: 'Lowest-quartile PCCs' },
      state,
    );
    expect(withdrawn).toEqual({ type: 'ReferendumPrincipleWithdrawn.v1', data: { year: '2017/18', appliesTo: 'lowest-quartile PCCs' } });
    state = referendumPrinciplesDecider.evolve(state, withdrawn, ref('p9'));
    expect(principlesForYear(state, '2017/18').map((p) => p.appliesTo)).toEqual(['all PCCs']);
    expect(state.history['2017/18'].map((h) => h.change)).toEqual(['set', 'set', 'withdrawn']);
    spec(referendumPrinciplesDecider)
      .given([])
      .when({ type: 'WithdrawReferendumPrinciple', year: '2017/18', appliesTo: 'all PCCs' })
      .thenThrows(NotFoundError, /No referendum principle for all PCCs is recorded for 2017\/18/);
  });

  it('leaves the state as it is for an event type this version does not know', () => {
    const state = referendumPrinciplesDecider.evolve(referendumPrinciplesDecider.initialState(), twoPercent2017);
    expect(referendumPrinciplesDecider.evolve(state, { type: 'ReferendumPrincipleRenamed.v9', data: {} } as never)).toBe(state);
  });

  it('refuses bad limits and comparisons', () => {
    const set = { type: 'SetReferendumPrinciple' as const, year: '2018/19', comparison: 'up_to_and_including', appliesTo: 'all PCCs' };
    spec(referendumPrinciplesDecider)
      .given([])
      .when({ ...set, limit: { kind: 'amount', amount: '0' } })
      .thenThrows(RuleViolationError, /must be more than zero/);
    spec(referendumPrinciplesDecider)
      .given([])
      .when({ ...set, limit: { kind: 'amount', amount: '12.005' } })
      .thenThrows(RuleViolationError, /pounds and pence/);
    spec(referendumPrinciplesDecider)
      .given([])
      .when({ ...set, limit: { kind: 'percentage', rate: '2' } })
      .thenThrows(InvalidInputError, /limit\.rate/);
    spec(referendumPrinciplesDecider)
      .given([])
      .when({ ...set, comparison: 'at_most', limit: { kind: 'amount', amount: '12' } })
      .thenThrows(InvalidInputError, /comparison/);
    spec(referendumPrinciplesDecider)
      .given([])
      .when({ ...set, appliesTo: '', limit: { kind: 'amount', amount: '12' } })
      .thenThrows(InvalidInputError, /appliesTo/);
  });
});

describe('REFERENDUM_PRINCIPLES_ENGLAND', () => {
  it('is valid reference data, every entry as decide() would record it', () => {
    for (const entry of REFERENDUM_PRINCIPLES_ENGLAND) expect(parseReferendumPrincipleData(entry)).toEqual(entry);
  });

  it('has 2 % (less than) to 2017/18, the £5 lowest-quartile alternative in 2013/14, 2016/17 and 2017/18, and £ limits from 2018/19', () => {
    const summary = (year: string) =>
      principlesFromTable(REFERENDUM_PRINCIPLES_ENGLAND, year).map((p) => `${p.appliesTo}: ${describeReferendumPrinciple(p)}`);
    expect(summary('2015/16')).toEqual(['all PCCs: an increase of less than 2 %']);
    for (const year of ['2013/14', '2016/17', '2017/18']) {
      expect(summary(year)).toEqual([
        'all PCCs: an increase of less than 2 %',
        'lowest-quartile PCCs: an increase of up to and including £5.00',
      ]);
    }
    expect(summary('2018/19')).toEqual(['all PCCs: an increase of up to and including £12.00']);
    expect(summary('2019/20')).toEqual(['all PCCs: an increase of up to and including £24.00']);
    expect(summary('2026/27')).toEqual(['all PCCs: an increase of up to and including £15.00']);
    expect(principlesFromTable(REFERENDUM_PRINCIPLES_ENGLAND, '2012/13')[0].note).toMatch(/^Unconfirmed/);
  });

  it('seeds the stream through the decider, and seeding twice records nothing more', () => {
    let state = referendumPrinciplesDecider.initialState();
    const seed = () => {
      let recorded = 0;
      for (const entry of REFERENDUM_PRINCIPLES_ENGLAND) {
        const events = referendumPrinciplesDecider.decide({ type: 'SetReferendumPrinciple', ...entry }, state);
        recorded += events.length;
        state = events.reduce((s, e) => referendumPrinciplesDecider.evolve(s, e), state);
      }
      return recorded;
    };
    expect(seed()).toBe(REFERENDUM_PRINCIPLES_ENGLAND.length);
    expect(seed()).toBe(0);
    expect(principlesForYear(state, '2016/17')).toHaveLength(2);
  });

  it('selects the principles that apply to a PCC by its groups', () => {
    const all = principlesFromTable(REFERENDUM_PRINCIPLES_ENGLAND, '2017/18');
    expect(principlesApplyingTo(all).map((p) => p.appliesTo)).toEqual(['all PCCs']);
    expect(principlesApplyingTo(all, ['lowest-quartile PCCs'])).toHaveLength(2);
  });
});
