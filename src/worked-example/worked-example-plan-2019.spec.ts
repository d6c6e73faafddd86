import { recordedExample } from '../../test/fixtures/worked-example';
import { benefitsRealisation } from '../benefits-realisation/benefits-realisation';
import { Money } from '../common/money';
import { mtfpToJson } from '../mtfp';
import { PlanReader } from '../planning/plan-reader';
import { COLLABORATION_PROGRAMME } from './bch-alliance';

describe('the worked example: the 2019/20 budget as set in 2019, the latest (Plan 2019)', () => {
  let plan2016: PlanReader;
  let latest: PlanReader;

  beforeAll(async () => {
    ({ plan2016, latest } = await recordedExample());
  });

  it('is funded by £118.7m central government funding, £84.1m precept and £0.6m collection fund: a £203.4m net budget', () => {
    const json = mtfpToJson(latest.mtfp('herts', '2019/20', 1));
    const year = json.years[0];
    const centralGovernment = [
      year.funding.coreGrant,
      year.funding.formulaGrant,
      year.funding.legacyCouncilTaxGrants,
      year.funding.otherGeneralGrants,
      // the police pensions grant, a specific grant within the £118.7m (worked-example-pensions-grant.spec.ts)
      year.funding.specificGrantsTotal,
    ].map((g) => Money.parse(g.value));
    expect(Money.sum(centralGovernment).toPence()).toBe('118700000.00');
    expect(year.funding.precept.income.value).toBe('84100000.00');
    expect(year.funding.collectionFund.value).toBe('600000.00');
    expect(year.funding.total.value).toBe('203400000.00');
    expect(year.nre.value).toBe('208100000.00');
    expect(year.reserveUse.net.value).toBe('4700000.00');
    expect(year.savingsToIdentify.value).toBe('0.00');
    expect(json.warnings).toEqual([]);
  });

  it("takes the 2019/20 budget as published: supplies £31.2m, already net of Hertfordshire's share of the 2019/20 BCH savings, which are not taken off again", () => {
    const expenditure = latest.mtfp('herts', '2019/20', 1).years[0].expenditure;
    // Supplies as published, £31.2m: shown since as £27.2m and its premises energy £2.5m and vehicle fuel £1.5m
    // (hertfordshire-energy-fuel-2019.ts, illustrative): £27.2m + £2.5m + £1.5m = £31.2m.
    const supplies = ['supplies', 'supplies-energy', 'supplies-fuel'].map(
      (code) => expenditure.lines.find((l) => l.code === code)?.amount.value,
    );
    expect(supplies.map((v) => v?.toPence())).toEqual(['27200000.00', '2500000.00', '1500000.00']);
    expect(Money.sum(supplies.map((v) => v ?? Money.ZERO)).toPence()).toBe('31200000.00');
    expect(expenditure.externalSavingsTotal.value.toPence()).toBe('0.00');
    // In the base budget: its share of the 2019/20 collaboration savings (a third of £2.0m forecast, £666,666.67)
    // and every recurring unit saving realised 2012/13–2018/19: JPS 40 % × £8.9m = £3.56m; Operational Support
    // 45 % × £2.5m = £1,125,000; Organisational Support 43 % × £2.1m (to 2015/16) + its NRE share of £1.5m since.
    expect(expenditure.externalSavingsInBaseBudget.map((l) => [l.code, l.amount.value.toPence()])).toEqual([
      ['alliance:bch:programme:jps-savings', '3560000.00'],
      ['alliance:bch:programme:org-savings', '1561536.59'],
      ['alliance:bch:programme:ops-savings', '1125000.00'],
      ['alliance:bch:programme:collaboration-2016', '666666.67'],
    ]);
    // Pay £184.5m + non-pay £31.2m + £1.6m + £3.8m − income £13.0m = NRE £208.1m, as published.
    expect(expenditure.total.value.toPence()).toBe('221100000.00');
    // In the 2016 plan (base budget 2015/16) the 2019/20 savings did change the plan, and were taken off; only the
    // recurring unit savings realised up to 2015/16 are in its base: JPS 40 % × £5.3m, Org 43 % × £2.1m, Ops 45 % × £1.3m.
    const inBase2016 = plan2016.mtfp('herts', '2019/20', 1).years[0].expenditure.externalSavingsInBaseBudget;
    expect(inBase2016.map((l) => [l.code, l.amount.value.toPence()])).toEqual([
      ['alliance:bch:programme:jps-savings', '2120000.00'],
      ['alliance:bch:programme:org-savings', '903000.00'],
      ['alliance:bch:programme:ops-savings', '585000.00'],
    ]);
  });

  it('keeps the 2016 plan reproducible: as at the end of phase 1, 2019/20 NRE is still £190.0m', () => {
    expect(plan2016.mtfp('herts', '2019/20', 1).years[0].nre.value.toPence()).toBe('190000000.00');
    expect(latest.mtfp('herts', '2019/20', 1).years[0].expenditure.baseBudgetYear).toBe('2019/20');
  });

  it('has Band D as approved year by year: £147.82, £147.00, £152.00, £164.00 (+£12 raising £5.298m), £188.00', () => {
    const years = latest.mtfp('herts', '2015/16', 5).years;
    expect(years.map((y) => [y.year, y.funding.precept.bandD.value.toPence(), y.funding.precept.bandD.basis])).toEqual([
      ['2015/16', '147.82', 'approved'],
      ['2016/17', '147.00', 'approved'],
      ['2017/18', '152.00', 'approved'],
      ['2018/19', '164.00', 'approved'],
      ['2019/20', '188.00', 'approved'],
    ]);
    const previousBandD = latest.mtfp('herts', '2018/19', 1, { bandDOverrides: { '2018/19': '152.00' } }).years[0];
    expect(years[3].funding.precept.income.value.minus(previousBandD.funding.precept.income.value).toPence()).toBe('5298000.00');
  });

  it('leaves the base-budget support reserve closing 2019/20 at £7.5m', () => {
    const year = mtfpToJson(latest.mtfp('herts', '2019/20', 1)).years[0];
    expect(year.reserves.find((r) => r.reserveId === 'budget-support')?.closing.value).toBe('7500000.00');
  });

  it('has realised £15.0m of BCH savings since 2012/13: £8.9m in joint protective services, £6.1m in organisational and operational support', () => {
    const alliance = latest.alliance('bch');
    expect(alliance).toBeDefined();
    const report = benefitsRealisation(alliance!, { nre: latest.nreForShareBases([alliance!]) });
    const realised = (code: string) => report.programmes.find((p) => p.programmeCode === code)?.total.realised?.toPence();
    expect(report.total.realised?.toPence()).toBe('15000000.00');
    expect(realised('jps-savings')).toBe('8900000.00');
    expect(Money.sum([Money.parse(realised('org-savings')), Money.parse(realised('ops-savings'))]).toPence()).toBe('6100000.00');
    expect(report.programmes.flatMap((p) => p.issues)).toEqual([]);
    const collaboration = report.programmes.find((p) => p.programmeCode === COLLABORATION_PROGRAMME);
    expect(collaboration?.revisions.map((r) => r.reason)).toEqual(Array(3).fill('Savings released more slowly than expected'));
    expect(collaboration?.years.filter((y) => y.year !== '2016/17').map((y) => [y.planned.toPence(), y.forecast.toPence()])).toEqual([
      ['1800000.00', '1500000.00'],
      ['2100000.00', '1800000.00'],
      ['2200000.00', '2000000.00'],
    ]);
  });

  it("gives Bedfordshire and Cambridgeshire MTFPs that take in their shares of the alliance's savings", () => {
    for (const force of ['beds', 'cambs']) {
      const mtfp = latest.mtfp(force, '2016/17', 4);
      expect(mtfp.warnings).toEqual([]);
      expect(mtfp.years.every((y) => y.expenditure.externalSavings.length > 0)).toBe(true);
    }
    expect(latest.nreTable(['beds', 'cambs', 'herts'], ['2015/16'], false).get('herts')?.get('2015/16')?.toPence()).toBe('180000000.00');
  });
});
