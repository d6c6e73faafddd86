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
  // First shown: the first year with an award (the base budget's own year has none to show).
  const year =
    withGroups.find((y) => y.year === chosen) ?? withGroups.find((y) => y.expenditure.payGroups?.some((g) => g.award)) ?? withGroups[0];
  const ratesFrom = year?.expenditure.payGroups?.find((g) => g.onCosts)?.onCosts?.ratesFrom;
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
      <p>
        Pay is opening pay + incremental drift + the award&rsquo;s in-year effect; the next year opens with the award in full.{' '}
        {ratesFrom ? `On-costs at the rates recorded for ${ratesFrom}.` : 'No on-cost rates are recorded: the pay lines include them.'}
      </p>
    </section>
  );
}
