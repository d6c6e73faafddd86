import { spec } from '../../../test/support/decider-spec';
import { ConflictError, InvalidInputError, NotFoundError, RuleViolationError } from '../../common/errors';
import type { SentAllianceCommand } from '../http/to-command';
import { allianceDecider } from '../alliance.decider';
import { allianceRequests } from '../../../test/fixtures/collaboration';
import type { AllianceEvent } from '../alliance.events';
import { membershipSources, membersIn } from '../alliance.readers';
import { bchFormed, bchUnits, BCH_STREAM, foldWithRefs } from '../../../test/fixtures/bch-alliance.fixture';

const knownForces = ['beds', 'cambs', 'herts', 'norfolk', 'suffolk'];
const alliance = spec(allianceRequests);
const jps: AllianceEvent = bchUnits[0];

const setBasis = (basis: unknown, fromYear = '2016/17', unitCode = 'jps'): SentAllianceCommand =>
  ({ type: 'SetCostShareBasis', allianceCode: 'bch', unitCode, fromYear, basis }) as SentAllianceCommand;

describe('alliance decider', () => {
  describe('forming and membership', () => {
    const bchV2: AllianceEvent[] = [
      { type: 'AllianceFormed.v2', data: { allianceCode: 'bch', name: 'BCH strategic alliance' } },
      { type: 'MemberInvited.v1', data: { force: 'beds', fromYear: '2012/13' } },
      { type: 'MemberInvited.v1', data: { force: 'cambs', fromYear: '2012/13' } },
      { type: 'MemberInvited.v1', data: { force: 'herts', fromYear: '2012/13' } },
    ];
    const accepted = (force: string, fromYear = '2012/13'): AllianceEvent => ({ type: 'InvitationAccepted.v1', data: { force, fromYear } });
    const norfolkInvited: AllianceEvent = { type: 'MemberInvited.v1', data: { force: 'norfolk', fromYear: '2018/19' } };

    it('forms an alliance by inviting registered forces: none is a member until it accepts', () => {
      alliance
        .given([])
        .when({
          type: 'FormAlliance',
          allianceCode: 'bch',
          name: ' BCH strategic alliance ',
          members: [
            { force: 'beds', fromYear: '2012/13' },
            { force: 'cambs', fromYear: '2012/13' },
            { force: 'herts', fromYear: '2012/13' },
          ],
          knownForces,
        })
        .then(bchV2);
      const facts = foldWithRefs(allianceDecider, BCH_STREAM, bchV2);
      expect(membersIn(facts, '2016/17')).toEqual([]);
      expect(facts.invitations.map((i) => [i.force, i.fromYear])).toEqual([
        ['beds', '2012/13'],
        ['cambs', '2012/13'],
        ['herts', '2012/13'],
      ]);
    });

    it("makes a force a member from its invitation's year when it accepts, citing the invitation and the acceptance", () => {
      alliance
        .given(bchV2)
        .when({ type: 'AcceptInvitation', allianceCode: 'bch', force: 'herts' })
        .then([accepted('herts')]);
      const facts = foldWithRefs(allianceDecider, BCH_STREAM, [...bchV2, accepted('herts'), accepted('beds')]);
      expect(membersIn(facts, '2012/13')).toEqual(['herts', 'beds']);
      expect(facts.invitations.map((i) => i.force)).toEqual(['cambs']);
      const herts = facts.members.find((m) => m.force === 'herts')!.periods[0];
      expect(herts.invitedBy).toBe(`${BCH_STREAM}@3`);
      expect(herts.joinedBy).toBe(`${BCH_STREAM}@4`);
      expect(membershipSources(facts, '2016/17')).toEqual(expect.arrayContaining([`${BCH_STREAM}@3`, `${BCH_STREAM}@4`]));
    });

    it('keeps memberships recorded before consent was asked: AllianceFormed.v1 and MemberJoined.v1 fold as members', () => {
      const facts = foldWithRefs(allianceDecider, BCH_STREAM, [
        bchFormed,
        { type: 'MemberJoined.v1', data: { force: 'norfolk', fromYear: '2018/19' } },
      ]);
      expect(membersIn(facts, '2018/19')).toEqual(['beds', 'cambs', 'herts', 'norfolk']);
      expect(facts.invitations).toEqual([]);
    });

    it('lets a force decline, with its reason, and the alliance withdraw an unanswered invitation', () => {
      alliance
        .given([bchFormed, norfolkInvited])
        .when({ type: 'DeclineInvitation', allianceCode: 'bch', force: 'norfolk', reason: ' Not this year ' })
        .then([{ type: 'InvitationDeclined.v1', data: { force: 'norfolk', reason: 'Not this year' } }]);
      alliance
        .given([bchFormed, norfolkInvited])
        .when({ type: 'WithdrawInvitation', allianceCode: 'bch', force: 'norfolk' })
        .then([{ type: 'InvitationWithdrawn.v1', data: { force: 'norfolk' } }]);
      const declined = foldWithRefs(allianceDecider, BCH_STREAM, [
        bchFormed,
        norfolkInvited,
        { type: 'InvitationDeclined.v1', data: { force: 'norfolk', reason: 'No' } },
      ]);
      expect(declined.invitations).toEqual([]);
      expect(membersIn(declined, '2018/19')).not.toContain('norfolk');
    });

    it('answers only an invitation that is there: none is 404, a member already is 409', () => {
      alliance
        .given([bchFormed])
        .when({ type: 'AcceptInvitation', allianceCode: 'bch', force: 'norfolk' })
        .thenThrows(NotFoundError, /no unanswered invitation for force "norfolk"/);
      alliance
        .given([bchFormed])
        .when({ type: 'AcceptInvitation', allianceCode: 'bch', force: 'herts' })
        .thenThrows(ConflictError, /already a member/);
      alliance
        .given([bchFormed, norfolkInvited, { type: 'InvitationWithdrawn.v1', data: { force: 'norfolk' } }])
        .when({ type: 'AcceptInvitation', allianceCode: 'bch', force: 'norfolk' })
        .thenThrows(NotFoundError);
      alliance
        .given([bchFormed, norfolkInvited])
        .when({ type: 'DeclineInvitation', allianceCode: 'bch', force: 'norfolk', reason: ' ' })
        .thenThrows(InvalidInputError);
    });

    it('refuses a force that is not registered', () => {
      alliance
        .given([])
        .when({
          type: 'FormAlliance',
          allianceCode: 'bch',
          name: 'BCH',
          members: [
            { force: 'beds', fromYear: '2012/13' },
            { force: 'gotham', fromYear: '2012/13' },
          ],
          knownForces,
        })
        .thenThrows(NotFoundError, /No force "gotham" is registered/);
    });

    it('refuses an alliance of one', () => {
      alliance
        .given([])
        .when({ type: 'FormAlliance', allianceCode: 'solo', name: 'Solo', members: [{ force: 'beds', fromYear: '2012/13' }], knownForces })
        .thenThrows(RuleViolationError, /at least two member forces/);
    });

    it('refuses to form the same alliance twice', () => {
      alliance
        .given([bchFormed])
        .when({
          type: 'FormAlliance',
          allianceCode: 'bch',
          name: 'BCH',
          members: [
            { force: 'beds', fromYear: '2012/13' },
            { force: 'herts', fromYear: '2012/13' },
          ],
          knownForces,
        })
        .thenThrows(ConflictError, /already been formed/);
    });

    it('invites a new member from a year', () => {
      alliance
        .given([bchFormed])
        .when({ type: 'InviteMember', allianceCode: 'bch', force: 'norfolk', fromYear: '2018/19', knownForces })
        .then([norfolkInvited]);
    });

    it('refuses to invite a member, a force already invited, or one that is not registered', () => {
      alliance
        .given([bchFormed])
        .when({ type: 'InviteMember', allianceCode: 'bch', force: 'herts', fromYear: '2018/19', knownForces })
        .thenThrows(ConflictError, /already a member/);
      alliance
        .given([bchFormed, norfolkInvited])
        .when({ type: 'InviteMember', allianceCode: 'bch', force: 'norfolk', fromYear: '2019/20', knownForces })
        .thenThrows(ConflictError, /already been invited/);
      alliance
        .given([bchFormed])
        .when({ type: 'InviteMember', allianceCode: 'bch', force: 'gotham', fromYear: '2018/19', knownForces })
        .thenThrows(NotFoundError);
    });

    it('gives an invited force no part in the alliance until it accepts: it cannot lead a unit or bear a share', () => {
      alliance
        .given([bchFormed, norfolkInvited])
        .when({
          type: 'EstablishUnit',
          allianceCode: 'bch',
          unitCode: 'ops2',
          name: 'Ops',
          leadForce: 'norfolk',
          category: 'operational_support',
        })
        .thenThrows(RuleViolationError, /not a member/);
      alliance
        .given([bchFormed, jps, norfolkInvited])
        .when(
          setBasis(
            {
              kind: 'fixed',
              percentages: [
                { force: 'herts', share: '0.5' },
                { force: 'norfolk', share: '0.5' },
              ],
            },
            '2018/19',
          ),
        )
        .thenThrows(RuleViolationError, /"norfolk" is not a member/);
    });

    it('lets a member leave from a later year, but not before it joined', () => {
      const withNorfolk: AllianceEvent[] = [bchFormed, norfolkInvited, accepted('norfolk', '2018/19')];
      alliance
        .given(withNorfolk)
        .when({ type: 'LeaveAlliance', allianceCode: 'bch', force: 'norfolk', fromYear: '2020/21' })
        .then([{ type: 'MemberLeft.v1', data: { force: 'norfolk', fromYear: '2020/21' } }]);
      alliance
        .given(withNorfolk)
        .when({ type: 'LeaveAlliance', allianceCode: 'bch', force: 'norfolk', fromYear: '2018/19' })
        .thenThrows(RuleViolationError, /from 2019\/20 at the earliest/);
      alliance
        .given([bchFormed, norfolkInvited])
        .when({ type: 'LeaveAlliance', allianceCode: 'bch', force: 'norfolk', fromYear: '2020/21' })
        .thenThrows(RuleViolationError, /not a member/);
    });

    it('refuses a departure that would leave fewer than two members', () => {
      const two: AllianceEvent[] = [bchFormed, { type: 'MemberLeft.v1', data: { force: 'beds', fromYear: '2020/21' } }];
      alliance
        .given(two)
        .when({ type: 'LeaveAlliance', allianceCode: 'bch', force: 'cambs', fromYear: '2021/22' })
        .thenThrows(RuleViolationError, /left with 1 member/);
    });

    it('refuses a rejoin before the year the force left', () => {
      const left: AllianceEvent[] = [
        bchFormed,
        { type: 'MemberJoined.v1', data: { force: 'norfolk', fromYear: '2016/17' } },
        { type: 'MemberLeft.v1', data: { force: 'norfolk', fromYear: '2019/20' } },
      ];
      alliance
        .given(left)
        .when({ type: 'InviteMember', allianceCode: 'bch', force: 'norfolk', fromYear: '2018/19', knownForces })
        .thenThrows(RuleViolationError, /rejoin from 2019\/20/);
      alliance
        .given(left)
        .when({ type: 'InviteMember', allianceCode: 'bch', force: 'norfolk', fromYear: '2021/22', knownForces })
        .then([{ type: 'MemberInvited.v1', data: { force: 'norfolk', fromYear: '2021/22' } }]);
    });

    it('answers 404 for anything on an alliance never formed', () => {
      alliance
        .given([])
        .when({ type: 'SetUnitBudget', allianceCode: 'bch', unitCode: 'jps', year: '2016/17', amount: '1.00' })
        .thenThrows(NotFoundError, /No alliance "bch"/);
    });
  });
});
