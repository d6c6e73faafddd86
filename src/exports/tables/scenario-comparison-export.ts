import type { ComparedLine } from '../../scenarios/compare-mtfp';
import { citedSources, fileSlug, type CellKind, type ExportDocument, type Sheet } from '../export-document';

interface DifferenceJson {
  path: string;
  a: string | boolean | null;
  b: string | boolean | null;
  difference: string | null;
}

export interface ScenarioComparisonAnswerJson {
  force: string;
  from: string;
  to: string;
  scenario: { id: string; name: string; position: string | null };
  with: { kind: 'baseline'; position: string | null } | { kind: 'scenario'; id: string; position: string | null };
  mtfp: { years: { year: string; lines: ComparedLine[] }[] };
  precept: ({ year: string; differences: DifferenceJson[] } | { year: string; unavailable: string })[];
  collaboration: { differences: DifferenceJson[] };
}

/** The CSV columns of a comparison: the MTFP line by line and year by year (a the baseline or other scenario, b this one, difference b − a). */
export const COMPARISON_CSV_COLUMNS = ['year', 'section', 'key', 'label', 'a', 'b', 'difference', 'changed'];

const UNITS: Record<ComparedLine['unit'], CellKind> = { money: 'money', rate: 'rate', quantity: 'quantity' };

/** A scenario beside the baseline or another scenario: the MTFP compared, then the precept and collaboration figures that differ. */
export function scenarioComparisonExport(answer: ScenarioComparisonAnswerJson): ExportDocument {
  const other = answer.with.kind === 'baseline' ? 'baseline' : answer.with.id;
  const rows = answer.mtfp.years.flatMap((y) =>
    y.lines.map((l) => [y.year, l.section, l.key, l.label, l.a, l.b, l.difference, l.changed ? 'yes' : 'no']),
  );
  return {
    what: `Scenario "${answer.scenario.name}" (b) compared with ${other === 'baseline' ? 'the baseline' : `scenario ${other}`} (a)`,
    subject: { kind: 'force', code: answer.force },
    period: `${answer.from} to ${answer.to}`,
    asAtPosition: answer.scenario.position,
    scenario: answer.scenario.id,
    fileStem: [answer.force, 'scenario', answer.scenario.id, 'compared-with', other, answer.from, 'to', answer.to].map(fileSlug).join('-'),
    sheets: [
      mtfpSheet(answer),
      differences('Precept', answer.precept),
      differences('Collaboration', [{ year: '', ...answer.collaboration }]),
    ],
    csv: { columns: COMPARISON_CSV_COLUMNS, rows },
    sources: citedSources(answer),
  };
}

function mtfpSheet(answer: ScenarioComparisonAnswerJson): Sheet {
  const headers = ['Year', 'Section', 'Line', 'Key', 'a', 'b', 'Difference (b − a)', 'Changed'];
  return {
    name: 'MTFP compared',
    columns: headers.map((header, i) => ({ header, kind: i >= 4 && i <= 6 ? ('money' as const) : ('text' as const) })),
    rows: answer.mtfp.years.flatMap((y) =>
      y.lines.map((l) => ({
        cells: [y.year, l.section, l.label, l.key, l.a, l.b, l.difference, l.changed ? 'yes' : 'no'],
        ...(l.unit === 'money' ? {} : { kind: UNITS[l.unit] }),
      })),
    ),
  };
}

function differences(
  name: string,
  entries: ({ year: string; differences: DifferenceJson[] } | { year: string; unavailable: string })[],
): Sheet {
  const text = (v: string | boolean | null) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : v);
  return {
    name,
    columns: [
      { header: 'Year', kind: 'text' },
      { header: 'Figure', kind: 'text' },
      { header: 'a', kind: 'text' },
      { header: 'b', kind: 'text' },
      { header: 'Difference (b − a)', kind: 'text' },
    ],
    rows: entries.flatMap((e) =>
      'unavailable' in e
        ? [{ cells: [e.year, e.unavailable, null, null, null] }]
        : e.differences.map((d) => ({ cells: [e.year || null, d.path, text(d.a), text(d.b), d.difference] })),
    ),
  };
}
