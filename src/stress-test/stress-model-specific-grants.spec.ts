import { baseEvents, factsFrom } from '../../test/fixtures/mtfp-facts.fixture';
import { projectMtfp } from '../mtfp/project-mtfp';
import { stressModelFromMtfp } from './stress-model';

describe('stressModelFromMtfp: specific grants', () => {
  it('counts a year’s specific grants as fixed grant, so the model’s funding is the plan’s', () => {
    const plain = stressModelFromMtfp(projectMtfp({ facts: factsFrom(baseEvents), from: '2016/17', years: 1 }));
    const withGrant = stressModelFromMtfp(
      projectMtfp({
        facts: factsFrom({
          ...baseEvents,
          victims: {
            type: 'SpecificGrantRecorded.v1',
            data: { grantId: 'victims', name: 'Victim services', kind: 'specific', year: '2016/17', amount: '1364070' },
          },
        }),
        from: '2016/17',
        years: 1,
      }),
    );
    // 2016/17 fixed grants: core £60m + formula £40m (settled) + legacy £10m + other £1m = £111m; + £1,364,070 victims grant
    expect(plain.years[0].grantFixed).toBe(111_000_000);
    expect(withGrant.years[0].grantFixed).toBe(112_364_070);
    // NRE £100m + £30m − £5m fees = £125m; funding £111m + £61.74m precept (147 × 420,000) + £1,364,070 = £174,104,070
    expect(withGrant.years[0].plan.gap).toBe('-49104070.00');
  });
});
