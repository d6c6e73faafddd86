import { Dec } from '../../common/decimal';
import { mtfpLines } from '../../mtfp/http/mtfp-lines';
import type { MtfpJson } from '../../mtfp/mtfp-to-json';
import { citedSources, fileSlug, type CsvTable, type ExportDocument, type Sheet } from '../export-document';
import { negated, YearSheet } from '../year-sheet';
import { assumptions, expenditure, funding, income, reserves, reserveUse, type MtfpYearJson } from './mtfp-sheets';
import { reservesByPurpose, reservesPlanAndOutturn } from './mtfp-reserves-by-purpose-sheet';
import { budgetMonitoring } from './mtfp-budget-monitoring-sheet';
import { payGroups } from './mtfp-pay-groups-sheet';

/** The MTFP answer as GET /forces/{force}/mtfp gives it. */
export type MtfpAnswerJson = MtfpJson & { force: string; asAt: { position: string | null }; scenario?: { id: string } };

/** The CSV columns of an MTFP, in this order; `line` is the line /mtfp/explain takes. */
export const MTFP_CSV_COLUMNS = ['year', 'section', 'line', 'amount'];

/**
 * A force's MTFP as a workbook (Summary, Expenditure, Income, Funding, Reserve use, Reserves,
 * Reserves by purpose, Reserves plan and outturn, Assumptions, Budget monitoring, Pay groups where pay lines name them; years across) and as a long CSV: one row per figure of every year.
 */
export function mtfpExport(answer: MtfpAnswerJson): ExportDocument {
  const what = 'Medium-term financial plan';
  const scenario = answer.scenario?.id ?? null;
  return {
    what,
    subject: { kind: 'force', code: answer.force },
    period: `${answer.from} to ${answer.to}`,
    asAtPosition: answer.asAt.position,
    scenario,
    fileStem: [answer.force, 'mtfp', ...(scenario ? ['scenario', scenario] : []), fileSlug(answer.from), 'to', fileSlug(answer.to)]
      .map(fileSlug)
      .join('-'),
    sheets: mtfpSheets(answer.years),
    csv: mtfpCsv(answer.years),
    sources: citedSources(answer),
  };
}

export function mtfpSheets(years: readonly MtfpYearJson[]): Sheet[] {
  return [
    summary(years),
    expenditure(years),
    income(years),
    funding(years),
    reserveUse(years),
    reserves(years),
    reservesByPurpose(years),
    reservesPlanAndOutturn(years),
    assumptions(years),
    budgetMonitoring(years),
    // Only for a force whose pay lines name their pay groups.
    ...(years.some((y) => y.expenditure.payGroups.length > 0) ? [payGroups(years)] : []),
  ];
}

export function mtfpCsv(years: readonly MtfpYearJson[]): CsvTable {
  const rows = years.flatMap((year) =>
    mtfpLines(year).map(({ line, figure }) => [year.year, line.split('/')[0], line, figure.value] as (string | null)[]),
  );
  return { columns: MTFP_CSV_COLUMNS, rows };
}

const each = (years: readonly MtfpYearJson[], value: (y: MtfpYearJson) => string | null): (string | null)[] => years.map(value);

function summary(years: readonly MtfpYearJson[]): Sheet {
  const s = new YearSheet(
    'Summary',
    years.map((y) => y.year),
  );
  const spend = s.line(
    'Expenditure',
    'expenditure/total',
    null,
    each(years, (y) => y.expenditure.total.value),
  );
  const lessIncome = s.line(
    'Less income',
    'income/total',
    null,
    each(years, (y) => negated(y.income.total.value)),
  );
  const nre = s.total(
    'Net revenue expenditure',
    [spend, lessIncome],
    each(years, (y) => y.nre.value),
  );
  const lessFunding = s.line(
    'Less funding',
    'funding/total',
    null,
    each(years, (y) => negated(y.funding.total.value)),
  );
  const gap = s.total(
    'Gap (shortfall positive)',
    [nre, lessFunding],
    each(years, (y) => y.gap.value),
  );
  const lessReserves = s.line(
    'Less net use of reserves',
    'reserveUse/net',
    null,
    each(years, (y) => negated(y.reserveUse.net.value)),
  );
  // Gap less reserves is savings to identify in a shortfall year and minus the surplus in a surplus year.
  s.total(
    'Gap after reserves (shortfall positive)',
    [gap, lessReserves],
    each(years, (y) => new Dec(y.savingsToIdentify.value).minus(y.surplus.value).toFixed(2)),
  );
  s.line(
    'Savings still to identify',
    'savingsToIdentify',
    'not summed',
    each(years, (y) => y.savingsToIdentify.value),
  );
  s.line(
    'Surplus',
    'surplus',
    'not summed',
    each(years, (y) => y.surplus.value),
  );
  return s.sheet();
}
