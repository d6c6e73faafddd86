import { keyedItems } from '../../force-finance/keyed-list';
import type { ForceFinanceState } from '../../force-finance/force-finance.state';
import type { RowsSpec } from '../import/sheet-rows';
import { SPECIFIC_GRANTS_OPTIONAL, SPECIFIC_GRANTS_SHEET, specificGrantRows } from './plan-workbook-specific-grants';
import {
  CAPITAL_FINANCING_SHEET,
  CAPITAL_PROGRAMME_OPTIONAL,
  CAPITAL_PROGRAMME_SHEET,
  capitalFinancingRows,
  capitalSchemeRows,
} from './plan-workbook-capital';
import { INFLATION_RATES_SHEET, inflationRateRows } from './plan-workbook-inflation-rates';
import { ESTABLISHMENT_SHEET, establishmentRows } from './plan-workbook-establishment';

/** The sheets of a force's plan workbook, in order: each one a kind of plan input, keyed so edited rows match back. */
export const PLAN_SHEETS = {
  budgetLines: { name: 'Budget lines', columns: ['year', 'code', 'name', 'kind', 'amount', 'payGroup', 'inflationCategory'] },
  items: { name: 'Budget items', columns: ['itemId', 'kind', 'fromYear', 'amount', 'recurrence', 'description'] },
  assumptions: {
    name: 'Assumptions',
    columns: ['year', 'payAward', 'nonPayInflation', 'incomeInflation', 'grantChange', 'taxBaseGrowth'],
  },
  funding: {
    name: 'Funding',
    columns: ['year', 'coreGrant', 'formulaGrant', 'legacyCouncilTaxGrants', 'otherGeneralGrants', 'bandDEquivalents', 'collectionFund'],
  },
  precepts: { name: 'Precepts', columns: ['year', 'status', 'bandD'] },
  reserves: { name: 'Reserves', columns: ['reserveId', 'name', 'kind', 'purpose', 'openingBalance', 'asAtYear'] },
  movements: {
    name: 'Reserve movements',
    columns: ['movementId', 'reserveId', 'year', 'direction', 'basis', 'amount', 'supportsRevenueBudget', 'description'],
  },
  specificGrants: SPECIFIC_GRANTS_SHEET,
  capitalSchemes: CAPITAL_PROGRAMME_SHEET,
  capitalFinancing: CAPITAL_FINANCING_SHEET,
  inflationRates: INFLATION_RATES_SHEET,
  establishment: ESTABLISHMENT_SHEET,
} as const;

export type PlanSheetKey = keyof typeof PLAN_SHEETS;
export const PLAN_SHEET_KEYS = Object.keys(PLAN_SHEETS) as PlanSheetKey[];

/** Columns a row may leave empty: a new item has no itemId yet; a year may have only some funding recorded. */
const OPTIONAL: Record<PlanSheetKey, readonly string[]> = {
  budgetLines: ['payGroup', 'inflationCategory'],
  items: ['itemId'],
  assumptions: [],
  funding: ['coreGrant', 'formulaGrant', 'legacyCouncilTaxGrants', 'otherGeneralGrants', 'bandDEquivalents', 'collectionFund'],
  precepts: [],
  reserves: ['purpose'],
  movements: ['movementId', 'description'],
  specificGrants: SPECIFIC_GRANTS_OPTIONAL,
  capitalSchemes: CAPITAL_PROGRAMME_OPTIONAL,
  capitalFinancing: [],
  inflationRates: [],
  establishment: [],
};

/** How a sheet of the workbook is read back. */
export function planSheetSpec(key: PlanSheetKey): RowsSpec {
  const { name, columns } = PLAN_SHEETS[key];
  return {
    whole: `the ${name} sheet`,
    rowsNoun: 'rows',
    columns,
    required: columns.filter((c) => !OPTIONAL[key].includes(c)),
    maxRows: 2000,
    mayBeEmpty: true,
    requireCells: true,
  };
}

/** The plan inputs as recorded, one row of text a record, in each sheet's column order (years ascending). */
export function planWorkbookRows(state: ForceFinanceState): Record<PlanSheetKey, string[][]> {
  const years = (record: Record<string, unknown>) => Object.keys(record).sort();
  const fundingYears = [...new Set([state.grantSettlements, state.taxBases, state.collectionFunds].flatMap(years))].sort();
  return {
    budgetLines: years(state.baseBudgets).flatMap((year) =>
      state.baseBudgets[year].lines.map((l) => [year, l.code, l.name, l.kind, l.amount, l.payGroup ?? '', l.inflationCategory ?? '']),
    ),
    items: keyedItems(state.budgetItems)
      .filter((i) => !i.withdrawn)
      .map((i) => [i.itemId, i.kind, i.fromYear, i.amount, i.recurrence, i.description]),
    assumptions: years(state.assumptions).map((year) => {
      const a = state.assumptions[year];
      return [year, a.payAward, a.nonPayInflation, a.incomeInflation, a.grantChange, a.taxBaseGrowth];
    }),
    funding: fundingYears.map((year) => {
      const g = state.grantSettlements[year];
      return [
        year,
        g?.coreGrant ?? '',
        g?.formulaGrant ?? '',
        g?.legacyCouncilTaxGrants ?? '',
        g?.otherGeneralGrants ?? '',
        state.taxBases[year]?.bandDEquivalents ?? '',
        state.collectionFunds[year]?.amount ?? '',
      ];
    }),
    precepts: years(state.precepts).flatMap((year) => {
      const p = state.precepts[year];
      return [...(p.proposed ? [[year, 'proposed', p.proposed.bandD]] : []), ...(p.approved ? [[year, 'approved', p.approved.bandD]] : [])];
    }),
    reserves: state.reserves.map((r) => [r.reserveId, r.name, r.kind, r.purpose, r.openingBalance, r.asAtYear]),
    movements: state.reserves.flatMap((r) =>
      r.movements.map((m) => [
        m.movementId ?? '',
        r.reserveId,
        m.year,
        m.direction,
        m.basis,
        m.amount,
        String(m.supportsRevenueBudget),
        m.description,
      ]),
    ),
    specificGrants: specificGrantRows(state),
    capitalSchemes: capitalSchemeRows(state),
    capitalFinancing: capitalFinancingRows(state),
    inflationRates: inflationRateRows(state),
    establishment: establishmentRows(state),
  };
}
