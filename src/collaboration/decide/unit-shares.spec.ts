import { spec } from '../../../test/support/decider-spec';
import { InvalidInputError, NotFoundError, RuleViolationError } from '../../common/errors';
import type { SentAllianceCommand } from '../http/to-command';
import { allianceDecider } from '../alliance.decider';
import { allianceRequests } from '../../../test/fixtures/collaboration';
import type { AllianceEvent } from '../alliance.events';
import { findUnit } from '../alliance.readers';
import { unitSharesIn } from '../cost-shares';
import { nreByForceAndYear } from '../net-revenue-expenditure';
import { bchFormed, bchUnits, BCH_STREAM, foldWithRefs } from '../../../test/fixtures/bch-alliance.fixture';

const alliance = spec(allianceRequests);
const [jps, , org] = bchUnits;

/** Organisational Support shared by 2015/16 net revenue budgets from 2016/17, as in the worked example. */
const orgByNre: AllianceEvent = {
  type: 'CostShareBasisSet.v1',
  data: { unitCode: 'org', fromYear: '2016/17', basis: { kind: 'net_revenue_budget', year: '2015/16' } },
};
const jpsFixed: AllianceEvent = {
  type: 'CostShareBasisSet.v1',
  data: {
    unitCode: 'jps',
    fromYear: '2012/13',
    basis: {
      kind: 'fixed',
      percentages: [
        { force: 'beds', share: '0.3' },
        { force: 'cambs', share: '0.3' },
        { force: 'herts', share: '0.4' },
      ],
    },
  },
};
/** The members' 2015/16 NRE as their MTFPs stood: £100.0m, £130.0m, £180.0m (total £410.0m). */
const nre2015 = [
  { force: 'beds', year: '2015/16', nre: '100000000.00' },
  { force: 'cambs', year: '2015/16', nre: '130000000.00' },
  { force: 'herts', year: '2015/16', nre: '180000000.00' },
];
/**
 * 100/410, 130/410, 180/410 to 30 places: 0.243902439024390243902439024390|24…,
 * 0.317073170731707317073170731707|31…, 0.439024390243902439024390243902|43…; the truncations
 * total 1 − 10⁻³⁰, and the largest remainder (Hertfordshire's, .43…) takes the last unit.
 */
const fixedShares = (year: string, reason: string | null): AllianceEvent => ({
  type: 'UnitSharesFixed.v1',
  data: {
    unitCode: 'org',
    year,
    basisFromYear: '2016/17',
    nreYear: '2015/16',
    shares: [
      { force: 'beds', nre: '100000000', share: '0.24390243902439024390243902439' },
      { force: 'cambs', nre: '130000000', share: '0.317073170731707317073170731707' },
      { force: 'herts', nre: '180000000', share: '0.439024390243902439024390243903' },
    ],
    reason,
  },
});
const budget = (year: string, amount: string): AllianceEvent => ({ type: 'UnitBudgetSet.v1', data: { unitCode: 'org', year, amount } });

const setBudget = (year: string, shareBasisNre?: typeof nre2015): SentAllianceCommand => ({
  type: 'SetUnitBudget',
  allianceCode: 'bch',
  unitCode: 'org',
  year,
  amount: '41000000.00',
  ...(shareBasisNre ? { shareBasisNre } : {}),
});
const fix = (year: string, reason: string, unitCode = 'org'): SentAllianceCommand => ({
  type: 'FixUnitShares',
  allianceCode: 'bch',
  unitCode,
  year,
  reason,
  shareBasisNre: nre2015,
});

describe('alliance decider: shares fixed when set', () => {
  it('setting a unit budget on an NRE basis records the shares it used (100 : 130 : 180)', () => {
    alliance
      .given([bchFormed, org, orgByNre])
      .when(setBudget('2016/17', nre2015))
      .then([budget('2016/17', '41000000'), fixedShares('2016/17', null)]);
  });

  it('records no shares for a fixed basis (the basis carries them) or when a member’s NRE is not known (live, as before)', () => {
    alliance
      .given([bchFormed, jps, jpsFixed])
      .when({ type: 'SetUnitBudget', allianceCode: 'bch', unitCode: 'jps', year: '2016/17', amount: '30000000.00', shareBasisNre: nre2015 })
      .then([{ type: 'UnitBudgetSet.v1', data: { unitCode: 'jps', year: '2016/17', amount: '30000000' } }]);
    alliance
      .given([bchFormed, org, orgByNre])
      .when(setBudget('2016/17', nre2015.slice(1)))
      .then([budget('2016/17', '41000000')]);
    alliance
      .given([bchFormed, org, orgByNre])
      .when(setBudget('2016/17'))
      .then([budget('2016/17', '41000000')]);
  });

  it('setting an NRE basis fixes the shares of every budgeted year it governs, and no other', () => {
    const laterBasis: AllianceEvent = { ...jpsFixed, data: { ...jpsFixed.data, unitCode: 'org', fromYear: '2017/18' } } as AllianceEvent;
    alliance
      .given([
        bchFormed,
        org,
        budget('2015/16', '39000000.00'),
        budget('2016/17', '41000000.00'),
        budget('2017/18', '45100000.00'),
        laterBasis,
      ])
      .when({
        type: 'SetCostShareBasis',
        allianceCode: 'bch',
        unitCode: 'org',
        fromYear: '2016/17',
        basis: { kind: 'net_revenue_budget', year: '2015/16' },
        shareBasisNre: nre2015,
      })
      .then([orgByNre, fixedShares('2016/17', null)]);
  });

  it('the board re-sets a year’s shares, with its reason', () => {
    alliance
      .given([bchFormed, org, orgByNre, budget('2016/17', '41000000.00')])
      .when(fix('2016/17', 'Bedfordshire restated 2015/16; the board agreed to take it into account'))
      .then([fixedShares('2016/17', 'Bedfordshire restated 2015/16; the board agreed to take it into account')]);
  });

  it('refuses to re-set shares a fixed basis already fixes, or without every member’s NRE (422), without a reason (400), of an unknown unit (404)', () => {
    alliance
      .given([bchFormed, jps, jpsFixed])
      .when(fix('2016/17', 'Restated', 'jps'))
      .thenThrows(RuleViolationError, /Joint Protective Services is shared on fixed shares in 2016\/17, which already fixes its shares/);
    alliance
      .given([bchFormed, org, orgByNre])
      .when({ ...fix('2016/17', 'Restated'), shareBasisNre: nre2015.slice(0, 2) } as SentAllianceCommand)
      .thenThrows(RuleViolationError, /2015\/16 net revenue budget of "herts" is not available/);
    alliance
      .given([bchFormed, org])
      .when(fix('2016/17', 'Restated'))
      .thenThrows(RuleViolationError, /no cost-share basis in force/);
    alliance
      .given([bchFormed, org, orgByNre])
      .when(fix('2016/17', '  '))
      .thenThrows(InvalidInputError, /reason/);
    alliance
      .given([bchFormed, org, orgByNre])
      .when(fix('2016/17', 'Restated', 'dogs'))
      .thenThrows(NotFoundError, /no unit "dogs"/);
  });
});

describe('shares on a fixed NRE basis', () => {
  /** Bedfordshire restates 2015/16 by a one-off £10m: £110.0m, so live shares would be 180/420. */
  const restated = nreByForceAndYear([
    { force: 'beds', year: '2015/16', nre: '110000000.00' },
    { force: 'cambs', year: '2015/16', nre: '130000000.00' },
    { force: 'herts', year: '2015/16', nre: '180000000.00' },
  ]);
  const hertsShare = (events: AllianceEvent[], year = '2016/17') => {
    const facts = foldWithRefs(allianceDecider, BCH_STREAM, events);
    const shares = unitSharesIn(facts, findUnit(facts, 'org')!, year, restated);
    if (!shares.ok) throw new Error(shares.issue);
    return { herts: shares.members.find((m) => m.force === 'herts')!.share.toFixed(), shares };
  };

  it('do not move when a member restates: Hertfordshire keeps 180/410, and the share cites the event that fixed it', () => {
    const { herts, shares } = hertsShare([bchFormed, org, orgByNre, budget('2016/17', '41000000'), fixedShares('2016/17', null)]);
    expect(herts).toBe('0.439024390243902439024390243903');
    expect(shares.ok && shares.sources).toContain(`${BCH_STREAM}@4`);
    expect(shares.ok && shares.notes.join(' ')).toMatch(
      /fixed on the 2015\/16 net revenue budgets as they stood then \(beds £100,000,000.00/,
    );
  });

  it('a year recorded before shares were fixed keeps the live shares: 180/420 after the restatement', () => {
    expect(hertsShare([bchFormed, org, orgByNre, budget('2016/17', '41000000.00')]).herts).toBe('0.428571428571428571428571428571');
  });

  it('shares fixed under a basis stop applying when a new basis takes over the year', () => {
    const byOtherYear: AllianceEvent = {
      type: 'CostShareBasisSet.v1',
      data: { unitCode: 'org', fromYear: '2016/17', basis: { kind: 'net_revenue_budget', year: '2014/15' } },
    };
    const nre2014 = nreByForceAndYear([
      { force: 'beds', year: '2014/15', nre: '1' },
      { force: 'cambs', year: '2014/15', nre: '1' },
      { force: 'herts', year: '2014/15', nre: '2' },
    ]);
    const facts = foldWithRefs(allianceDecider, BCH_STREAM, [bchFormed, org, orgByNre, fixedShares('2016/17', null), byOtherYear]);
    const shares = unitSharesIn(facts, findUnit(facts, 'org')!, '2016/17', nre2014);
    expect(shares.ok && shares.members.map((m) => m.share.toFixed())).toEqual(['0.25', '0.25', '0.5']);
  });
});
