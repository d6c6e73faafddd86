import { recordedExample } from '../../test/fixtures/worked-example';
import { Money } from '../common/money';
import { mtfpToJson } from '../mtfp';
import type { PlanReader } from '../planning/plan-reader';

describe('the worked example: the 2019/20 police pensions grant, a specific grant tied to the officers’ employer pension', () => {
  let plan2016: PlanReader;
  let latest: PlanReader;
  beforeAll(async () => {
    ({ plan2016, latest } = await recordedExample());
  });

  it('is its own funding line within the £118.7m central government funding, set against the officers’ employer pension it funds', () => {
    const json = mtfpToJson(latest.mtfp('herts', '2019/20', 1));
    const { funding, expenditure } = json.years[0];
    // Officers £60.5m before on-costs × 31.0 % = £18,755,000 employer pension (hertfordshire-pay-model-2019.ts).
    expect(funding.specificGrants.map((g) => [g.grantId, g.kind, g.amount.value, g.funds?.onCost, g.funds?.spend.value])).toEqual([
      ['pensions-grant', 'specific', '2000000.00', { group: 'officers', onCost: 'pension' }, '18755000.00'],
    ]);
    // general grants £65.3m + £39.1m + £12.3m + £0 = £116.7m; with the £2.0m pensions grant, £118.7m as published
    const general = [funding.coreGrant, funding.formulaGrant, funding.legacyCouncilTaxGrants, funding.otherGeneralGrants];
    expect(Money.sum(general.map((g) => Money.parse(g.value))).toPence()).toBe('116700000.00');
    expect(funding.specificGrantsTotal.value).toBe('2000000.00');
    // Against the pension: cost £18,755,000, grant £2,000,000, net £16,755,000 the budget bears.
    const pension = expenditure.payGroups.find((g) => g.group === 'officers')?.onCosts?.funding?.pension;
    expect([pension?.cost.value, pension?.granted.value, pension?.net.value]).toEqual(['18755000.00', '2000000.00', '16755000.00']);
    expect(pension?.fundedBy.map((f) => [f.grantId, f.amount.value])).toEqual([['pensions-grant', '2000000.00']]);
    // Tied to the on-cost now, not to the pay line it was first tied to.
    expect(expenditure.lines.filter((l) => l.fundedBy !== undefined)).toEqual([]);
  });

  it('leaves the published figures as they were: funding £203.4m, NRE £208.1m, council tax requirement £84.1m, no warnings', () => {
    const json = mtfpToJson(latest.mtfp('herts', '2019/20', 1));
    const year = json.years[0];
    expect(year.funding.total.value).toBe('203400000.00');
    expect(year.nre.value).toBe('208100000.00');
    expect(year.funding.precept.councilTaxRequirement.value).toBe('84100000.00');
    expect(year.savingsToIdentify.value).toBe('0.00');
    expect(json.warnings).toEqual([]);
  });

  it('is not in the 2016 plan as it stood', () => {
    const year = plan2016.mtfp('herts', '2019/20', 1).years[0];
    expect(year.funding.specificGrants).toEqual([]);
    expect(year.funding.specificGrantsTotal.value.toPence()).toBe('0.00');
  });
});
