import { Dec } from '../common/decimal';
import { percentInWords } from '../collaboration/collaboration-format';
import type { MtfpAnswer } from '../mtfp/http/mtfp.queries';
import type { PreceptOptionsAnswer } from '../precept/http/precept-options.query';
import { html, type Html } from './html';
import { pounds, signedPercent, signedPounds } from './figures';
import { printPage } from './print-page';
import { billingAuthoritySection } from './billing-authority-section';
import { mtfpYearSections } from './mtfp-year-sections';

type Option = PreceptOptionsAnswer['options'][number];
type MtfpYear = MtfpAnswer['years'][number];
type Principle = PreceptOptionsAnswer['principles'][number];

/** Everything the precept report shows, as the JSON answers gave it; the report only lays it out. */
export interface PreceptReportInput {
  force: { code: string; name: string };
  options: PreceptOptionsAnswer;
  /** The option put to the panel (an asked-for rise, else the Band D recorded for the year); null when there is none. */
  proposal: Option | null;
  /** The proposal's bands a week, in pence strings (weeklyCouncilTax). */
  weeklyBands: Record<string, string> | null;
  /** The year in the MTFP, as at the same position. */
  mtfpYear: MtfpYear | null;
  generatedAt: string;
}

export const BANDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;

/** The precept report for the Police and Crime Panel: one A4 portrait page or two. */
export function renderPreceptReport(input: PreceptReportInput): string {
  const { force, options, proposal } = input;
  const title = `${force.name}: police precept ${options.year}`;
  const body = html` <h1>${title}</h1>
    <p class="meta">
      Report to the Police and Crime Panel.
      ${asAtLine(options.asAt.position, input.generatedAt)}${options.scenario ? ` Under scenario ${options.scenario.id}.` : ''}
    </p>
    ${proposal ? proposalSection(options, proposal, input.weeklyBands) : noProposal(options.year)} ${optionsSection(options)}
    ${principlesSection(options.principles, options.year)} ${mtfpSection(input.mtfpYear, proposal)}
    ${billingAuthoritySection(force.name, options.year, input.mtfpYear)} ${mtfpYearSections(input.mtfpYear)}
    ${notesSection([...options.warnings, ...(input.mtfpYear?.alerts ?? [])], options.conventions)}`;
  return printPage(title, body);
}

export function asAtLine(position: string | null, generatedAt: string): string {
  return `As at position ${position ?? 'none (nothing recorded)'}; printed ${generatedAt}.`;
}

function noProposal(year: string): Html {
  return html`<h2>Proposal</h2>
    <p class="statement">
      No Band D is proposed or approved for ${year}, and no rise was asked for: the options below are those open to the panel.
    </p>`;
}

function proposalSection(options: PreceptOptionsAnswer, p: Option, weekly: Record<string, string> | null): Html {
  const freeze = options.options.find((o) => o.kind === 'freeze');
  return html` <h2>Proposal: ${p.label}</h2>
    <table>
      <tbody>
        <tr>
          <th>Band D ${options.year}</th>
          <td class="num">${pounds(p.bandD)}</td>
          <th>Band D the year before</th>
          <td class="num">${pounds(options.previousBandD.value)}</td>
        </tr>
        <tr>
          <th>Rise a year</th>
          <td class="num">${signedPounds(p.change.yearly)}</td>
          <th>Rise a week</th>
          <td class="num">${signedPounds(p.change.weekly)}</td>
        </tr>
        <tr>
          <th>Rise in per cent</th>
          <td class="num">${signedPercent(p.change.percent)}</td>
          <th>Tax base (Band D equivalents)</th>
          <td class="num">${options.taxBase.value}</td>
        </tr>
        <tr class="total">
          <th>Council tax requirement</th>
          <td class="num">${pounds(p.preceptIncome)}</td>
          <th>Above a freeze</th>
          <td class="num">${signedPounds(p.incomeAboveFreeze)}</td>
        </tr>
      </tbody>
    </table>
    <p class="statement ${p.referendum.required ? 'outside' : 'within'}">${referendumStatement(p)}</p>
    <h3>Council tax by band, ${options.year}</h3>
    <table>
      <thead>
        <tr>
          <th>Band</th>
          <th class="num">${options.year} a year</th>
          <th class="num">${options.year} a week</th>
          <th class="num">the year before, a year</th>
        </tr>
      </thead>
      <tbody>
        ${BANDS.map(
          (band) =>
            html`<tr>
              <td>${band}</td>
              <td class="num">${pounds(p.bands[band])}</td>
              <td class="num">${pounds(weekly?.[band])}</td>
              <td class="num">${pounds(freeze?.bands[band])}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

function referendumStatement(p: Option): string {
  if (p.referendum.principle === null) return `No referendum principle is recorded for the year. ${p.referendum.explanation}`;
  const verdict = p.referendum.required
    ? 'The proposal is NOT within the referendum principle: it needs a referendum.'
    : 'The proposal is within the referendum principle: it needs no referendum.';
  return `${verdict} ${p.referendum.explanation}`;
}

function optionsSection(options: PreceptOptionsAnswer): Html {
  return html` <h2>Options considered</h2>
    <table>
      <thead>
        <tr>
          <th>Option</th>
          <th class="num">Band D</th>
          <th class="num">Rise a year</th>
          <th class="num">a week</th>
          <th class="num">%</th>
          <th class="num">Council tax requirement</th>
          <th>Referendum</th>
          <th class="num">MTFP gap</th>
        </tr>
      </thead>
      <tbody>
        ${options.options.map(
          (o) =>
            html`<tr>
              <td>${o.label}</td>
              <td class="num">${pounds(o.bandD)}</td>
              <td class="num">${signedPounds(o.change.yearly)}</td>
              <td class="num">${signedPounds(o.change.weekly)}</td>
              <td class="num">${signedPercent(o.change.percent)}</td>
              <td class="num">${pounds(o.preceptIncome)}</td>
              <td>${o.referendum.required ? 'needed' : 'not needed'}</td>
              <td class="num">${pounds(o.mtfpGap?.value)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

function principleLimit(p: Principle): string {
  const comparison = p.comparison === 'less_than' ? 'less than' : 'up to and including';
  if (p.limit.kind === 'percentage') return `an increase of ${comparison} ${percentInWords(new Dec(p.limit.rate))}`;
  return `an increase of ${comparison} ${pounds(p.limit.amount)} on Band D`;
}

function principlesSection(principles: Principle[], year: string): Html {
  if (principles.length === 0)
    return html`<h2>Referendum principles</h2>
      <p>No referendum principle applies to this PCC in ${year}.</p>`;
  return html` <h2>Referendum principles that apply in ${year}</h2>
    <table>
      <thead>
        <tr>
          <th>Applies to</th>
          <th>Allows without a referendum</th>
          <th>Note</th>
        </tr>
      </thead>
      <tbody>
        ${principles.map(
          (p) =>
            html`<tr>
              <td>${p.appliesTo}</td>
              <td>${principleLimit(p)}</td>
              <td class="small">${p.note}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

function mtfpSection(year: MtfpYear | null, proposal: Option | null): Html {
  if (!year)
    return html`<h2>Medium-term financial plan</h2>
      <p>The year is not in the force's MTFP.</p>`;
  const general = year.generalReserve;
  return html` <h2>Medium-term financial plan, ${year.year}</h2>
    <table>
      <tbody>
        <tr>
          <th>Net revenue expenditure</th>
          <td class="num">${pounds(year.nre.value)}</td>
          <th>Funding</th>
          <td class="num">${pounds(year.funding.total.value)}</td>
        </tr>
        <tr>
          <th>Gap in the plan as recorded</th>
          <td class="num">${pounds(year.gap.value)}</td>
          <th>Gap with the proposal</th>
          <td class="num">${pounds(proposal?.mtfpGap?.value)}</td>
        </tr>
        <tr>
          <th>Net use of reserves</th>
          <td class="num">${pounds(year.reserveUse.net.value)}</td>
          <th>Savings still to identify</th>
          <td class="num">${pounds(year.savingsToIdentify.value)}</td>
        </tr>
        ${
          general
            ? html`<tr>
                <th>General reserves at year end</th>
                <td class="num">${pounds(general.closing.value)}</td>
                <th>Minimum general reserve</th>
                <td class="num">${pounds(general.minimum?.value)}${general.belowMinimum ? ' (below it)' : ''}</td>
              </tr>`
            : ''
        }
      </tbody>
    </table>
    ${reservesTable(year)}`;
}

function reservesTable(year: MtfpYear): Html {
  if (year.reserves.length === 0) return html`<p>No reserves are recorded.</p>`;
  return html` <table>
    <thead>
      <tr>
        <th>Reserve</th>
        <th class="num">Opening</th>
        <th class="num">Contributions</th>
        <th class="num">Drawdowns</th>
        <th class="num">Closing</th>
      </tr>
    </thead>
    <tbody>
      ${year.reserves.map(
        (r) =>
          html`<tr>
            <td>${r.name} (${r.kind})</td>
            <td class="num">${pounds(r.opening.value)}</td>
            <td class="num">${pounds(r.contributions.value)}</td>
            <td class="num">${pounds(r.drawdowns.value)}</td>
            <td class="num">${pounds(r.closing.value)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function notesSection(warnings: string[], conventions: string[]): Html {
  if (warnings.length === 0 && conventions.length === 0) return html``;
  return html` <h2>Notes</h2>
    ${
      warnings.length > 0
        ? html`<ul class="small">
            ${warnings.map((w) => html`<li>${w}</li>`)}
          </ul>`
        : ''
    }
    ${
      conventions.length > 0
        ? html`<ul class="small">
            ${conventions.map((c) => html`<li>${c}</li>`)}
          </ul>`
        : ''
    }`;
}
