import { WriteForm } from '../mtfp/WriteForm';
import type { Programme } from './types';

/** The board's most frequent writes for a programme's year: its costs to achieve, and why its savings differ from plan. */
export function BoardInputs({ alliance, programmes }: { alliance: string; programmes: Programme[] }) {
  if (!programmes.length) return null;
  const programme = {
    name: 'programme',
    label: 'Programme',
    inPath: true,
    options: programmes.map((p) => [p.programmeCode, p.name] as const),
  };
  const years = [...new Set(programmes.flatMap((p) => p.years.map((y) => y.year)))].sort();
  const year = { name: 'year', label: 'Year', options: years.map((y) => [y, y] as const) };
  const path = (what: string) => (v: Record<string, string>) =>
    `/alliances/${alliance}/programmes/${encodeURIComponent(v.programme)}/${what}`;
  const first = { programme: programmes[0].programmeCode, year: years[0] ?? '' };
  return (
    <section aria-labelledby="board-inputs-title">
      <h2 id="board-inputs-title">Record for a programme</h2>
      <WriteForm
        id="costs-to-achieve"
        title="Costs to achieve"
        path={path('costs-to-achieve')}
        submit="Record costs to achieve"
        initial={{ ...first, amount: '', reason: '' }}
        fields={[
          programme,
          year,
          { name: 'amount', label: 'Costs to achieve (£, e.g. 600000.00)' },
          { name: 'reason', label: 'Source (business case or budget)' },
        ]}
      />
      <WriteForm
        id="variance-explanation"
        title="Explain a variance"
        path={path('variance-explanations')}
        submit="Record explanation"
        initial={{ ...first, explanation: '' }}
        fields={[programme, year, { name: 'explanation', label: "Why the year's savings differ from plan" }]}
      />
    </section>
  );
}
