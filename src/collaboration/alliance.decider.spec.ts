import { spec } from '../../test/support/decider-spec';
import { ConflictError, InvalidInputError, NotFoundError, RuleViolationError } from '../common/errors';
import type { AllianceCommand } from './alliance.commands';
import { allianceDecider } from './alliance.decider';
import type { AllianceEvent } from './alliance.events';
import { basisInForce, budgetFor, findUnit, membershipSources, membersIn } from './alliance.readers';
import { bchFormed, bchUnits, BCH_STREAM, foldWithRefs } from '../../test/fixtures/bch-alliance.fixture';

const knownForces = ['beds', 'cambs', 'herts', 'norfolk', 'suffolk'];
const alliance = spec(allianceDecider);
const jps: AllianceEvent = bchUnits[0];

const setBasis = (basis: unknown, fromYear = '2016/17', unitCode = 'jps'): AllianceCommand =>
  ({ type: 'SetCostShareBasis', allianceCode: 'bch', unitCode, fromYear, basis }) as AllianceCommand;

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

  describe('units', () => {
    it('establishes a unit led by a member', () => {
      alliance
        .given([bchFormed])
        .when({
          type: 'EstablishUnit',
          allianceCode: 'bch',
          unitCode: 'jps',
          name: 'Joint Protective Services',
          leadForce: 'beds',
          category: 'protective_services',
        })
        .then([jps]);
    });

    it('refuses a unit led by a force outside the alliance (422)', () => {
      alliance
        .given([bchFormed])
        .when({
          type: 'EstablishUnit',
          allianceCode: 'bch',
          unitCode: 'procurement',
          name: 'Regional procurement',
          leadForce: 'norfolk',
          category: 'organisational_support',
        })
        .thenThrows(RuleViolationError, /cannot be led by "norfolk": it is not a member of BCH strategic alliance/);
    });

    it('refuses a unit led by a force that has left', () => {
      alliance
        .given([bchFormed, { type: 'MemberLeft.v1', data: { force: 'beds', fromYear: '2020/21' } }])
        .when({
          type: 'EstablishUnit',
          allianceCode: 'bch',
          unitCode: 'dogs',
          name: 'Dogs',
          leadForce: 'beds',
          category: 'protective_services',
        })
        .thenThrows(RuleViolationError, /not a member/);
    });

    it('refuses a unit code already in use, and an unknown category', () => {
      alliance
        .given([bchFormed, jps])
        .when({
          type: 'EstablishUnit',
          allianceCode: 'bch',
          unitCode: 'jps',
          name: 'Again',
          leadForce: 'beds',
          category: 'protective_services',
        })
        .thenThrows(ConflictError);
      alliance
        .given([bchFormed])
        .when({ type: 'EstablishUnit', allianceCode: 'bch', unitCode: 'x', name: 'X', leadForce: 'beds', category: 'catering' as never })
        .thenThrows(InvalidInputError, /category/);
    });
  });

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
        allianceDecider.decide(
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

  describe('unit budgets', () => {
    it('records a budget for a year, and a later one for the same year replaces it', () => {
      alliance
        .given([bchFormed, jps])
        .when({ type: 'SetUnitBudget', allianceCode: 'bch', unitCode: 'jps', year: '2016/17', amount: '30000000.00' })
        .then([{ type: 'UnitBudgetSet.v1', data: { unitCode: 'jps', year: '2016/17', amount: '30000000' } }]);
      const facts = foldWithRefs(allianceDecider, BCH_STREAM, [
        bchFormed,
        jps,
        { type: 'UnitBudgetSet.v1', data: { unitCode: 'jps', year: '2016/17', amount: '30000000' } },
        { type: 'UnitBudgetSet.v1', data: { unitCode: 'jps', year: '2016/17', amount: '31000000' } },
      ]);
      expect(budgetFor(findUnit(facts, 'jps')!, '2016/17')).toEqual({ year: '2016/17', amount: '31000000', source: 'alliance-bch@3' });
    });

    it('refuses a negative budget and a JSON number', () => {
      alliance
        .given([bchFormed, jps])
        .when({ type: 'SetUnitBudget', allianceCode: 'bch', unitCode: 'jps', year: '2016/17', amount: '-1.00' })
        .thenThrows(RuleViolationError, /cannot be negative/);
      alliance
        .given([bchFormed, jps])
        .when({ type: 'SetUnitBudget', allianceCode: 'bch', unitCode: 'jps', year: '2016/17', amount: 30000000 as unknown as string })
        .thenThrows(InvalidInputError, /not a JSON number/);
    });
  });

  describe('savings programmes', () => {
    const started: AllianceEvent = {
      type: 'SavingsProgrammeStarted.v1',
      data: {
        programmeCode: 'collab-2017',
        name: 'Collaboration savings 2017/18 to 2019/20',
        unitCode: 'jps',
        cashable: true,
        startYear: '2017/18',
      },
    };
    const planned: AllianceEvent = {
      type: 'SavingsPlanned.v1',
      data: { programmeCode: 'collab-2017', year: '2017/18', amount: '6100000' },
    };

    it('starts a programme, optionally for a unit', () => {
      alliance
        .given([bchFormed, jps])
        .when({
          type: 'StartSavingsProgramme',
          allianceCode: 'bch',
          programmeCode: 'collab-2017',
          name: 'Collaboration savings 2017/18 to 2019/20',
          unitCode: 'jps',
          cashable: true,
          startYear: '2017/18',
        })
        .then([started]);
      alliance
        .given([bchFormed])
        .when({
          type: 'StartSavingsProgramme',
          allianceCode: 'bch',
          programmeCode: 'estates',
          name: 'Estates',
          cashable: false,
          startYear: '2017/18',
          owner: 'Chief Finance Officer',
        })
        .then([
          {
            type: 'SavingsProgrammeStarted.v1',
            data: { programmeCode: 'estates', name: 'Estates', cashable: false, startYear: '2017/18', owner: 'Chief Finance Officer' },
          },
        ]);
    });

    it('refuses a programme for a unit the alliance does not have, and a code in use', () => {
      alliance
        .given([bchFormed])
        .when({
          type: 'StartSavingsProgramme',
          allianceCode: 'bch',
          programmeCode: 'p',
          name: 'P',
          unitCode: 'jps',
          cashable: true,
          startYear: '2017/18',
        })
        .thenThrows(NotFoundError);
      alliance
        .given([bchFormed, jps, started])
        .when({
          type: 'StartSavingsProgramme',
          allianceCode: 'bch',
          programmeCode: 'collab-2017',
          name: 'P',
          cashable: true,
          startYear: '2017/18',
        })
        .thenThrows(ConflictError);
    });

    it('plans, revises with a reason and realises with evidence', () => {
      alliance
        .given([bchFormed, jps, started])
        .when({ type: 'PlanSavings', allianceCode: 'bch', programmeCode: 'collab-2017', year: '2017/18', amount: '6100000.00' })
        .then([planned]);
      alliance
        .given([bchFormed, jps, started, planned])
        .when({
          type: 'ReviseSavingsForecast',
          allianceCode: 'bch',
          programmeCode: 'collab-2017',
          year: '2017/18',
          amount: '5300000.00',
          reason: 'Savings released more slowly than expected',
        })
        .then([
          {
            type: 'SavingsForecastRevised.v1',
            data: {
              programmeCode: 'collab-2017',
              year: '2017/18',
              amount: '5300000',
              reason: 'Savings released more slowly than expected',
            },
          },
        ]);
      alliance
        .given([bchFormed, jps, started, planned])
        .when({
          type: 'RecordRealisedSavings',
          allianceCode: 'bch',
          programmeCode: 'collab-2017',
          year: '2017/18',
          amount: '5250000.00',
          evidence: 'Outturn 2017/18',
        })
        .then([
          {
            type: 'SavingsRealised.v1',
            data: { programmeCode: 'collab-2017', year: '2017/18', amount: '5250000', evidence: 'Outturn 2017/18' },
          },
        ]);
    });

    it('requires a reason for a revision and evidence for a realisation', () => {
      alliance
        .given([bchFormed, jps, started, planned])
        .when({
          type: 'ReviseSavingsForecast',
          allianceCode: 'bch',
          programmeCode: 'collab-2017',
          year: '2017/18',
          amount: '5300000.00',
          reason: ' ',
        })
        .thenThrows(InvalidInputError, /reason/);
      alliance
        .given([bchFormed, jps, started, planned])
        .when({
          type: 'RecordRealisedSavings',
          allianceCode: 'bch',
          programmeCode: 'collab-2017',
          year: '2017/18',
          amount: '5300000.00',
          evidence: '',
        })
        .thenThrows(InvalidInputError, /evidence/);
    });

    it('refuses savings before the programme began, for an unknown programme, and a forecast for a year already realised', () => {
      alliance
        .given([bchFormed, jps, started])
        .when({ type: 'PlanSavings', allianceCode: 'bch', programmeCode: 'collab-2017', year: '2016/17', amount: '1.00' })
        .thenThrows(RuleViolationError, /began in 2017\/18/);
      alliance
        .given([bchFormed])
        .when({ type: 'PlanSavings', allianceCode: 'bch', programmeCode: 'nope', year: '2016/17', amount: '1.00' })
        .thenThrows(NotFoundError);
      alliance
        .given([
          bchFormed,
          jps,
          started,
          planned,
          { type: 'SavingsRealised.v1', data: { programmeCode: 'collab-2017', year: '2017/18', amount: '5250000', evidence: 'Outturn' } },
        ])
        .when({
          type: 'ReviseSavingsForecast',
          allianceCode: 'bch',
          programmeCode: 'collab-2017',
          year: '2017/18',
          amount: '5000000.00',
          reason: 'Late',
        })
        .thenThrows(RuleViolationError, /already realised £5,250,000.00 in 2017\/18/);
    });
  });

  describe('facts', () => {
    it('are plain JSON that keeps the id and time of every event behind them', () => {
      const events: AllianceEvent[] = [
        bchFormed,
        jps,
        { type: 'MemberJoined.v1', data: { force: 'norfolk', fromYear: '2018/19' } },
        { type: 'MemberLeft.v1', data: { force: 'norfolk', fromYear: '2020/21' } },
        { type: 'SavingsProgrammeStarted.v1', data: { programmeCode: 'p', name: 'P', cashable: true, startYear: '2017/18' } },
        { type: 'SavingsForecastRevised.v1', data: { programmeCode: 'p', year: '2017/18', amount: '5', reason: 'Why' } },
      ];
      const facts = foldWithRefs(allianceDecider, BCH_STREAM, events);
      expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
      expect(facts.source).toBe('alliance-bch@0');
      expect(facts.formedAt).toBe('2016-04-01T00:00:00.000Z');
      expect(facts.members.find((m) => m.force === 'norfolk')?.periods).toEqual([
        { fromYear: '2018/19', untilYear: '2020/21', joinedBy: 'alliance-bch@2', invitedBy: null, leftBy: 'alliance-bch@3' },
      ]);
      expect(membershipSources(facts, '2019/20')).toEqual(['alliance-bch@0', 'alliance-bch@2']);
      expect(membershipSources(facts, '2020/21')).toEqual(['alliance-bch@0', 'alliance-bch@2', 'alliance-bch@3']);
      expect(membersIn(facts, '2019/20')).toEqual(['beds', 'cambs', 'herts', 'norfolk']);
      expect(membersIn(facts, '2020/21')).toEqual(['beds', 'cambs', 'herts']);
      expect(facts.programmes[0].history).toEqual([
        {
          kind: 'forecast_revised',
          year: '2017/18',
          amount: '5',
          reason: 'Why',
          source: 'alliance-bch@5',
          recordedAt: '2016-04-06T00:00:00.000Z',
        },
      ]);
    });
  });
});
