import { describe, expect, it } from 'vitest';
import type { GridRow } from '../grid/FinanceGrid';
import { mtfpRows } from './mtfp-rows';
import type { MtfpYearJson } from './types';

const fig = (value: string) => ({ value });
// The parts of Herts 2019/20 as at the end of the 2016 plan that the new rows read (the rest left out).
const year = {
  year: '2019/20',
  expenditure: {
    lines: [],
    items: [{ itemId: 'daisu', kind: 'growth', description: 'DAISU', amount: fig('2400000.00'), inflation: 'pay' }],
    costPressures: fig('0.00'),
    growth: fig('2400000.00'),
    savings: fig('0.00'),
    externalSavings: [],
    contributions: [
      {
        code: 'alliance:bch:contributions',
        name: 'Contribution to BCH joint units',
        amount: fig('61000000.00'),
        units: [{ code: 'jps', name: 'Joint Protective Services', amount: fig('16000000.00') }],
      },
    ],
    total: fig('0.00'),
  },
  income: { lines: [], total: fig('0.00') },
  nre: fig('190000000.00'),
  funding: {
    coreGrant: fig('0.00'),
    formulaGrant: fig('0.00'),
    legacyCouncilTaxGrants: fig('0.00'),
    otherGeneralGrants: fig('0.00'),
    precept: {
      bandD: { value: '157.00', basis: 'assumed', assumption: { kind: 'freeze' } },
      taxBase: fig('428442.00'),
      income: fig('67265394.00'),
      councilTaxRequirement: fig('67265394.00'),
    },
    collectionFund: fig('0.00'),
    total: fig('0.00'),
  },
  gap: fig('0.00'),
  reserveUse: { net: fig('0.00') },
  savingsToIdentify: fig('0.00'),
  surplus: fig('0.00'),
  reserves: [],
  generalReserve: {
    closing: fig('13300000.00'),
    minimum: fig('5700000.00'),
    belowMinimum: false,
    guidanceCeilingShareOfNre: '0.05',
    guidanceCeiling: fig('9500000.00'),
    aboveGuidanceCeiling: true,
  },
  alerts: [],
} as unknown as MtfpYearJson;

const find = (rows: GridRow[], id: string): GridRow | undefined =>
  rows.map((r) => (r.id === id ? r : find(r.children ?? [], id))).find(Boolean);

describe('mtfpRows', () => {
  const { plan, reserves } = mtfpRows([year]);

  it("shows each item under its kind with the inflation it grows with, and a contribution's units", () => {
    expect(find(plan, 'expenditure/items/daisu/amount')).toMatchObject({ label: 'DAISU', note: 'grows with pay' });
    expect(find(plan, 'expenditure/contributions/alliance:bch:contributions/units/jps/amount')?.values).toEqual({
      '2019/20': '16000000.00',
    });
  });

  it("notes a line's inflation category with the rate used, and each year's recurrence of an alliance saving", () => {
    // Herts' energy line: named energy from 2019/20 (no rate into its first year), moved 2 % into 2020/21 at the plan's non-pay inflation.
    const energy = { code: 'supplies-energy', name: 'Energy', kind: 'non_pay', amount: fig('1000000.00') };
    const saving = { code: 'alliance:bch:programme:jps', name: 'JPS savings', amount: fig('-500000.00') };
    const withYear = (y: string, rate: { value: string } | null, recurrence: string) =>
      ({
        ...year,
        year: y,
        expenditure: {
          ...year.expenditure,
          lines: [{ ...energy, inflationCategory: { category: 'energy', rate, basis: rate ? 'non_pay_inflation' : null } }],
          externalSavings: [{ ...saving, yearRecurrence: recurrence }],
        },
      }) as unknown as MtfpYearJson;
    const rows = mtfpRows([
      withYear('2019/20', null, 'recurring'),
      withYear('2020/21', fig('0.02'), 'recurring'),
      withYear('2021/22', fig('0.02'), 'one_off'),
    ]).plan;
    expect(find(rows, 'expenditure/lines/supplies-energy/amount')?.note).toBe(
      "energy inflation: 2 % (plan's non-pay inflation) 2020/21–2021/22",
    );
    expect(find(rows, 'expenditure/externalSavings/alliance:bch:programme:jps/amount')?.note).toBe(
      'recurring 2019/20–2020/21; one-off 2021/22',
    );
  });

  it('notes whether a saving item recurs, beside the inflation it grows with', () => {
    const saving = {
      itemId: 'estates',
      kind: 'saving',
      description: 'Estates rationalisation',
      amount: fig('-250000.00'),
      inflation: 'none',
    };
    const withSaving = {
      ...year,
      expenditure: { ...year.expenditure, items: [{ ...saving, recurrence: 'one_off' }] },
    } as unknown as MtfpYearJson;
    expect(find(mtfpRows([withSaving]).plan, 'expenditure/items/estates/amount')?.note).toBe('one-off 2019/20; no inflation');
  });

  it('lists each funding line once: the precept with its Band D under it, not again on its own', () => {
    const funding = plan.find((r) => r.id === 'funding/total');
    const ids = (funding?.children ?? []).map((r) => r.id);
    expect(ids.filter((id) => id === 'funding/precept/income')).toHaveLength(1);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("shows the capital programme's MRP, interest and revenue contributions under expenditure, only where a year has any", () => {
    const capitalFinancing = {
      mrp: fig('250000.00'),
      interest: fig('58500.00'),
      revenueContribution: fig('0.00'),
      total: fig('3308500.00'),
    };
    const rows = mtfpRows([{ ...year, capitalFinancing }]).plan;
    expect(find(rows, 'capitalFinancing/mrp')?.values).toEqual({ '2019/20': '250000.00' });
    expect(find(rows, 'capitalFinancing/interest')?.values).toEqual({ '2019/20': '58500.00' });
    expect(find(plan, 'capitalFinancing/mrp')).toBeUndefined();
  });

  it('shows Band D with how it was set, and the council tax requirement, under the precept', () => {
    expect(find(plan, 'funding/precept/bandD/basis')).toMatchObject({ text: true, values: { '2019/20': 'Assumed – freeze' } });
    expect(find(plan, 'funding/precept/councilTaxRequirement')?.values).toEqual({ '2019/20': '67265394.00' });
  });

  it("shows the general reserve's guidance ceiling as a share of NRE, and the API's verdict in words", () => {
    expect(reserves.map((r) => r.label)).toEqual([
      'General reserve minimum',
      'Guidance ceiling (5 % of NRE)',
      'General reserve against the ceiling',
    ]);
    expect(find(reserves, 'generalReserve/aboveGuidanceCeiling')?.values).toEqual({ '2019/20': 'Above – justify' });
  });
});
