import { citedSources, fileSlug, pushTotal, type Column, type ExportDocument, type Row, type Sheet } from '../export-document';

export interface CollaborationSharesAnswerJson {
  allianceCode: string;
  year: string;
  asAt?: { position: string | null };
  scenario?: { id: string };
  units: {
    unitCode: string;
    name: string;
    leadForce: string;
    budget: string | null;
    /** Null when no outturn is recorded for the year. */
    outturn: string | null;
    variance: string | null;
    shares: { force: string; weight: string; share: string; sharePercent: string; contribution: string | null; outturn: string | null }[];
    issues: string[];
  }[];
  memberTotals: {
    force: string;
    total: string;
    units: { unitCode: string; contribution: string; outturn: string | null }[];
    outturn: string | null;
  }[];
}

/**
 * The CSV columns of collaboration shares: a unit's budget, outturn and variance (force empty; outturn and variance empty when
 * none is recorded), then each member's weight, share, sharePercent, contribution and outturn.
 */
export const COLLABORATION_SHARES_CSV_COLUMNS = ['year', 'unit', 'force', 'figure', 'value'];

/**
 * An alliance's cost shares for a year: each unit's members summing to its budget (and to its outturn), each member's units
 * summing to its total, and each unit's budget against its outturn.
 */
export function collaborationSharesExport(answer: CollaborationSharesAnswerJson): ExportDocument {
  const scenario = answer.scenario?.id ?? null;
  const { year } = answer;
  return {
    what: 'Collaboration cost shares',
    subject: { kind: 'alliance', code: answer.allianceCode },
    period: year,
    asAtPosition: answer.asAt?.position ?? null,
    scenario,
    fileStem: [answer.allianceCode, 'collaboration-shares', ...(scenario ? ['scenario', scenario] : []), year].map(fileSlug).join('-'),
    sheets: [units(answer), memberTotals(answer), budgetAgainstOutturn(answer)],
    csv: {
      columns: COLLABORATION_SHARES_CSV_COLUMNS,
      rows: answer.units.flatMap((u) => [
        [year, u.unitCode, null, 'budget', u.budget],
        [year, u.unitCode, null, 'outturn', u.outturn],
        [year, u.unitCode, null, 'variance', u.variance],
        ...u.shares.flatMap((s) =>
          (['weight', 'share', 'sharePercent', 'contribution', 'outturn'] as const).map((figure) => [
            year,
            u.unitCode,
            s.force,
            figure,
            s[figure],
          ]),
        ),
      ]),
    },
    sources: citedSources(answer),
  };
}

function units(answer: CollaborationSharesAnswerJson): Sheet {
  const columns: Column[] = [
    { header: 'Unit and member', kind: 'text' },
    { header: 'Weight', kind: 'quantity' },
    { header: 'Share %', kind: 'quantity' },
    { header: 'Contribution', kind: 'money' },
    { header: 'Outturn', kind: 'money' },
    { header: 'Issues', kind: 'text' },
  ];
  const rows: Row[] = [];
  for (const u of answer.units) {
    const over = u.shares.map((s) => {
      rows.push({ cells: [`${u.name}: ${s.force}`, s.weight, s.sharePercent, s.contribution, s.outturn, null] });
      return rows.length - 1;
    });
    const contributed = u.shares.every((s) => s.contribution !== null);
    if (u.budget !== null && contributed && over.length > 0)
      pushTotal(columns, rows, over, [`${u.name}: budget`, null, null, u.budget, u.outturn, null]);
    else rows.push({ cells: [`${u.name}: budget`, null, null, u.budget, u.outturn, u.issues.join(' ') || null] });
  }
  return { name: 'Units', columns, rows };
}

function memberTotals(answer: CollaborationSharesAnswerJson): Sheet {
  const columns: Column[] = [
    { header: 'Member and unit', kind: 'text' },
    { header: 'Contribution', kind: 'money' },
    { header: 'Outturn', kind: 'money' },
  ];
  const rows: Row[] = [];
  for (const m of answer.memberTotals) {
    const over = m.units.map((u) => {
      rows.push({ cells: [`${m.force}: ${u.unitCode}`, u.contribution, u.outturn] });
      return rows.length - 1;
    });
    pushTotal(columns, rows, over, [`${m.force}: total`, m.total, m.outturn]);
  }
  return { name: 'Member totals', columns, rows };
}

/** Each unit's budget against its outturn: variance = outturn − budget (positive: overspent); blank where no outturn is recorded. */
function budgetAgainstOutturn(answer: CollaborationSharesAnswerJson): Sheet {
  const columns: Column[] = [
    { header: 'Unit', kind: 'text' },
    { header: 'Budget', kind: 'money' },
    { header: 'Outturn', kind: 'money' },
    { header: 'Variance', kind: 'money' },
    { header: 'Note', kind: 'text' },
  ];
  const rows: Row[] = answer.units.map((u) => ({
    cells: [u.name, u.budget, u.outturn, u.variance, u.outturn === null ? `No outturn recorded for ${answer.year}` : null],
  }));
  return { name: 'Budget against outturn', columns, rows };
}
