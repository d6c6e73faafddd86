import type { GridRow } from '../grid/FinanceGrid';
import { formatRate } from '../format/money';
import { bandDBasis } from './band-d-basis';
import { inflationCategoryNote, recurrenceNote } from './line-notes';
import type { Fig, MtfpYearJson } from './types';

/** A grid row whose id is the API's line path (as /mtfp/explain takes it), one figure per year. */
export function row(
  years: MtfpYearJson[],
  line: string,
  label: string,
  pick: (y: MtfpYearJson) => Fig | null | undefined,
  extra: Partial<GridRow> = {},
): GridRow {
  return { id: line, label, values: Object.fromEntries(years.map((y) => [y.year, pick(y)?.value ?? null])), ...extra };
}

/** Entries of a list across all years, by their key, in first-seen order. */
export function entries<T>(years: MtfpYearJson[], list: (y: MtfpYearJson) => T[], key: (t: T) => string): Map<string, T> {
  const found = new Map<string, T>();
  for (const y of years) for (const t of list(y)) if (!found.has(key(t))) found.set(key(t), t);
  return found;
}

function expenditure(years: MtfpYearJson[]): GridRow {
  const lines = [
    ...entries(
      years,
      (y) => y.expenditure.lines,
      (l) => l.code,
    ).values(),
  ].map((l) => {
    const of = (y: MtfpYearJson) => y.expenditure.lines.find((x) => x.code === l.code);
    return row(years, `expenditure/lines/${l.code}/amount`, l.name, (y) => of(y)?.amount, {
      note: inflationCategoryNote(years, (y) => of(y)?.inflationCategory),
    });
  });
  const external = [
    ...entries(
      years,
      (y) => y.expenditure.externalSavings,
      (s) => s.code,
    ).values(),
  ].map((s) =>
    row(
      years,
      `expenditure/externalSavings/${s.code}/amount`,
      `less ${s.name}`,
      (y) => y.expenditure.externalSavings.find((x) => x.code === s.code)?.amount,
      {
        note: s.issue ?? recurrenceNote(years, (y) => y.expenditure.externalSavings.find((x) => x.code === s.code)?.yearRecurrence),
      },
    ),
  );
  // Contributions to joint units, one per alliance (the base-budget lines they replace are not in `lines`).
  const contributions = [
    ...entries(
      years,
      (y) => y.expenditure.contributions ?? [],
      (c) => c.code,
    ).values(),
  ].map((c) =>
    row(
      years,
      `expenditure/contributions/${c.code}/amount`,
      c.name,
      (y) => y.expenditure.contributions?.find((x) => x.code === c.code)?.amount,
      {
        note: c.issue ?? (c.replacesLines?.length ? `replaces ${c.replacesLines.join(', ')}` : undefined),
        children: contributionUnits(years, c.code),
      },
    ),
  );
  return row(years, 'expenditure/total', 'Expenditure', (y) => y.expenditure.total, {
    children: [
      ...lines,
      ...contributions,
      row(years, 'expenditure/costPressures', 'Cost pressures', (y) => y.expenditure.costPressures, {
        children: items(years, 'cost_pressure'),
      }),
      row(years, 'expenditure/growth', 'Growth', (y) => y.expenditure.growth, { children: items(years, 'growth') }),
      row(years, 'expenditure/savings', 'less savings', (y) => y.expenditure.savings, { children: items(years, 'saving') }),
      ...external,
      ...capitalFinancing(years),
    ],
  });
}

const INFLATION: Record<string, string> = { pay: 'grows with pay', non_pay: 'grows with non-pay inflation', none: 'no inflation' };

/** The budget items of one kind, each with whether it recurs and the inflation (and category) its amount grows with. */
function items(years: MtfpYearJson[], kind: string): GridRow[] {
  const all = [
    ...entries(
      years,
      (y) => y.expenditure.items.filter((i) => i.kind === kind),
      (i) => i.itemId,
    ).values(),
  ];
  return all.map((i) => {
    const of = (y: MtfpYearJson) => y.expenditure.items.find((x) => x.itemId === i.itemId);
    const notes = [
      recurrenceNote(years, (y) => of(y)?.recurrence),
      i.inflation ? (INFLATION[i.inflation] ?? i.inflation) : undefined,
      inflationCategoryNote(years, (y) => of(y)?.inflationCategory),
    ].filter((n) => n);
    return row(years, `expenditure/items/${i.itemId}/amount`, i.description, (y) => of(y)?.amount, {
      note: notes.length ? notes.join('; ') : undefined,
    });
  });
}

/** A contribution's parts, one per joint unit of the alliance. */
function contributionUnits(years: MtfpYearJson[], code: string): GridRow[] {
  const of = (y: MtfpYearJson) => y.expenditure.contributions?.find((x) => x.code === code)?.units ?? [];
  return [...entries(years, of, (u) => u.code).values()].map((u) =>
    row(years, `expenditure/contributions/${code}/units/${u.code}/amount`, u.name, (y) => of(y).find((x) => x.code === u.code)?.amount),
  );
}

function funding(years: MtfpYearJson[]): GridRow {
  return row(years, 'funding/total', 'Funding', (y) => y.funding.total, {
    children: [
      row(years, 'funding/coreGrant', 'Core grant', (y) => y.funding.coreGrant),
      row(years, 'funding/formulaGrant', 'Formula grant', (y) => y.funding.formulaGrant),
      row(years, 'funding/legacyCouncilTaxGrants', 'Legacy council tax grants', (y) => y.funding.legacyCouncilTaxGrants),
      row(years, 'funding/otherGeneralGrants', 'Other general grants', (y) => y.funding.otherGeneralGrants),
      row(years, 'funding/precept/income', 'Precept', (y) => y.funding.precept.income, {
        children: [
          row(years, 'funding/precept/bandD', 'Band D (£)', (y) => y.funding.precept.bandD),
          {
            id: 'funding/precept/bandD/basis',
            label: 'Band D set as',
            text: true,
            values: Object.fromEntries(years.map((y) => [y.year, bandDBasis(y.funding.precept.bandD)])),
          },
          row(years, 'funding/precept/councilTaxRequirement', 'Council tax requirement', (y) => y.funding.precept.councilTaxRequirement),
        ],
      }),
      row(years, 'funding/specificGrantsTotal', 'Specific grants', (y) => y.funding.specificGrantsTotal),
      row(years, 'funding/collectionFund', 'Collection fund', (y) => y.funding.collectionFund),
    ],
  });
}

function reserves(years: MtfpYearJson[]): GridRow[] {
  return [
    ...entries(
      years,
      (y) => y.reserves,
      (r) => r.reserveId,
    ).values(),
  ].map((r) => {
    const of = (y: MtfpYearJson) => y.reserves.find((x) => x.reserveId === r.reserveId);
    return row(years, `reserves/${r.reserveId}/closing`, `${r.name} (closing)`, (y) => of(y)?.closing, {
      children: [
        row(years, `reserves/${r.reserveId}/opening`, 'Opening', (y) => of(y)?.opening),
        row(years, `reserves/${r.reserveId}/contributions`, 'Contributions', (y) => of(y)?.contributions),
        row(years, `reserves/${r.reserveId}/drawdowns`, 'Drawdowns', (y) => of(y)?.drawdowns),
      ],
    });
  });
}

/** The general reserve against its minimum and the guidance ceiling (a share of NRE, 5 % today), with the API's verdict in words. */
function generalReserveChecks(years: MtfpYearJson[]): GridRow[] {
  const share = years.find((y) => y.generalReserve?.guidanceCeilingShareOfNre)?.generalReserve?.guidanceCeilingShareOfNre;
  if (!share) return [];
  const ceiling = `Guidance ceiling (${formatRate(share)} of NRE)`;
  return [
    row(years, 'generalReserve/minimum', 'General reserve minimum', (y) => y.generalReserve?.minimum),
    row(years, 'generalReserve/guidanceCeiling', ceiling, (y) => y.generalReserve?.guidanceCeiling),
    {
      id: 'generalReserve/aboveGuidanceCeiling',
      label: 'General reserve against the ceiling',
      text: true,
      values: Object.fromEntries(
        years.map((y) => [
          y.year,
          y.generalReserve?.aboveGuidanceCeiling === undefined
            ? null
            : y.generalReserve.aboveGuidanceCeiling
              ? 'Above – justify'
              : 'Within',
        ]),
      ),
    },
  ];
}

/** The MTFP as finance grid rows: the API's figures placed, never added up here. */
export function mtfpRows(years: MtfpYearJson[]): { plan: GridRow[]; reserves: GridRow[] } {
  return {
    plan: [
      expenditure(years),
      row(years, 'income/total', 'less income', (y) => y.income.total),
      row(years, 'nre', 'Net revenue expenditure (NRE)', (y) => y.nre, { total: true }),
      funding(years),
      row(years, 'gap', 'Gap (shortfall)', (y) => y.gap, { total: true }),
      row(years, 'reserveUse/net', 'Net use of reserves', (y) => y.reserveUse.net),
      row(years, 'savingsToIdentify', 'Savings to identify', (y) => y.savingsToIdentify, { total: true }),
      // A surplus year shows 0 savings to identify and its surplus here, never "negative savings".
      row(years, 'surplus', 'Surplus', (y) => y.surplus),
    ],
    reserves: [...reserves(years), ...generalReserveChecks(years)],
  };
}

/** MRP, interest and revenue contributions of the capital programme, where a year has any (the base debt charges are a line above). */
function capitalFinancing(years: MtfpYearJson[]): GridRow[] {
  const any = years.some(
    (y) =>
      y.capitalFinancing &&
      [y.capitalFinancing.mrp, y.capitalFinancing.interest, y.capitalFinancing.revenueContribution].some(
        (f) => !/^-?0(\.0*)?$/.test(f.value),
      ),
  );
  if (!any) return [];
  return [
    row(years, 'capitalFinancing/mrp', 'Minimum revenue provision', (y) => y.capitalFinancing?.mrp),
    row(years, 'capitalFinancing/interest', 'Interest on borrowing', (y) => y.capitalFinancing?.interest),
    row(years, 'capitalFinancing/revenueContribution', 'Revenue contributions to capital', (y) => y.capitalFinancing?.revenueContribution),
  ];
}
