import { useState } from 'react';
import { FinanceGrid } from '../grid/FinanceGrid';
import { PURPOSE_COLUMNS, reservePurposeRows, type PurposeRow } from './reserve-purpose-rows';
import type { MtfpYearJson } from './types';

/** A year's reserves by purpose (within the MTFP, beyond it, contingency), planned beside actual with the variance; every figure explains itself. */
export function ReservesByPurpose({
  years,
  onExplain,
}: {
  years: MtfpYearJson[];
  onExplain: (figure: { line: string; label: string; year: string }) => void;
}) {
  const withPurposes = years.filter((y) => y.reservesByPurpose?.length);
  const [chosen, setChosen] = useState<string | null>(null);
  const year = withPurposes.find((y) => y.year === chosen) ?? withPurposes[0];
  if (!year) return null;
  return (
    <section aria-labelledby="reserves-by-purpose-title" data-testid="reserves-by-purpose" className="wrap-headings">
      <h2 id="reserves-by-purpose-title">Reserves by purpose, planned and actual</h2>
      <label htmlFor="reserves-by-purpose-year">Year</label>
      <select id="reserves-by-purpose-year" value={year.year} onChange={(e) => setChosen(e.target.value)}>
        {withPurposes.map((y) => (
          <option key={y.year}>{y.year}</option>
        ))}
      </select>
      <FinanceGrid
        caption={`Reserves by purpose, ${year.year}`}
        labelHeader="Reserve"
        columns={PURPOSE_COLUMNS}
        rows={reservePurposeRows(year)}
        onFigure={(row, column) => {
          const line = (row as PurposeRow).lines[column.key];
          if (line) onExplain({ line, label: `${row.label}, ${column.label.toLowerCase()}`, year: year.year });
        }}
      />
    </section>
  );
}
