import { readerAt, hertsCollaboration, recordedExample } from '../../test/fixtures/worked-example';
import { Money } from '../common/money';
import type { RecordedEvent } from '../event-store/event-store.port';
import { mtfpToJson } from '../mtfp';
import { PlanReader } from '../planning/plan-reader';
import { COLLABORATION_PROGRAMME } from './bch-alliance';

describe('the worked example: the 2016 plan, as at the end of phase 1 (Efficiency 2016)', () => {
  let events: RecordedEvent[];
  let plan2016: PlanReader;

  beforeAll(async () => {
    ({ events, plan2016 } = await recordedExample());
  });

  it("has net revenue expenditure of exactly £187.0m in 2016/17 and £190.0m in 2019/20, including Hertfordshire's share of BCH savings", () => {
    const mtfp = plan2016.mtfp('herts', '2016/17', 4);
    // With the unit savings carried (recurring), the published £4.45m a year from the base-budget support
    // reserve no longer more than covers 2018/19: £401,957.88 is still to be identified, and no surplus.
    expect(mtfp.warnings).toEqual([]);
    expect([mtfp.years[2].savingsToIdentify.value.toPence(), mtfp.years[2].surplus.value.toPence()]).toEqual(['401957.88', '0.00']);
    expect(mtfp.years[0].nre.value.toExact()).toBe('187000000');
    // 2019/20 to the penny: the rolled officer pay, £57.93m × 1.01⁴ since its BCH line stands apart
    // (bch-contributions.ts), leaves 189,999,999.9993.
    expect(mtfp.years[3].nre.value.toPence()).toBe('190000000.00');
    expect(mtfp.years[0].expenditure.externalSavings.map((s) => s.code)).toEqual(
      expect.arrayContaining([
        'alliance:bch:programme:jps-savings',
        'alliance:bch:programme:org-savings',
        `alliance:bch:programme:${COLLABORATION_PROGRAMME}`,
      ]),
    );
  });

  it('balances the 2015/16 base year to within £1: £180.0m net revenue expenditure against £180,000,000.57 of funding', () => {
    const y1516 = plan2016.mtfp('herts', '2015/16', 1).years[0];
    // Grants £65,941,000 + £38,350,000 + £12,300,000 = £116,591,000; precept £147.82 × 425,578.41 Band D
    // = £62,909,000.5662; collection fund £500,000: £180,000,000.5662 in all, 57p more than the £180.0m spent.
    expect(y1516.nre.value.toExact()).toBe('180000000');
    expect(y1516.funding.total.value.toExact()).toBe('180000000.5662');
    expect([y1516.savingsToIdentify.value.toPence(), y1516.surplus.value.toPence()]).toEqual(['0.00', '0.57']);
  });

  it("carries the joint units' recurring savings into 2019/20 instead of dropping them when their business cases end", () => {
    const y1920 = plan2016.mtfp('herts', '2016/17', 4).years[3];
    const carried = y1920.expenditure.externalSavings
      .filter((s) => s.recurring)
      .map((s) => [s.code, s.amount.value.toPence(), s.recurring?.inYear.value.toPence(), s.recurring?.fromYears]);
    // Herts' shares of the 2016/17–2018/19 plans: JPS 40 % × £1.3m × 3 = £1.56m; Operational Support
    // 45 % × (£0.4m + £0.5m + £0.5m) = £630,000; Organisational Support 180/410 × (£0.5m + £0.6m + £0.6m)
    // = £219,512.19 + £263,414.64 + £263,414.64 = £746,341.47. Nothing new in 2019/20; 2015/16 and earlier are in the base.
    const fromYears = ['2016/17', '2017/18', '2018/19'];
    expect(carried).toEqual([
      ['alliance:bch:programme:jps-savings', '1560000.00', '0.00', fromYears],
      ['alliance:bch:programme:org-savings', '746341.47', '0.00', fromYears],
      ['alliance:bch:programme:ops-savings', '630000.00', '0.00', fromYears],
    ]);
    // The collaboration programme stays one-off, as recorded: its 2019/20 figure only (a third of £2.0m).
    expect(y1920.expenditure.externalSavings.find((s) => s.code.endsWith('collaboration-2016'))?.amount.value.toPence()).toBe('666666.67');
    expect(y1920.expenditure.externalSavingsTotal.value.toPence()).toBe('3603008.14');
  });

  it('draws £4.45m a year from the £25.3m base-budget support reserve, which closes 2019/20 at £7.5m; reserves were £48.3m at the end of 2015/16', () => {
    const json = mtfpToJson(plan2016.mtfp('herts', '2016/17', 4));
    const budgetSupport = json.years.map((y) => y.reserves.find((r) => r.reserveId === 'budget-support'));
    expect(budgetSupport[0]?.opening.value).toBe('25300000.00');
    expect(budgetSupport.map((r) => r?.drawdowns.value)).toEqual(['4450000.00', '4450000.00', '4450000.00', '4450000.00']);
    expect(budgetSupport[3]?.closing.value).toBe('7500000.00');
    expect(Money.sum(json.years[0].reserves.map((r) => Money.parse(r.opening.value))).toPence()).toBe('48300000.00');
  });

  it('balances 2016/17 with the reserve, and its savings total the £4.9m proposal; investments total £4.16m', () => {
    const year = plan2016.mtfp('herts', '2016/17', 1).years[0];
    expect(year.reserveUse.net.value.toPence()).toBe('4450000.00');
    expect(year.savingsToIdentify.value.toPence()).toBe('0.00');
    expect(year.expenditure.savings.value.plus(year.expenditure.externalSavingsTotal.value).toPence()).toBe('4900000.00');
    const investments = year.expenditure.items.filter((i) => i.kind === 'growth' && i.fromYear === '2016/17');
    expect(Money.sum(investments.map((i) => i.amount.value)).toPence()).toBe('4160000.00');
  });

  it("puts Hertfordshire's collaboration at 26.1 % and 32.8 % of NRE with police partners, 0.6 % and 0.7 % with others, beside the national averages", () => {
    const figures = hertsCollaboration(plan2016);
    const y2016 = figures.years.find((y) => y.year === '2016/17');
    const y2019 = figures.years.find((y) => y.year === '2019/20');
    expect(y2016).toMatchObject({
      nre: '187000000.00',
      police: { amount: '48800000.00', percentOfNre: '26.1', nationalAverage: { percentOfNre: '11.9' } },
      nonPolice: { amount: '1200000.00', percentOfNre: '0.6', nationalAverage: { percentOfNre: '3.4' } },
      issues: [],
    });
    expect(y2019).toMatchObject({
      nre: '190000000.00',
      police: { amount: '62300000.00', percentOfNre: '32.8', nationalAverage: { percentOfNre: '14.8' } },
      nonPolice: { amount: '1300000.00', percentOfNre: '0.7', nationalAverage: { percentOfNre: '3.5' } },
    });
  });

  it('raises £2.1m with +£5 on Band D in 2017/18 (420,000 Band D equivalents), and shows the +£5 options the plan assumed', () => {
    const withOption = plan2016.mtfp('herts', '2017/18', 1).years[0];
    const frozen = plan2016.mtfp('herts', '2017/18', 1, { bandDOverrides: { '2017/18': '147.00' } }).years[0];
    expect(withOption.funding.precept.bandD).toMatchObject({ basis: 'proposed' });
    expect(withOption.funding.precept.bandD.value.toPence()).toBe('152.00');
    expect(withOption.funding.precept.income.value.minus(frozen.funding.precept.income.value).toPence()).toBe('2100000.00');
    expect(plan2016.mtfp('herts', '2018/19', 1).years[0].funding.precept.bandD.value.toPence()).toBe('157.00');
  });

  it("moves each member's MTFP by exactly its share of the £0.8m when the £6.1m forecast is revised to £5.3m, and names the revisions", () => {
    const revisions = events.filter((e) => e.type === 'SavingsForecastRevised.v1');
    expect(revisions).toHaveLength(3);
    const before = readerAt(events, (revisions[0].position - 1n).toString());
    const after = readerAt(events, revisions[2].position.toString());
    const line = `alliance:bch:programme:${COLLABORATION_PROGRAMME}`;
    const savingsOf = (reader: PlanReader, force: string) =>
      reader.mtfp(force, '2017/18', 3).years.map((y) => {
        const saving = y.expenditure.externalSavings.find((s) => s.code === line);
        if (!saving) throw new Error(`${force} has no ${line} line in ${y.year}`);
        return saving.amount;
      });
    const changes = ['beds', 'cambs', 'herts'].map((force) => {
      const was = savingsOf(before, force);
      const now = savingsOf(after, force);
      now.forEach((amount, i) => expect(amount.sources).toContain(revisions[i].id));
      return Money.sum(now.map((amount, i) => amount.value.minus(was[i].value)));
    });
    expect(Money.sum(changes).toPence()).toBe('-800000.00');
    expect(changes.map((c) => c.toPence()).sort()).toEqual(['-266666.66', '-266666.67', '-266666.67']);
  });
});
