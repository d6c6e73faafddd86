import { recordedExample } from '../../test/fixtures/worked-example';
import { benefitsRealisation } from '../benefits-realisation/benefits-realisation';
import { benefitsRealisationToJson } from '../benefits-realisation/benefits-realisation.to-json';
import { collaborationShares, collaborationSharesToJson } from '../collaboration/collaboration-shares';
import type { PlanReader } from '../planning/plan-reader';
import { COLLABORATION_PROGRAMME } from './bch-alliance';

describe('the worked example: the BCH board figures (costs to achieve, net benefit, outturn, variance explanations)', () => {
  let plan2016: PlanReader;
  let latest: PlanReader;

  beforeAll(async () => {
    ({ plan2016, latest } = await recordedExample());
  });

  const report = (reader: PlanReader) => {
    const alliance = reader.alliance('bch')!;
    return benefitsRealisationToJson(benefitsRealisation(alliance, { nre: reader.nreForShareBases([alliance]) }));
  };
  const shares2016 = (reader: PlanReader) => {
    const alliance = reader.alliance('bch')!;
    return collaborationSharesToJson(collaborationShares(alliance, '2016/17', reader.nreForShareBases([alliance])));
  };

  it("nets Efficiency 2016's £0.6m change-programme costs off the 2016/17 collaboration savings, a third to each force", () => {
    const collab = report(plan2016).programmes.find((p) => p.programmeCode === COLLABORATION_PROGRAMME)!;
    const [y2016, y2017] = collab.years;
    // £2.73m planned − £0.6m costs to achieve = £2.13m; no unit, so thirds: £200,000.00 of costs each.
    expect(y2016).toMatchObject({ year: '2016/17', bestEstimate: '2730000.00', costsToAchieve: '600000.00', netBenefit: '2130000.00' });
    expect(y2016.members.map((m) => m.costsToAchieve)).toEqual(['200000.00', '200000.00', '200000.00']);
    // 2017/18: forecast £1.5m − illustrative £0.25m = £1.25m; cumulative (£2.73m + £1.5m) − (£0.6m + £0.25m) = £3.38m.
    expect(y2017).toMatchObject({ year: '2017/18', bestEstimate: '1500000.00', costsToAchieve: '250000.00', netBenefit: '1250000.00' });
    expect(y2017.cumulative).toMatchObject({ costsToAchieve: '850000.00', netBenefit: '3380000.00' });
    expect(y2017.varianceExplanation?.explanation).toMatch(/released more slowly than expected/);
    expect(collab.total.costsToAchieve).toBe('850000.00');
  });

  it('shows the units’ 2016/17 outturns only once recorded (phase 2), split as the contributions are', () => {
    expect(shares2016(plan2016).units.map((u) => u.outturn)).toEqual([null, null, null]);
    const units = shares2016(latest).units;
    const jps = units.find((u) => u.unitCode === 'jps')!;
    // £29.65m − £30.0m = −£350,000.00; 30 % / 30 % / 40 %: £8,895,000.00, £8,895,000.00, £11,860,000.00.
    expect(jps).toMatchObject({ budget: '30000000.00', outturn: '29650000.00', variance: '-350000.00' });
    expect(jps.shares.map((s) => [s.force, s.outturn])).toEqual([
      ['beds', '8895000.00'],
      ['cambs', '8895000.00'],
      ['herts', '11860000.00'],
    ]);
    const ops = units.find((u) => u.unitCode === 'ops')!;
    // £40.42m − £40.0m = £420,000.00 overspent.
    expect(ops).toMatchObject({ outturn: '40420000.00', variance: '420000.00' });
  });
});
