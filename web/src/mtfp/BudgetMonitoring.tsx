import { useState } from 'react';
import { formatPounds } from '../format/money';
import { FinanceGrid } from '../grid/FinanceGrid';
import { monitoringColumns, monitoringRows, positionInWords } from './monitoring-rows';
import type { MtfpYearJson } from './types';

/**
 * Budget monitoring: a year's budget as the plan has it beside the latest forecast outturn or the
 * year-end actual, and the variance, by line; every figure explains itself. The latest year with
 * an outturn is shown first – the year being monitored.
 */
export function BudgetMonitoring({
  years,
  onExplain,
}: {
  years: MtfpYearJson[];
  onExplain: (figure: { line: string; label: string; year: string }) => void;
}) {
  const monitored = years.filter((y) => y.monitoring);
  const [chosen, setChosen] = useState<string | null>(null);
  const year = monitored.find((y) => y.year === chosen) ?? monitored[monitored.length - 1];
  return (
    <section aria-labelledby="monitoring-title" data-testid="budget-monitoring" className="wrap-headings">
      <h2 id="monitoring-title">Budget monitoring: plan against forecast or actual outturn</h2>
      {!year?.monitoring ? (
        <p>No forecast or actual outturn is recorded for any year of this plan.</p>
      ) : (
        <>
          <label htmlFor="monitoring-year">Year</label>
          <select id="monitoring-year" value={year.year} onChange={(e) => setChosen(e.target.value)}>
            {monitored.map((y) => (
              <option key={y.year} value={y.year}>
                {y.year} – {y.monitoring?.basis === 'actual' ? 'actual' : `forecast, month ${y.monitoring?.asAtMonth}`}
              </option>
            ))}
          </select>
          <p data-testid="monitoring-position">
            <strong>{positionInWords(year.monitoring, (v) => formatPounds(v, { symbol: true }))}.</strong>{' '}
            {year.monitoring.basis === 'actual'
              ? 'The year-end actual supersedes the year’s forecasts; the plan itself is unchanged.'
              : 'A later forecast supersedes this one, and the year-end actual supersedes both; the plan itself is unchanged.'}{' '}
            {year.monitoring.generalReserve?.note ?? ''}
          </p>
          <FinanceGrid
            caption={`Budget monitoring, ${year.year}`}
            labelHeader="Line"
            columns={monitoringColumns(year.monitoring)}
            rows={monitoringRows(year.monitoring)}
            onFigure={(row, column) =>
              onExplain({ line: `${row.id}/${column.key}`, label: `${row.label}, ${column.key}`, year: year.year })
            }
          />
        </>
      )}
    </section>
  );
}
