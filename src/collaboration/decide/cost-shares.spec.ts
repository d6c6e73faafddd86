import { spec } from '../../../test/support/decider-spec';
import { InvalidInputError, NotFoundError, RuleViolationError } from '../../common/errors';
import type { SentAllianceCommand } from '../http/to-command';
import { allianceDecider } from '../alliance.decider';
import { allianceRequests } from '../../../test/fixtures/collaboration';
import type { AllianceEvent } from '../alliance.events';
import { basisInForce, findUnit } from '../alliance.readers';
import { bchFormed, bchUnits, BCH_STREAM, foldWithRefs } from '../../../test/fixtures/bch-alliance.fixture';

const alliance = spec(allianceRequests);
const jps: AllianceEvent = bchUnits[0];

const setBasis = (basis: unknown, fromYear = '2016/17', unitCode = 'jps'): SentAllianceCommand =>
  ({ type: 'SetCostShareBasis', allianceCode: 'bch', unitCode, fromYear, basis }) as SentAllianceCommand;

describe('alliance decider', () => {
  describe('cost-share bases', () => {
    it('records agreed fixed shares that total exactly 100 %, normalised', () => {
      alliance
        .given([bchFormed, jps])
        .when(
          setBasis({
            kind: 'fixed',
            percentages: [
              { force: 'beds', share: '0.300' },
              { force: 'cambs', share: '0.30' },
              { force: 'herts', share: '0.4' },
            ],
          }),
        )
        .then([
          {
            type: 'CostShareBasisSet.v1',
            data: {
              unitCode: 'jps',
              fromYear: '2016/17',
              basis: {
                kind: 'fixed',
                percentages: [
                  { force: 'beds', share: '0.3' },
                  { force: 'cambs', share: '0.3' },
                  { force: 'herts', share: '0.4' },
                ],
              },
            },
          },
        ]);
    });

    it('refuses fixed shares that do not total 100 %, saying what they total, and records nothing', () => {
      alliance
        .given([bchFormed, jps])
        .when(
          setBasis({
            kind: 'fixed',
            percentages: [
              { force: 'beds', share: '0.33' },
              { force: 'cambs', share: '0.33' },
              { force: 'herts', share: '0.33' },
            ],
          }),
        )
        .thenThrows(RuleViolationError, /total 0\.99 \(99 %\); agreed shares must total exactly 1 \(100 %\)/);
      expect(() =>
        allianceRequests.decide(
          setBasis({
            kind: 'fixed',
            percentages: [
              { force: 'beds', share: '0.5' },
              { force: 'herts', share: '0.5000001' },
            ],
          }),
          foldWithRefs(allianceDecider, BCH_STREAM, [bchFormed, jps]),
        ),
      ).toThrow(/total 1\.0000001 \(100\.00001 %\)/);
    });

    it('refuses a share for a force outside the alliance (422)', () => {
      alliance
        .given([bchFormed, jps])
        .when(
          setBasis({
            kind: 'fixed',
            percentages: [
              { force: 'herts', share: '0.5' },
              { force: 'norfolk', share: '0.5' },
            ],
          }),
        )
        .thenThrows(RuleViolationError, /"norfolk" is not a member of BCH strategic alliance in 2016\/17/);
      alliance
        .given([bchFormed, jps])
        .when(
          setBasis({
            kind: 'population',
            figures: [
              { force: 'herts', value: '1180000' },
              { force: 'essex', value: '1800000' },
            ],
          }),
        )
        .thenThrows(RuleViolationError, /"essex" is not a member/);
    });

    it('refuses a share for a force that only joins after the basis starts', () => {
      alliance
        .given([bchFormed, jps, { type: 'MemberJoined.v1', data: { force: 'norfolk', fromYear: '2018/19' } }])
        .when(
          setBasis(
            {
              kind: 'usage',
              figures: [
                { force: 'herts', value: '10' },
                { force: 'norfolk', value: '5' },
              ],
            },
            '2017/18',
          ),
        )
        .thenThrows(RuleViolationError, /"norfolk" is not a member of BCH strategic alliance in 2017\/18/);
    });

    it('records a basis by members’ net revenue budgets for a stated year', () => {
      alliance
        .given([bchFormed, jps])
        .when(setBasis({ kind: 'net_revenue_budget', year: '2015/16' }))
        .then([
          {
            type: 'CostShareBasisSet.v1',
            data: { unitCode: 'jps', fromYear: '2016/17', basis: { kind: 'net_revenue_budget', year: '2015/16' } },
          },
        ]);
    });

    it('refuses measures that are all zero, negative shares and numbers where decimals belong', () => {
      alliance
        .given([bchFormed, jps])
        .when(
          setBasis({
            kind: 'headcount',
            figures: [
              { force: 'herts', value: '0' },
              { force: 'beds', value: '0' },
            ],
          }),
        )
        .thenThrows(RuleViolationError, /all zero/);
      alliance
        .given([bchFormed, jps])
        .when(
          setBasis({
            kind: 'fixed',
            percentages: [
              { force: 'herts', share: '1.2' },
              { force: 'beds', share: '-0.2' },
            ],
          }),
        )
        .thenThrows(RuleViolationError, /cannot be negative/);
      alliance
        .given([bchFormed, jps])
        .when(setBasis({ kind: 'fixed', percentages: [{ force: 'herts', share: 1 }] }))
        .thenThrows(InvalidInputError, /not a JSON number/);
      alliance
        .given([bchFormed, jps])
        .when(setBasis({ kind: 'guesswork' }))
        .thenThrows(InvalidInputError, /basis\.kind/);
    });

    it('refuses a basis for a unit the alliance does not have', () => {
      alliance
        .given([bchFormed])
        .when(setBasis({ kind: 'net_revenue_budget', year: '2015/16' }))
        .thenThrows(NotFoundError, /no unit "jps"/);
    });

    it('keeps one basis per starting year: recording the same year again replaces it, a later year adds one', () => {
      const basis = (share: string, fromYear: string): AllianceEvent => ({
        type: 'CostShareBasisSet.v1',
        data: {
          unitCode: 'jps',
          fromYear,
          basis: {
            kind: 'fixed',
            percentages: [
              { force: 'herts', share },
              { force: 'beds', share: String(1 - Number(share)) },
            ],
          },
        },
      });
      const facts = foldWithRefs(allianceDecider, BCH_STREAM, [
        bchFormed,
        jps,
        basis('0.4', '2016/17'),
        basis('0.5', '2018/19'),
        basis('0.25', '2016/17'),
      ]);
      const unit = findUnit(facts, 'jps')!;
      expect(unit.bases.map((b) => [b.fromYear, b.source])).toEqual([
        ['2016/17', 'alliance-bch@4'],
        ['2018/19', 'alliance-bch@3'],
      ]);
      expect(basisInForce(unit, '2015/16')).toBeUndefined();
      expect(basisInForce(unit, '2017/18')?.source).toBe('alliance-bch@4');
      expect(basisInForce(unit, '2020/21')?.source).toBe('alliance-bch@3');
    });
  });
});
