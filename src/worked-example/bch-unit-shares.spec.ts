import { recordedExample } from '../../test/fixtures/worked-example';
import type { PlanReader } from '../planning/plan-reader';
import { ORG_SHARE_BASIS_NRE } from './bch-unit-shares';

describe('the worked example: Organisational Support’s fixed shares', () => {
  let latest: PlanReader;
  beforeAll(async () => {
    ({ latest } = await recordedExample());
  });

  it('are fixed on each member’s 2015/16 NRE as its own MTFP states it, with or without alliance lines (they reconcile)', () => {
    const forces = ORG_SHARE_BASIS_NRE.map((n) => n.force);
    const without = latest.nreTable(forces, ['2015/16'], false);
    const withLines = latest.nreTable(forces, ['2015/16'], true);
    for (const { force, nre } of ORG_SHARE_BASIS_NRE) {
      expect(without.get(force)?.get('2015/16')?.toPence()).toBe(nre);
      expect(withLines.get(force)?.get('2015/16')?.toPence()).toBe(nre);
    }
  });

  it('stand for 2016/17–2019/20, each citing the event that fixed it', () => {
    const org = latest.alliance('bch')?.units.find((u) => u.unitCode === 'org');
    expect(org?.fixedShares?.map((f) => [f.year, f.shares.map((s) => s.nre).join(' : ')])).toEqual(
      ['2016/17', '2017/18', '2018/19', '2019/20'].map((year) => [year, '100000000 : 130000000 : 180000000']),
    );
    expect(org?.fixedShares?.every((f) => f.source !== null)).toBe(true);
  });
});
