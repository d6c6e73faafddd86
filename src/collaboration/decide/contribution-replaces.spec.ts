import { spec } from '../../../test/support/decider-spec';
import { InvalidInputError, RuleViolationError } from '../../common/errors';
import { forceCollaborationRequests } from '../../../test/fixtures/collaboration';
import type { ForceCollaborationEvent } from '../force-collaboration.events';

/** What the handler tells decide: Hertfordshire is a member of BCH, and the lines of its two base budgets. */
const herts = {
  type: 'MarkContributionReplaces' as const,
  force: 'herts',
  allianceCode: 'bch',
  reason: 'Our share of the BCH units was budgeted on this line',
  memberOf: ['bch'],
  budgetLines: [
    { code: 'officer-pay', kind: 'pay', year: '2015/16' },
    { code: 'bch-joint-units', kind: 'pay', year: '2015/16' },
    { code: 'fees', kind: 'income', year: '2015/16' },
    { code: 'bch-joint-units', kind: 'pay', year: '2019/20' },
  ],
};
const marked = (lineCodes: string[], reason = herts.reason): ForceCollaborationEvent => ({
  type: 'ContributionReplacesBudgetLines.v1',
  data: { allianceCode: 'bch', lineCodes, reason },
});

describe('a force marks the budget lines its contribution to joint units replaces', () => {
  it('records the lines, and marking again for the alliance records the new lines', () => {
    spec(forceCollaborationRequests)
      .given([])
      .when({ ...herts, lineCodes: ['bch-joint-units'] })
      .then([marked(['bch-joint-units'])]);
    spec(forceCollaborationRequests)
      .given([marked(['bch-joint-units'])])
      .when({ ...herts, lineCodes: ['bch-joint-units', 'officer-pay'] })
      .then([marked(['bch-joint-units', 'officer-pay'])]);
  });

  it('records nothing when the marking is the one already recorded, or undoes nothing that was never marked', () => {
    spec(forceCollaborationRequests)
      .given([marked(['bch-joint-units'])])
      .when({ ...herts, lineCodes: ['bch-joint-units'] })
      .thenNothingHappened();
    spec(forceCollaborationRequests)
      .given([])
      .when({ ...herts, lineCodes: [] })
      .thenNothingHappened();
  });

  it('undoes a marking with an empty list', () => {
    spec(forceCollaborationRequests)
      .given([marked(['bch-joint-units'])])
      .when({ ...herts, lineCodes: [], reason: 'The line is our own again' })
      .then([marked([], 'The line is our own again')]);
  });

  it('refuses a line no base budget of the force has, naming it (422)', () => {
    spec(forceCollaborationRequests)
      .given([])
      .when({ ...herts, lineCodes: ['bch-joint-units', 'joint-units'] })
      .thenThrows(
        RuleViolationError,
        /No base budget of "herts" has a line "joint-units" \(its lines: officer-pay, bch-joint-units, fees\)/,
      );
  });

  it('refuses an income line: a contribution replaces spending', () => {
    spec(forceCollaborationRequests)
      .given([])
      .when({ ...herts, lineCodes: ['fees'] })
      .thenThrows(RuleViolationError, /"fees" is an income line/);
  });

  it('refuses an alliance the force has never been a member of (422)', () => {
    spec(forceCollaborationRequests)
      .given([])
      .when({ ...herts, allianceCode: 'kse', lineCodes: ['bch-joint-units'] })
      .thenThrows(RuleViolationError, /"herts" has never been a member of the alliance "kse"/);
  });

  it('refuses a line named twice, a missing reason and a list that is not one (400)', () => {
    spec(forceCollaborationRequests)
      .given([])
      .when({ ...herts, lineCodes: ['bch-joint-units', 'bch-joint-units'] })
      .thenThrows(InvalidInputError, /lineCodes/);
    spec(forceCollaborationRequests)
      .given([])
      .when({ ...herts, lineCodes: ['bch-joint-units'], reason: ' ' })
      .thenThrows(InvalidInputError, /reason/);
    spec(forceCollaborationRequests)
      .given([])
      .when({ ...herts, lineCodes: 'bch-joint-units' as never })
      .thenThrows(InvalidInputError, /lineCodes/);
  });
});
