import type { BenefitsFiguresJson, NetBenefitJson } from '../benefits-realisation/benefits-realisation.to-json';
import type { BenefitsRealisationAnswer } from '../benefits-realisation/http/benefits-realisation.query';
import { html, type Html } from './html';
import { pounds, signedPounds } from './figures';
import { asAtLine, notesSection } from './precept-report';
import { printPage } from './print-page';

type Programme = BenefitsRealisationAnswer['programmes'][number];

export interface BenefitsReportInput {
  benefits: BenefitsRealisationAnswer;
  /** The position the answer was read at. */
  position: string | null;
  generatedAt: string;
}

const RAG_WORDS = {
  green: 'Green: on track',
  amber: 'Amber: at risk',
  red: 'Red: off track',
  no_outturn: 'No outturn: the year has ended and nothing realised is recorded',
} as const;

/** RAG in words as well as colour, so a black-and-white copy still says it. */
function rag(status: BenefitsFiguresJson['rag']): Html {
  if (status === null) return html`<span class="rag rag-none">Not rated (no plan)</span>`;
  return html`<span class="rag rag-${status}">${RAG_WORDS[status]}</span>`;
}

/** The benefits realisation board pack for an alliance: per programme and year, the revisions and why, the totals. */
export function renderBenefitsReport(input: BenefitsReportInput): string {
  const b = input.benefits;
  const title = `${b.name}: benefits realisation`;
  const body = html` <h1>${title}</h1>
    <p class="meta">
      Board pack for alliance ${b.allianceCode}. ${asAtLine(input.position, input.generatedAt)} RAG: green at or above ${b.thresholds.green}
      of plan, amber from ${b.thresholds.amber}, red below.${b.scenario ? ` Under scenario ${b.scenario.id}.` : ''}
    </p>
    <h2>Totals</h2>
    <table>
      <thead>
        ${figuresHead('')}
      </thead>
      <tbody>
        ${figuresRow('All programmes', b.total, 'total')} ${figuresRow('Cashable programmes', b.cashableTotal, '')}
        ${figuresRow('Non-cashable programmes', b.nonCashableTotal, '')}
      </tbody>
    </table>
    ${membersTable(b.members)}
    ${b.programmes.length === 0 ? html`<p>The alliance has no savings programmes.</p>` : b.programmes.map(programmeSection)}
    ${notesSection(
      b.programmes.flatMap((p) => p.issues.map((i) => `${p.name}: ${i}`)),
      [],
    )}`;
  return printPage(title, body);
}

function figuresHead(first: string): Html {
  return html`<tr>
    <th>${first}</th>
    <th class="num">Planned</th>
    <th class="num">Forecast</th>
    <th class="num">Realised</th>
    <th class="num">Variance</th>
    <th class="num">Delivery</th>
    <th>RAG</th>
    <th class="num">Costs to achieve</th>
    <th class="num">Net benefit</th>
  </tr>`;
}

function figuresRow(label: string, f: BenefitsFiguresJson & NetBenefitJson, cls: string): Html {
  return html`<tr class="${cls}">
    <td>${label}</td>
    <td class="num">${pounds(f.planned)}</td>
    <td class="num">${pounds(f.forecast)}</td>
    <td class="num">${pounds(f.realised)}</td>
    <td class="num">${signedPounds(f.variance)}</td>
    <td class="num">${f.deliveryPercent === null ? '–' : `${f.deliveryPercent} %`}</td>
    <td>${rag(f.rag)}</td>
    <td class="num">${pounds(f.costsToAchieve)}</td>
    <td class="num">${signedPounds(f.netBenefit)}</td>
  </tr>`;
}

function membersTable(members: BenefitsRealisationAnswer['members']): Html {
  if (members.length === 0) return html``;
  return html` <h3>Each member's part</h3>
    <table>
      <thead>
        <tr>
          <th>Force</th>
          <th class="num">Planned</th>
          <th class="num">Forecast</th>
          <th class="num">Realised</th>
          <th class="num">Variance</th>
          <th class="num">Costs to achieve</th>
          <th class="num">Net benefit</th>
        </tr>
      </thead>
      <tbody>
        ${members.map(
          (m) =>
            html`<tr>
              <td>${m.force}</td>
              <td class="num">${pounds(m.planned)}</td>
              <td class="num">${pounds(m.forecast)}</td>
              <td class="num">${pounds(m.realised)}</td>
              <td class="num">${signedPounds(m.variance)}</td>
              <td class="num">${pounds(m.costsToAchieve)}</td>
              <td class="num">${signedPounds(m.netBenefit)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

function programmeSection(p: Programme): Html {
  return html` <section class="programme">
    <h2>${p.name}</h2>
    <p class="small">
      Programme ${p.programmeCode}${p.unitCode ? `, unit ${p.unitCode}` : ''}; ${p.cashable ? 'cashable' : 'non-cashable'}; from
      ${p.startYear}${p.owner ? `; owner ${p.owner}` : ''}.
    </p>
    <table>
      <thead>
        ${figuresHead('Year')}
      </thead>
      <tbody>
        ${p.years.map((y) => figuresRow(y.year, y, ''))} ${figuresRow('Total', p.total, 'total')}
      </tbody>
    </table>
    ${explanationsTable(p)} ${revisionsTable(p)}
  </section>`;
}

/** Each year's current variance explanation (earlier ones are in the audit trail). */
function explanationsTable(p: Programme): Html {
  const explained = p.years.filter((y) => y.varianceExplanation !== null);
  if (explained.length === 0) return html``;
  return html` <h3>Why the savings differ from plan</h3>
    <table>
      <thead>
        <tr>
          <th>Year</th>
          <th>Explanation</th>
          <th>Recorded</th>
        </tr>
      </thead>
      <tbody>
        ${explained.map(
          (y) =>
            html`<tr>
              <td>${y.year}</td>
              <td class="small">${y.varianceExplanation?.explanation ?? ''}</td>
              <td class="small">${y.varianceExplanation?.recordedAt?.slice(0, 10) ?? ''}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

function revisionsTable(p: Programme): Html {
  if (p.revisions.length === 0) return html`<p class="small">No forecast has been revised.</p>`;
  return html` <h3>Forecast revisions</h3>
    <table>
      <thead>
        <tr>
          <th>Year</th>
          <th class="num">From</th>
          <th class="num">To</th>
          <th class="num">Change</th>
          <th>Reason</th>
          <th>Recorded</th>
        </tr>
      </thead>
      <tbody>
        ${p.revisions.map(
          (r) =>
            html`<tr>
              <td>${r.year}</td>
              <td class="num">${pounds(r.previous)}</td>
              <td class="num">${pounds(r.amount)}</td>
              <td class="num">${signedPounds(r.change)}</td>
              <td class="small">${r.reason}</td>
              <td class="small">${r.recordedAt?.slice(0, 10) ?? ''}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}
