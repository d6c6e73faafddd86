import type { GridColumn, GridRow } from '../grid/FinanceGrid';
import type { MonitoringJson, MonitoringRowJson, MonitoringTotalJson } from './types';

/** Budget beside the outturn (the forecast as at its month, or the year-end actual) beside the variance. */
export function monitoringColumns(monitoring: MonitoringJson): GridColumn[] {
  const outturn =
    monitoring.basis === 'actual' ? 'Actual outturn' : `Forecast outturn (month ${monitoring.asAtMonth}, ${monitoring.asAtMonthName})`;
  return [
    { key: 'budget', label: 'Budget (the plan)' },
    { key: 'outturn', label: outturn },
    { key: 'variance', label: 'Variance (underspend in brackets)' },
  ];
}

const ITEM_KINDS: Record<string, string> = { cost_pressure: 'cost pressure', growth: 'growth', saving: 'saving' };

/** A row whose id is its /mtfp/explain path: a figure's line is `${id}/${column key}`. */
function row(id: string, label: string, figures: MonitoringTotalJson, extra: Partial<GridRow> = {}): GridRow {
  return {
    id,
    label,
    values: { budget: figures.budget.value, outturn: figures.outturn.value, variance: figures.variance.value },
    ...extra,
  };
}

function notReported(r: MonitoringRowJson, words: string[] = []): string | undefined {
  const note = [...words, ...(r.reported ? [] : ['not in the outturn: taken as on budget'])];
  return note.length ? note.join('; ') : undefined;
}

/** The year's monitoring as grid rows: spending lines and items under expenditure, income lines under income, then NRE – the API's figures placed, never added up here. */
export function monitoringRows(m: MonitoringJson): GridRow[] {
  const spending = m.lines.filter((l) => l.kind !== 'income');
  const income = m.lines.filter((l) => l.kind === 'income');
  return [
    row('monitoring/expenditure', 'Expenditure', m.expenditure, {
      children: [
        ...spending.map((l) => row(`monitoring/lines/${l.code}`, l.name, l, { note: notReported(l) })),
        ...m.items.map((i) => row(`monitoring/items/${i.itemId}`, i.name, i, { note: notReported(i, [ITEM_KINDS[i.kind] ?? i.kind]) })),
      ],
    }),
    row('monitoring/income', 'less income', m.income, {
      children: income.map((l) => row(`monitoring/lines/${l.code}`, l.name, l, { note: notReported(l) })),
    }),
    row('monitoring/nre', 'Net revenue expenditure (NRE)', m.nre, { total: true }),
  ];
}

/** The year's position in words, never by colour alone: "Underspend of £350,000.00". */
export function positionInWords(m: MonitoringJson, pounds: (value: string) => string): string {
  const amount = pounds(m.nre.variance.value.replace(/^-/, ''));
  const basis = m.basis === 'actual' ? 'at the year end' : `forecast as at month ${m.asAtMonth} (${m.asAtMonthName})`;
  if (m.position === 'on_budget') return `On budget, ${basis}`;
  return `${m.position === 'overspend' ? 'Overspend' : 'Underspend'} of ${amount}, ${basis}`;
}
