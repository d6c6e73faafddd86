import type { GridRow } from '../grid/FinanceGrid';
import type { Fig, MtfpYearJson } from './types';

/** A grid row whose id is the API's line path (as /mtfp/explain takes it), one figure per year. */
function row(
  years: MtfpYearJson[],
  line: string,
  label: string,
  pick: (y: MtfpYearJson) => Fig | null | undefined,
  extra: Partial<GridRow> = {},
): GridRow {
  return { id: line, label, values: Object.fromEntries(years.map((y) => [y.year, pick(y)?.value ?? null])), ...extra };
}

/** Entries of a list across all years, by their key, in first-seen order. */
function entries<T>(years: MtfpYearJson[], list: (y: MtfpYearJson) => T[], key: (t: T) => string): Map<string, T> {
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
  ].map((l) => row(years, `expenditure/lines/${l.code}/amount`, l.name, (y) => y.expenditure.lines.find((x) => x.code === l.code)?.amount));
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
        note: s.issue,
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
        note: c.issue,
      },
    ),
  );
  return row(years, 'expenditure/total', 'Expenditure', (y) => y.expenditure.total, {
    children: [
      ...lines,
      ...contributions,
      row(years, 'expenditure/costPressures', 'Cost pressures', (y) => y.expenditure.costPressures),
      row(years, 'expenditure/growth', 'Growth', (y) => y.expenditure.growth),
      row(years, 'expenditure/savings', 'less savings', (y) => y.expenditure.savings),
      ...external,
    ],
  });
}

function funding(years: MtfpYearJson[]): GridRow {
  return row(years, 'funding/total', 'Funding', (y) => y.funding.total, {
    children: [
      row(years, 'funding/coreGrant', 'Core grant', (y) => y.funding.coreGrant),
      row(years, 'funding/formulaGrant', 'Formula grant', (y) => y.funding.formulaGrant),
      row(years, 'funding/legacyCouncilTaxGrants', 'Legacy council tax grants', (y) => y.funding.legacyCouncilTaxGrants),
      row(years, 'funding/otherGeneralGrants', 'Other general grants', (y) => y.funding.otherGeneralGrants),
      row(years, 'funding/specificGrantsTotal', 'Specific grants', (y) => y.funding.specificGrantsTotal),
      row(years, 'funding/precept/income', 'Precept', (y) => y.funding.precept.income),
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
    reserves: reserves(years),
  };
}
