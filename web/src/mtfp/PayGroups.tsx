import { useState } from 'react';
import { FinanceGrid } from '../grid/FinanceGrid';
import { payGroupColumns, payGroupRows } from './pay-group-rows';
import type { MtfpYearJson } from './types';

/** Each pay group's pay in a year – base, opening, drift, the award's full-year and in-year effect – and its employer on-costs; every figure explains itself. */
export function PayGroups({
  years,
  onExplain,
}: {
  years: MtfpYearJson[];
  onExplain: (figure: { line: string; label: string; year: string }) => void;
}) {
  const withGroups = years.filter((y) => y.expenditure.payGroups?.length);
  const [chosen, setChosen] = useState<string | null>(null);
  const year = withGroups.find((y) => y.year === chosen) ?? withGroups[0];
  if (!year) return null;
  return (
    <section aria-labelledby="pay-groups-title" data-testid="pay-groups" className="wrap-headings">
      <h2 id="pay-groups-title">Pay by group: awards, drift and on-costs</h2>
      <label htmlFor="pay-groups-year">Year</label>
      <select id="pay-groups-year" value={year.year} onChange={(e) => setChosen(e.target.value)}>
        {withGroups.map((y) => (
          <option key={y.year}>{y.year}</option>
        ))}
      </select>
      <FinanceGrid
        caption={`Pay by group, ${year.year}`}
        labelHeader="Pay"
        columns={payGroupColumns(year)}
        rows={payGroupRows(year)}
        onFigure={(row, column) =>
          onExplain({
            line: `expenditure/payGroups/${column.key}/${row.id}`,
            label: `${column.label}: ${row.label.toLowerCase()}`,
            year: year.year,
          })
        }
      />
    </section>
  );
}
