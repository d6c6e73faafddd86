import type { ForceFinanceState } from '../../force-finance/force-finance.state';
import { excel } from '../excel';
import { readXlsxSheets, type SheetProblem } from '../import/read-spreadsheet';
import { sheetRows, type SheetRow } from '../import/sheet-rows';
import { POUNDS_FORMAT } from '../xlsx-writer';
import { PLAN_SHEET_KEYS, PLAN_SHEETS, planSheetSpec, planWorkbookRows, type PlanSheetKey } from './plan-workbook-sheets';

const MONEY_COLUMNS = new Set([
  'amount',
  'coreGrant',
  'formulaGrant',
  'legacyCouncilTaxGrants',
  'otherGeneralGrants',
  'collectionFund',
  'bandD',
  'openingBalance',
  'cost',
  'capitalGrant',
  'capitalReceipts',
  'revenueContribution',
  'reserves',
  'borrowing',
]);
const NUMBER_COLUMNS = new Set([
  ...MONEY_COLUMNS,
  'payAward',
  'nonPayInflation',
  'incomeInflation',
  'grantChange',
  'taxBaseGrowth',
  'bandDEquivalents',
  'interestRate',
  'rate',
  'assetLifeYears',
  'fte',
]);

/**
 * A figure as a spreadsheet number when the number reads back as exactly the recorded decimal
 * (every pound-and-pence figure a force records), else as text, so a round trip never changes it.
 */
function cellValue(column: string, value: string): string | number {
  if (!NUMBER_COLUMNS.has(column) || value === '') return value;
  const n = Number(value);
  return Number.isFinite(n) && String(n) === value.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '') ? n : value;
}

/** The plan workbook: one sheet a kind of plan input, header frozen, pounds formatted, keys in the first columns. */
export async function planWorkbookFile(state: ForceFinanceState): Promise<Buffer> {
  const workbook = new (excel().Workbook)();
  const rows = planWorkbookRows(state);
  for (const key of PLAN_SHEET_KEYS) {
    const { name, columns } = PLAN_SHEETS[key];
    const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow([...columns]).font = { bold: true };
    for (const values of rows[key]) {
      const added = ws.addRow(values.map((v, i) => cellValue(columns[i], v)));
      columns.forEach((c, i) => {
        if (MONEY_COLUMNS.has(c) && typeof added.getCell(i + 1).value === 'number') added.getCell(i + 1).numFmt = POUNDS_FORMAT;
      });
    }
    ws.columns.forEach((col, i) => {
      const widest = Math.max(columns[i].length, ...rows[key].map((r) => String(r[i] ?? '').length));
      col.width = Math.min(60, widest + 2);
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The rows of each plan sheet of an edited workbook (a sheet left out reads as no rows and is named in `absent`; other sheets are ignored), or every problem of their headers. */
export async function readPlanWorkbook(
  body: Buffer,
): Promise<{ rows: Record<PlanSheetKey, SheetRow[]>; absent: PlanSheetKey[]; problems: SheetProblem[] }> {
  const sheets = await readXlsxSheets(body);
  const problems: SheetProblem[] = [];
  const rows = {} as Record<PlanSheetKey, SheetRow[]>;
  const absent: PlanSheetKey[] = [];
  for (const key of PLAN_SHEET_KEYS) {
    const table = sheets.find((s) => s.sheet.trim().toLowerCase() === PLAN_SHEETS[key].name.toLowerCase());
    if (!table) {
      rows[key] = [];
      absent.push(key);
      continue;
    }
    const read = sheetRows(table, planSheetSpec(key));
    rows[key] = read.rows;
    problems.push(...read.problems);
  }
  return { rows, absent, problems };
}
