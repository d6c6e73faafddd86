import { citedSources, fileSlug, pushTotal, type Column, type ExportDocument, type Row, type Sheet } from '../export-document';
import { flattenFigures } from '../flatten';

interface PartnerJson {
  amount: string;
  shareOfNre: string | null;
  percentOfNre: string | null;
  nationalAverage: { shareOfNre: string; percentOfNre: string } | null;
  lines: { kind: string; description: string; allianceCode: string | null; amount: string }[];
}

export interface ForceCollaborationAnswerJson {
  force: string;
  scenario?: { id: string };
  years: { year: string; nre: string | null; police: PartnerJson; nonPolice: PartnerJson; issues: string[] }[];
}

/** The CSV columns of a force's collaboration figures: one row per figure of each partner kind a year ("amount", "percentOfNre", "lines/0/amount"). */
export const FORCE_COLLABORATION_CSV_COLUMNS = ['year', 'partner', 'figure', 'value'];

const PARTNERS = [
  ['police', 'Police partners'],
  ['nonPolice', 'Non-police partners'],
] as const;

/** A force's collaboration: the figures a year, and the spend lines with a total a partner kind and year. */
export function forceCollaborationExport(answer: ForceCollaborationAnswerJson): ExportDocument {
  const scenario = answer.scenario?.id ?? null;
  const years = answer.years.map((y) => y.year);
  const first = years[0] ?? '';
  const last = years[years.length - 1] ?? '';
  return {
    what: 'Collaboration figures',
    subject: { kind: 'force', code: answer.force },
    period: `${first} to ${last}`,
    asAtPosition: null,
    scenario,
    fileStem: [answer.force, 'collaboration', ...(scenario ? ['scenario', scenario] : []), first, 'to', last].map(fileSlug).join('-'),
    sheets: [figures(answer), spendLines(answer)],
    csv: {
      columns: FORCE_COLLABORATION_CSV_COLUMNS,
      rows: answer.years.flatMap((y) => [
        [y.year, 'force', 'nre', y.nre],
        ...PARTNERS.flatMap(([key]) => flattenFigures(y[key]).map(([figure, value]) => [y.year, key, figure, value])),
      ]),
    },
    sources: citedSources(answer),
  };
}

function figures(answer: ForceCollaborationAnswerJson): Sheet {
  const columns: Column[] = [
    { header: 'Year', kind: 'text' },
    { header: 'NRE', kind: 'money' },
    ...PARTNERS.flatMap(([, label]) => [
      { header: `${label}`, kind: 'money' as const },
      { header: `${label}: % of NRE`, kind: 'quantity' as const },
      { header: `${label}: national average %`, kind: 'quantity' as const },
    ]),
    { header: 'Issues', kind: 'text' },
  ];
  const rows: Row[] = answer.years.map((y) => ({
    cells: [
      y.year,
      y.nre,
      ...PARTNERS.flatMap(([key]) => [y[key].amount, y[key].percentOfNre, y[key].nationalAverage?.percentOfNre ?? null]),
      y.issues.join(' ') || null,
    ],
  }));
  return { name: 'Collaboration', columns, rows };
}

function spendLines(answer: ForceCollaborationAnswerJson): Sheet {
  const columns: Column[] = [
    { header: 'Year and partners', kind: 'text' },
    { header: 'Kind', kind: 'text' },
    { header: 'Alliance', kind: 'text' },
    { header: 'Amount', kind: 'money' },
  ];
  const rows: Row[] = [];
  for (const y of answer.years) {
    for (const [key, label] of PARTNERS) {
      const over = y[key].lines.map((l) => {
        rows.push({ cells: [l.description, l.kind, l.allianceCode, l.amount] });
        return rows.length - 1;
      });
      pushTotal(columns, rows, over, [`${y.year} ${label.toLowerCase()}: total`, null, null, y[key].amount]);
    }
  }
  return { name: 'Spend lines', columns, rows };
}
