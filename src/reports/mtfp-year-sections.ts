import { Dec } from '../common/decimal';
import { percentInWords } from '../collaboration/collaboration-format';
import type { MtfpAnswer } from '../mtfp/http/mtfp.queries';
import { html, type Html } from './html';
import { pounds } from './figures';

type MtfpYear = MtfpAnswer['years'][number];
type Monitoring = NonNullable<MtfpYear['monitoring']>;
type MonitoringRow = Monitoring['lines'][number] | Monitoring['items'][number];
type PayGroup = MtfpYear['expenditure']['payGroups'][number];

/**
 * The MTFP year's budget monitoring, pay by group and specific grants as tables a chief finance
 * officer prints: the JSON answer's figures laid out, none worked out here. Each section is left
 * out when the year has nothing of it.
 */
export function mtfpYearSections(year: MtfpYear | null): Html {
  if (!year) return html``;
  return html`${monitoringSection(year)} ${payGroupsSection(year)} ${specificGrantsSection(year)}`;
}

function outturnHeading(m: Monitoring): string {
  return m.basis === 'actual' ? 'Actual outturn' : `Forecast outturn (month ${m.asAtMonth}, ${m.asAtMonthName})`;
}

function positionInWords(m: Monitoring): string {
  const basis = m.basis === 'actual' ? 'at the year end' : `forecast as at month ${m.asAtMonth} (${m.asAtMonthName})`;
  if (m.position === 'on_budget') return `On budget, ${basis}.`;
  return `${m.position === 'overspend' ? 'Overspend' : 'Underspend'} of ${pounds(m.nre.variance.value.replace(/^-/, ''))}, ${basis}.`;
}

function monitoringRow(
  name: string,
  r: { budget: { value: string }; outturn: { value: string }; variance: { value: string } },
  total = false,
  asBudget = false,
): Html {
  return html`<tr class="${total ? 'total' : ''}">
    <td>${name}${asBudget ? html` <span class="small">(as budget)</span>` : ''}</td>
    <td class="num">${pounds(r.budget.value)}</td>
    <td class="num">${pounds(r.outturn.value)}</td>
    <td class="num">${pounds(r.variance.value)}</td>
  </tr>`;
}

function monitoringSection(year: MtfpYear): Html {
  const m = year.monitoring;
  if (!m) return html``;
  const row = (r: MonitoringRow) => monitoringRow(r.name, r, false, !r.reported);
  const income = m.lines.filter((l) => l.kind === 'income');
  return html`<h2>Budget monitoring, ${year.year}: plan against ${m.basis === 'actual' ? 'the actual outturn' : 'the forecast outturn'}</h2>
    <p class="statement">${positionInWords(m)} ${m.generalReserve?.note ?? ''}</p>
    <table>
      <thead>
        <tr>
          <th>Line</th>
          <th class="num">Budget (the plan)</th>
          <th class="num">${outturnHeading(m)}</th>
          <th class="num">Variance (+ over, − under)</th>
        </tr>
      </thead>
      <tbody>
        ${m.lines.filter((l) => l.kind !== 'income').map(row)} ${m.items.map(row)} ${monitoringRow('Expenditure', m.expenditure, true)}
        ${income.map(row)} ${monitoringRow('Income', m.income, true)} ${monitoringRow('Net revenue expenditure', m.nre, true)}
      </tbody>
    </table>
    <p class="small">
      Lines marked “as budget” are not named in the outturn and are taken as on budget. Less income or saving than budgeted counts as an
      overspend. ${m.basis === 'actual' ? 'The year-end actual supersedes the year’s forecasts.' : 'A later forecast supersedes this one.'}
      The plan itself is unchanged.
    </p>`;
}

const GROUP_WORDS: Record<string, string> = { officers: 'Police officers', staff: 'Police staff', pcsos: 'PCSOs' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function awardInWords(g: PayGroup): string {
  if (!g.award) return 'none (base budget year)';
  const rate = percentInWords(new Dec(g.award.rate.value));
  if (g.award.effectiveMonth === null) return `${rate}, full year (plan)`;
  return `${rate} from ${MONTHS[g.award.effectiveMonth - 1]} (${g.award.monthsInYear}/12)`;
}

function onCostRates(g: PayGroup): string {
  if (!g.onCosts) return 'not recorded (in the pay lines)';
  const scheme = g.onCosts.pensionScheme === 'police' ? 'police' : 'LGPS';
  return `pension ${percentInWords(new Dec(g.onCosts.pensionRate.value))} (${scheme}), NI ${percentInWords(new Dec(g.onCosts.nationalInsuranceRate.value))}`;
}

function payGroupsSection(year: MtfpYear): Html {
  const groups = year.expenditure.payGroups;
  if (groups.length === 0) return html``;
  const figures = (label: string, pick: (g: PayGroup) => { value: string } | null | undefined, total = false) =>
    html`<tr class="${total ? 'total' : ''}">
      <td>${label}</td>
      ${groups.map((g) => html`<td class="num">${pounds(pick(g)?.value)}</td>`)}
    </tr>`;
  const words = (label: string, say: (g: PayGroup) => string) =>
    html`<tr>
      <td>${label}</td>
      ${groups.map((g) => html`<td class="num small">${say(g)}</td>`)}
    </tr>`;
  return html`<h2>Pay by group, ${year.year}</h2>
    <table>
      <thead>
        <tr>
          <th>Pay</th>
          ${groups.map((g) => html`<th class="num">${GROUP_WORDS[g.group] ?? g.group}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${figures('Base budget pay', (g) => g.base)} ${figures('Opening pay', (g) => g.opening)}
        ${figures('Incremental drift', (g) => g.drift)} ${words('Pay award', awardInWords)}
        ${figures('Award, full-year effect', (g) => g.awardFullYear)} ${figures('Award, in-year effect', (g) => g.awardInYear)}
        ${figures('Pay', (g) => g.total, true)} ${words('On-cost rates', onCostRates)}
        ${figures('Employer pension', (g) => g.onCosts?.pension)}
        ${figures('Employer national insurance', (g) => g.onCosts?.nationalInsurance)}
        ${figures('Apprenticeship levy', (g) => g.onCosts?.apprenticeshipLevy)} ${figures('On-costs', (g) => g.onCosts?.total, true)}
      </tbody>
    </table>`;
}

function specificGrantsSection(year: MtfpYear): Html {
  const grants = year.funding.specificGrants;
  if (grants.length === 0) return html``;
  return html`<h2>Specific and ring-fenced grants, ${year.year}</h2>
    <table>
      <thead>
        <tr>
          <th>Grant</th>
          <th>Kind</th>
          <th class="num">Amount</th>
          <th>Funds</th>
          <th class="num">That spend in the year</th>
        </tr>
      </thead>
      <tbody>
        ${grants.map(
          (g) =>
            html`<tr>
              <td>${g.name}${g.conditions ? html`<br /><span class="small">${g.conditions}</span>` : ''}</td>
              <td>${g.kind === 'ring_fenced' ? 'Ring-fenced' : 'Specific'}</td>
              <td class="num">${pounds(g.amount.value)}</td>
              <td>${g.funds ? g.funds.name : 'not tied to a line'}</td>
              <td class="num">${pounds(g.funds?.spend.value)}</td>
            </tr>`,
        )}
        <tr class="total">
          <td colspan="2">Specific grants</td>
          <td class="num">${pounds(year.funding.specificGrantsTotal.value)}</td>
          <td colspan="2"></td>
        </tr>
      </tbody>
    </table>`;
}
