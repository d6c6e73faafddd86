import { recordedExample } from '../../test/fixtures/worked-example';
import { collaborationShares, NRE_FOR_SHARES } from '../collaboration/collaboration-shares';
import { Money } from '../common/money';
import type { RecordedEvent } from '../event-store/event-store.port';
import { PlanReader } from '../planning/plan-reader';

/**
 * The BCH members' contributions to the joint units in their MTFPs (bch-contributions.ts). 2016/17
 * unit budgets: JPS £30.0m (30/30/40 %), Operational Support £40.0m (25/30/45 %), Organisational
 * Support £41.0m (shares fixed on 2015/16 NRE 100 : 130 : 180 of 410):
 *   Bedfordshire    9,000,000 + 10,000,000 + 10,000,000 = 29,000,000
 *   Cambridgeshire  9,000,000 + 12,000,000 + 13,000,000 = 34,000,000
 *   Hertfordshire  12,000,000 + 18,000,000 + 18,000,000 = 48,000,000   (Σ £111.0m, the three budgets)
 */
describe('the worked example: the BCH members’ contributions to the joint units', () => {
  let events: RecordedEvent[];
  let plan2016: PlanReader;
  let latest: PlanReader;

  beforeAll(async () => {
    ({ events, plan2016, latest } = await recordedExample());
  });

  it('puts each member’s share of the units’ 2016/17 budgets in its MTFP, as collaboration shares splits them', () => {
    const shares = collaborationShares(plan2016.alliance('bch')!, '2016/17', plan2016.nreForShareBases(plan2016.alliances()));
    const lines = ['beds', 'cambs', 'herts'].map((force) => {
      const [line] = plan2016.mtfp(force, '2016/17', 1).years[0].expenditure.contributions;
      expect(line.amount.value.equals(shares.memberTotals.find((t) => t.force === force)!.total)).toBe(true);
      return [force, line.code, line.name, line.amount.value.toPence()];
    });
    expect(lines).toEqual([
      ['beds', 'alliance:bch:contributions', 'Contribution to BCH strategic alliance joint units', '29000000.00'],
      ['cambs', 'alliance:bch:contributions', 'Contribution to BCH strategic alliance joint units', '34000000.00'],
      ['herts', 'alliance:bch:contributions', 'Contribution to BCH strategic alliance joint units', '48000000.00'],
    ]);
  });

  it('leaves out the "BCH joint units" line each member marked, citing the marking, so nothing is counted twice', () => {
    for (const force of ['beds', 'cambs', 'herts']) {
      const year = plan2016.mtfp(force, '2016/17', 1).years[0];
      expect(year.expenditure.lines.map((l) => l.code)).not.toContain('bch-joint-units');
      expect(year.expenditure.linesReplaced.map((l) => [l.code, l.replacedBy])).toEqual([
        ['bch-joint-units', 'alliance:bch:contributions'],
      ]);
      const marking = events.find((e) => e.streamId === `force-collaboration-${force}` && e.type === 'ContributionReplacesBudgetLines.v1')!;
      expect(year.expenditure.linesReplaced[0].amount.sources).toContain(marking.id);
    }
    // Herts 2016/17: its £45.07m 2015/16 share rolled by the 1 % pay award, £45,520,700.00, shown but not counted.
    const herts = plan2016.mtfp('herts', '2016/17', 1).years[0];
    expect(herts.expenditure.linesReplaced[0].amount.value.toPence()).toBe('45520700.00');
  });

  it('keeps Hertfordshire’s published figures: £187.0m and £190.0m in the 2016 plan, £208.1m for the 2019/20 budget as set', () => {
    const plan = plan2016.mtfp('herts', '2015/16', 5);
    // 2015/16: the £45.07m line out, the £45.07m contribution in (11.2 + 17.1 + 16.77): NRE £180.0m still.
    expect(plan.years.map((y) => y.nre.value.toPence())).toEqual([
      '180000000.00',
      '187000000.00',
      '186357705.52',
      '187641957.88',
      '190000000.00',
    ]);
    const y1920 = latest.mtfp('herts', '2019/20', 1).years[0];
    // 16.0 + 23.4 + 21.6 = £61.0m in place of the £61.0m line carved from officers and staff (£184.5m published).
    expect(y1920.expenditure.contributionsTotal.value.toPence()).toBe('61000000.00');
    expect(y1920.expenditure.linesReplaced.map((l) => [l.code, l.amount.value.toPence()])).toEqual([['bch-joint-units', '61000000.00']]);
    expect(y1920.nre.value.toPence()).toBe('208100000.00');
  });

  it('reconciles the NRE the shares use with the MTFP’s, as the shares answer says (NRE_FOR_SHARES)', () => {
    const forShares = plan2016.nreForShareBases(plan2016.alliances(), ['2016/17']);
    for (const force of ['beds', 'cambs', 'herts']) {
      const y = plan2016.mtfp(force, '2016/17', 1).years[0];
      const replaced = Money.sum(y.expenditure.linesReplaced.map((l) => l.amount.value));
      const reconciled = forShares
        .get(force)!
        .get('2016/17')!
        .minus(replaced)
        .plus(y.expenditure.contributionsTotal.value)
        .minus(y.expenditure.externalSavingsTotal.value);
      expect([force, reconciled.toExact()]).toEqual([force, y.nre.value.toExact()]);
    }
    // Herts: 187,000,000 + 45,520,700 (its BCH line, in the NRE for shares) − 48,000,000 (its contribution, not)
    // + 1,829,512.19 (its 2016/17 BCH savings: 910,000 + 520,000 + 219,512.19 + 180,000, not) = 186,350,212.19.
    expect(forShares.get('herts')!.get('2016/17')!.toPence()).toBe('186350212.19');
    expect(NRE_FOR_SHARES).toMatch(/^Each member's net revenue expenditure before alliance lines/);
  });
});
