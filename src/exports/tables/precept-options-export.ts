import { citedSources, fileSlug, type ExportDocument, type Row, type Sheet } from '../export-document';
import { flattenFigures } from '../flatten';

interface OptionJson {
  kind: string;
  label: string;
  bandD: string;
  bands: Record<string, string>;
  /** The same bands a week (a 52-week year), as council tax letters quote them. */
  weeklyBands: Record<string, string>;
  change: { yearly: string; weekly: string; percent: string };
  preceptIncome: string;
  incomeAboveFreeze: string;
  referendum: { required: boolean; largestBandDAllowed: string | null; explanation: string };
  mtfpGap: { value: string } | null;
}

export interface PreceptOptionsAnswerJson {
  force: string;
  asAt: { position: string | null };
  scenario?: { id: string };
  year: string;
  previousBandD: { value: string };
  taxBase: { value: string };
  options: OptionJson[];
}

/** The CSV columns of precept options: one row per figure of each option (figure e.g. "bandD", "bands/A", "change/weekly"). */
export const PRECEPT_OPTIONS_CSV_COLUMNS = ['year', 'option', 'label', 'figure', 'value'];

/** Precept options side by side (one row an option), their bands A–H, and the long CSV. */
export function preceptOptionsExport(answer: PreceptOptionsAnswerJson): ExportDocument {
  const scenario = answer.scenario?.id ?? null;
  return {
    what: 'Precept options',
    subject: { kind: 'force', code: answer.force },
    period: answer.year,
    asAtPosition: answer.asAt.position,
    scenario,
    fileStem: [answer.force, 'precept-options', ...(scenario ? ['scenario', scenario] : []), answer.year].map(fileSlug).join('-'),
    sheets: [options(answer), bands(answer, 'Bands', 'bands'), bands(answer, 'Bands per week', 'weeklyBands')],
    csv: {
      columns: PRECEPT_OPTIONS_CSV_COLUMNS,
      rows: [
        [answer.year, 'previous', 'Previous year', 'bandD', answer.previousBandD.value],
        [answer.year, 'tax-base', 'Tax base', 'taxBase', answer.taxBase.value],
        ...answer.options.flatMap((o) => flattenFigures(o).map(([figure, value]) => [answer.year, o.kind, o.label, figure, value])),
      ],
    },
    sources: citedSources(answer),
  };
}

function options(answer: PreceptOptionsAnswerJson): Sheet {
  const rows: Row[] = answer.options.map((o) => ({
    cells: [
      o.label,
      o.kind,
      o.bandD,
      o.change.yearly,
      o.change.weekly,
      o.change.percent,
      o.preceptIncome,
      o.incomeAboveFreeze,
      o.referendum.required ? 'yes' : 'no',
      o.referendum.largestBandDAllowed,
      o.mtfpGap?.value ?? null,
      o.referendum.explanation,
    ],
  }));
  return {
    name: `Options ${answer.year}`,
    columns: [
      { header: 'Option', kind: 'text' },
      { header: 'Kind', kind: 'text' },
      { header: 'Band D', kind: 'money' },
      { header: 'Change a year', kind: 'money' },
      { header: 'Change a week', kind: 'money' },
      { header: 'Change %', kind: 'quantity' },
      { header: 'Precept income', kind: 'money' },
      { header: 'Income above a freeze', kind: 'money' },
      { header: 'Referendum needed', kind: 'text' },
      { header: 'Largest Band D without one', kind: 'money' },
      { header: 'MTFP gap', kind: 'money' },
      { header: 'Referendum test', kind: 'text' },
    ],
    rows,
  };
}

/** Bands A–H of each option, a year or a week. */
function bands(answer: PreceptOptionsAnswerJson, name: string, which: 'bands' | 'weeklyBands'): Sheet {
  const names = Object.keys(answer.options[0]?.[which] ?? {});
  return {
    name,
    columns: [{ header: 'Option', kind: 'text' }, ...names.map((b) => ({ header: `Band ${b}`, kind: 'money' as const }))],
    rows: answer.options.map((o) => ({ cells: [o.label, ...names.map((b) => o[which][b])] })),
  };
}
