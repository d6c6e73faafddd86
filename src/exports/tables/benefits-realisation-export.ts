import type { AllianceBenefitsJson, BenefitsFiguresJson, NetBenefitJson } from '../../benefits-realisation/benefits-realisation.to-json';
import { citedSources, fileSlug, pushTotal, type Column, type ExportDocument, type Row, type Sheet } from '../export-document';

export type BenefitsAnswerJson = AllianceBenefitsJson & { asAt?: { position: string | null }; scenario?: { id: string } };

/**
 * The CSV columns of benefits realisation: one row per figure of a programme's year, its total ("total") and the alliance's
 * (programme "all", and "all_cashable" / "all_non_cashable"); a year's current variance explanation is the figure "varianceExplanation".
 */
export const BENEFITS_CSV_COLUMNS = ['programme', 'year', 'figure', 'value'];

const FIGURES = [
  'planned',
  'forecast',
  'realised',
  'bestEstimate',
  'variance',
  'deliveryPercent',
  'rag',
  'costsToAchieve',
  'netBenefit',
] as const;
type FiguresJson = BenefitsFiguresJson & NetBenefitJson;

/**
 * Planned, forecast and realised savings per programme and year with RAG in words, costs to achieve and net benefit, each year's
 * variance explanation, programme and alliance totals (all, cashable, non-cashable) as formulas, and the revision history.
 */
export function benefitsRealisationExport(answer: BenefitsAnswerJson): ExportDocument {
  const scenario = answer.scenario?.id ?? null;
  const figureRows = (programme: string, year: string, f: FiguresJson) => FIGURES.map((k) => [programme, year, k, f[k]]);
  return {
    what: 'Benefits realisation',
    subject: { kind: 'alliance', code: answer.allianceCode },
    period: null,
    asAtPosition: answer.asAt?.position ?? null,
    scenario,
    fileStem: [answer.allianceCode, 'benefits-realisation', ...(scenario ? ['scenario', scenario] : [])].map(fileSlug).join('-'),
    sheets: [programmes(answer), revisions(answer)],
    csv: {
      columns: BENEFITS_CSV_COLUMNS,
      rows: [
        ...answer.programmes.flatMap((p) => [
          ...p.years.flatMap((y) => [
            ...figureRows(p.programmeCode, y.year, y),
            ...(y.varianceExplanation ? [[p.programmeCode, y.year, 'varianceExplanation', y.varianceExplanation.explanation]] : []),
          ]),
          ...figureRows(p.programmeCode, 'total', p.total),
        ]),
        ...figureRows('all', 'total', answer.total),
        ...figureRows('all_cashable', 'total', answer.cashableTotal),
        ...figureRows('all_non_cashable', 'total', answer.nonCashableTotal),
      ],
    },
    sources: citedSources(answer),
  };
}

const MONEY = ['planned', 'forecast', 'realised', 'bestEstimate', 'variance'] as const;
const NET = ['costsToAchieve', 'netBenefit'] as const;

function programmes(answer: BenefitsAnswerJson): Sheet {
  const columns: Column[] = [
    { header: 'Programme and year', kind: 'text' },
    { header: 'Planned', kind: 'money' },
    { header: 'Forecast', kind: 'money' },
    { header: 'Realised', kind: 'money' },
    { header: 'Best estimate', kind: 'money' },
    { header: 'Variance', kind: 'money' },
    { header: 'Delivery %', kind: 'quantity' },
    { header: 'RAG', kind: 'text' },
    { header: 'Costs to achieve', kind: 'money' },
    { header: 'Net benefit', kind: 'money' },
    { header: 'Variance explanation', kind: 'text' },
  ];
  const rows: Row[] = [];
  const cells = (label: string, f: FiguresJson, explanation: string | null = null) => [
    label,
    ...MONEY.map((k) => f[k]),
    f.deliveryPercent,
    ragInWords(f.rag),
    ...NET.map((k) => f[k]),
    explanation,
  ];
  const totals: number[] = [];
  for (const p of answer.programmes) {
    const over = p.years.map((y) => {
      rows.push({ cells: cells(`${p.name}: ${y.year}`, y, y.varianceExplanation?.explanation ?? null) });
      return rows.length - 1;
    });
    pushTotal(columns, rows, over, cells(`${p.name}: total`, p.total));
    totals.push(rows.length - 1);
  }
  const allTotals = [...totals];
  pushTotal(columns, rows, allTotals, cells('All programmes: total', answer.total));
  // The cashable / non-cashable split: formulas over the programme totals of each kind.
  const ofKind = (cashable: boolean) => answer.programmes.flatMap((p, i) => (p.cashable === cashable ? [allTotals[i]] : []));
  pushTotal(columns, rows, ofKind(true), cells('Cashable programmes: total', answer.cashableTotal));
  pushTotal(columns, rows, ofKind(false), cells('Non-cashable programmes: total', answer.nonCashableTotal));
  return { name: 'Programmes', columns, rows };
}

function revisions(answer: BenefitsAnswerJson): Sheet {
  const columns: Column[] = [
    { header: 'Programme', kind: 'text' },
    { header: 'Year', kind: 'text' },
    { header: 'Previous forecast', kind: 'money' },
    { header: 'Revised forecast', kind: 'money' },
    { header: 'Change', kind: 'money' },
    { header: 'Reason', kind: 'text' },
    { header: 'Recorded at', kind: 'text' },
  ];
  const rows = answer.programmes.flatMap((p) =>
    p.revisions.map((r) => ({ cells: [p.name, r.year, r.previous, r.amount, r.change, r.reason, r.recordedAt] })),
  );
  return { name: 'Revisions', columns, rows };
}

/** RAG in words as well as the colour's name, so it reads in black and white. */
function ragInWords(rag: string | null): string | null {
  const words: Record<string, string> = {
    green: 'Green: on track',
    amber: 'Amber: at risk',
    red: 'Red: off track',
    no_outturn: 'No outturn: the year has ended and nothing realised is recorded',
  };
  return rag === null ? null : (words[rag] ?? rag);
}
