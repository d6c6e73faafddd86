import type { GridColumn, GridRow } from '../grid/FinanceGrid';
import type { Fig, MtfpYearJson, ReservePurpose, ReserveJson, ReservePurposeJson } from './types';

export const PURPOSE_WORDS: Record<ReservePurpose, string> = {
  within_mtfp: 'Used within the MTFP',
  beyond_mtfp: 'Held for beyond the MTFP',
  contingency: 'Contingency (general reserve)',
  unclassified: 'Purpose not recorded',
};

/** Planned beside actual beside variance for contributions and drawdowns, then the closing balance as planned and as counted. */
export const PURPOSE_COLUMNS: GridColumn[] = [
  { key: 'opening', label: 'Opening' },
  { key: 'contributions/planned', label: 'Contributions planned' },
  { key: 'contributions/actual', label: 'Contributions actual' },
  { key: 'contributions/variance', label: 'Contributions variance' },
  { key: 'drawdowns/planned', label: 'Drawdowns planned' },
  { key: 'drawdowns/actual', label: 'Drawdowns actual' },
  { key: 'drawdowns/variance', label: 'Drawdowns variance' },
  { key: 'plannedClosing', label: 'Closing as planned' },
  { key: 'closing', label: 'Closing' },
];

/** A grid row with the /mtfp/explain line of each of its figures, by column key. */
export interface PurposeRow extends GridRow {
  lines: Record<string, string>;
}

function cells(figures: Record<string, [line: string, figure: Fig | null | undefined]>): Pick<PurposeRow, 'values' | 'lines'> {
  const present = Object.entries(figures).filter(([, [, figure]]) => figure);
  return {
    values: Object.fromEntries(present.map(([key, [, figure]]) => [key, figure?.value])),
    lines: Object.fromEntries(present.map(([key, [line]]) => [key, line])),
  };
}

function reserveRow(r: ReserveJson): PurposeRow {
  const at = `reserves/${r.reserveId}`;
  const pa = r.plannedAndActual;
  return {
    id: at,
    label: r.name,
    ...cells({
      opening: [`${at}/opening`, r.opening],
      'contributions/planned': [`${at}/plannedAndActual/contributions/planned`, pa?.contributions.planned],
      'contributions/actual': [`${at}/plannedAndActual/contributions/actual`, pa?.contributions.actual],
      'contributions/variance': [`${at}/plannedAndActual/contributions/variance`, pa?.contributions.variance],
      'drawdowns/planned': [`${at}/plannedAndActual/drawdowns/planned`, pa?.drawdowns.planned],
      'drawdowns/actual': [`${at}/plannedAndActual/drawdowns/actual`, pa?.drawdowns.actual],
      'drawdowns/variance': [`${at}/plannedAndActual/drawdowns/variance`, pa?.drawdowns.variance],
      plannedClosing: [`${at}/plannedClosing`, r.plannedClosing],
      closing: [`${at}/closing`, r.closing],
    }),
  };
}

/** A purpose's total: its actual and variance stay empty while none of its reserves has an outturn for the year. */
function groupRow(g: ReservePurposeJson): PurposeRow {
  const at = `reservesByPurpose/${g.purposeCategory}`;
  const pa = g.plannedAndActual;
  return {
    id: at,
    label: `${PURPOSE_WORDS[g.purposeCategory] ?? g.purposeCategory} – total`,
    total: true,
    ...cells({
      opening: [`${at}/opening`, g.opening],
      'contributions/planned': [`${at}/plannedContributions`, g.plannedContributions],
      'contributions/actual': [`${at}/plannedAndActual/contributions/actual`, pa?.contributions.actual],
      'contributions/variance': [`${at}/plannedAndActual/contributions/variance`, pa?.contributions.variance],
      'drawdowns/planned': [`${at}/plannedDrawdowns`, g.plannedDrawdowns],
      'drawdowns/actual': [`${at}/plannedAndActual/drawdowns/actual`, pa?.drawdowns.actual],
      'drawdowns/variance': [`${at}/plannedAndActual/drawdowns/variance`, pa?.drawdowns.variance],
      closing: [`${at}/closing`, g.closing],
    }),
  };
}

/** One year's reserves grouped by purpose as the API groups them: each reserve, then its purpose's total. */
export function reservePurposeRows(year: MtfpYearJson): PurposeRow[] {
  return (year.reservesByPurpose ?? []).flatMap((group) => [
    ...group.reserveIds
      .map((id) => year.reserves.find((r) => r.reserveId === id))
      .filter((r): r is ReserveJson => Boolean(r))
      .map(reserveRow),
    groupRow(group),
  ]);
}
