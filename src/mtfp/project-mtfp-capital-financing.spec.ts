import type { ForceFinanceEvent } from '../force-finance/force-finance.events';
import { baseEvents, factsFrom } from '../../test/fixtures/mtfp-facts.fixture';
import { mtfpToJson } from './mtfp-to-json';
import { projectMtfp } from './project-mtfp';

const scheme = (data: Extract<ForceFinanceEvent, { type: 'CapitalSchemeRecorded.v1' }>['data']): ForceFinanceEvent => ({
  type: 'CapitalSchemeRecorded.v1',
  data,
});
const zero = { capitalGrant: '0', capitalReceipts: '0', revenueContribution: '0', reserves: '0', borrowing: '0' };

const withCapital: Record<string, ForceFinanceEvent> = {
  ...baseEvents,
  // The same 2016/17 budget with £2.0m of debt charges already in it, a capital_financing line.
  budget16: {
    type: 'BaseBudgetSet.v1',
    data: {
      year: '2016/17',
      lines: [
        { code: 'pay', name: 'Officers and staff', kind: 'pay', amount: '100000000' },
        { code: 'supplies', name: 'Supplies and services', kind: 'non_pay', amount: '30000000' },
        { code: 'debt', name: 'Capital financing', kind: 'capital_financing', amount: '2000000' },
        { code: 'fees', name: 'Fees and charges', kind: 'income', amount: '5000000' },
      ],
    },
  },
  capital: {
    type: 'ReserveOpened.v1',
    data: {
      reserveId: 'capital',
      name: 'Capital reserve',
      kind: 'earmarked',
      purpose: 'Capital',
      openingBalance: '1000000',
      asAtYear: '2016/17',
    },
  },
  rates16: { type: 'CapitalFinancingAssumptionsSet.v1', data: { year: '2016/17', interestRate: '0.04', mrpMethod: 'straight_line' } },
  estates16: scheme({
    schemeId: 'estates',
    name: 'Estates',
    year: '2016/17',
    cost: '3000000',
    funding: {
      ...zero,
      capitalGrant: '500000',
      revenueContribution: '100000',
      reserves: '400000',
      reserveId: 'capital',
      borrowing: '2000000',
    },
    assetLifeYears: 4,
  }),
  vans17: scheme({
    schemeId: 'vans',
    name: 'Vans',
    year: '2017/18',
    cost: '300000',
    funding: { ...zero, borrowing: '300000' },
    assetLifeYears: 3,
  }),
};

describe('projectMtfp: the capital programme and its financing', () => {
  const without = projectMtfp({ facts: factsFrom(baseEvents), from: '2016/17', years: 3 });
  const mtfp = projectMtfp({ facts: factsFrom(withCapital), from: '2016/17', years: 3 });
  const [y16, y17, y18] = mtfp.years;
  const pence = (figures: { value: { toPence(): string } }[]) => figures.map((f) => f.value.toPence());

  it('charges RCCO in the scheme year, and MRP and interest from the year after, on top of the base debt charges (not inflated)', () => {
    const cf = (y: typeof y16) =>
      pence([
        y.capitalFinancing.inBaseBudget,
        y.capitalFinancing.mrp,
        y.capitalFinancing.interest,
        y.capitalFinancing.revenueContribution,
        y.capitalFinancing.total,
      ]);
    // 2016/17: base £2.0m + RCCO £100,000 = £2,100,000
    expect(cf(y16)).toEqual(['2000000.00', '0.00', '0.00', '100000.00', '2100000.00']);
    // 2017/18: base £2.0m (flat: 2 % non-pay inflation does not touch it); estates MRP 2,000,000 ÷ 4 = 500,000;
    // interest 2,000,000 × 4 % = 80,000: £2,580,000
    expect(cf(y17)).toEqual(['2000000.00', '500000.00', '80000.00', '0.00', '2580000.00']);
    // 2018/19: MRP 500,000 + vans 300,000 ÷ 3 = 100,000 → 600,000; interest on estates' 2,000,000 − 500,000
    // = 1,500,000 × 4 % = 60,000, vans 300,000 × 4 % (2016/17's rate carried) = 12,000 → 72,000: £2,672,000
    expect(cf(y18)).toEqual(['2000000.00', '600000.00', '72000.00', '0.00', '2672000.00']);
    expect(
      y18.capitalFinancing.debtCharges.map((c) => [
        c.code,
        c.outstanding.value.toPence(),
        c.mrp.value.toPence(),
        c.interest.value.toPence(),
      ]),
    ).toEqual([
      ['estates:2016-17', '1500000.00', '500000.00', '60000.00'],
      ['vans:2017-18', '300000.00', '100000.00', '12000.00'],
    ]);
    expect(y18.capitalFinancing.interest.sources).toEqual(expect.arrayContaining(['estates16', 'vans17', 'rates16']));
  });

  it('adds the capital financing line to expenditure: with − without = the whole line (the budget without has no debt line)', () => {
    // without has no debt line; the debt line is neither pay nor non-pay, so the difference is exactly the capital financing total
    expect(pence(mtfp.years.map((y, i) => ({ value: y.expenditure.total.value.minus(without.years[i].expenditure.total.value) })))).toEqual(
      ['2100000.00', '2580000.00', '2672000.00'],
    );
    expect(y17.expenditure.nonPay.value.toPence()).toBe(without.years[1].expenditure.nonPay.value.toPence());
    expect(y17.expenditure.lines.find((l) => l.code === 'debt')?.amount.value.toPence()).toBe('2000000.00');
  });

  it('shows the programme of each year with its funding by source', () => {
    expect(y16.capitalProgramme.spend.value.toPence()).toBe('3000000.00');
    expect(
      y16.capitalProgramme.schemes.map((s) => [s.schemeId, s.fromReserve, s.assetLifeYears, s.funding.borrowing.value.toPence()]),
    ).toEqual([['estates', 'capital', 4, '2000000.00']]);
    const f = y17.capitalProgramme.funding;
    expect(pence([y17.capitalProgramme.spend, f.capitalGrant, f.capitalReceipts, f.revenueContribution, f.reserves, f.borrowing])).toEqual([
      '300000.00',
      '0.00',
      '0.00',
      '0.00',
      '0.00',
      '300000.00',
    ]);
  });

  it('draws the reserves part from the named reserve as a planned use, not as support to the revenue budget', () => {
    const capital = y16.reserves.find((r) => r.reserveId === 'capital');
    // 1,000,000 − 400,000 = 600,000
    expect(pence([capital!.drawdowns, capital!.plannedAndActual.drawdowns.planned, capital!.closing])).toEqual([
      '400000.00',
      '400000.00',
      '600000.00',
    ]);
    expect(capital!.drawdowns.sources).toEqual(['estates16']);
    expect(y16.reserveUse.net.value.toPence()).toBe('0.00');
  });

  it('charges borrowing before the base budget year to the base budget, not again', () => {
    const rebased = projectMtfp({
      facts: factsFrom({
        ...withCapital,
        budget18: { ...withCapital.budget16, data: { ...(withCapital.budget16.data as object), year: '2018/19' } } as ForceFinanceEvent,
      }),
      from: '2018/19',
      years: 1,
    }).years[0];
    // the 2018/19 budget holds the estates and vans charges in its £2.0m line
    expect(rebased.capitalFinancing.total.value.toPence()).toBe('2000000.00');
    expect(rebased.capitalFinancing.borrowingInBaseBudget).toEqual(['estates:2016-17', 'vans:2017-18']);
  });

  it('warns when no interest rate is recorded for the spend year or before, and takes it as zero', () => {
    const { rates16: _rates, ...noRates } = withCapital;
    const result = projectMtfp({ facts: factsFrom(noRates), from: '2017/18', years: 1 });
    expect(result.years[0].capitalFinancing.interest.value.toPence()).toBe('0.00');
    expect(result.warnings).toContain(
      "No capital financing assumptions are recorded for 2016/17 or any earlier year: interest on Estates's borrowing is taken as zero",
    );
  });

  it('renders to JSON in pence', () => {
    expect(mtfpToJson(mtfp).years[2].capitalFinancing.total.value).toBe('2672000.00');
  });
});
