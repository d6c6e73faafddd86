import type { SchemaObject } from '@nestjs/swagger';
import { MTFP_MONITORING } from './mtfp-monitoring-schema';
import { CAPITAL_FINANCING, CAPITAL_PROGRAMME } from './capital-financing-schemas';
import { bool, decimal, figure, FORCE_HEAD, list, money, nullable, object, oneOf, ref, text, texts, year } from './schema-builders';
import { FUNDED_BY, SPECIFIC_GRANTS } from './specific-grant-schemas';
import { ESTABLISHMENT, ON_COST_FUNDING } from './pay-model-schemas';

/**
 * The MTFP answer (src/mtfp/mtfp-projection.ts as mtfpToJson renders it) and precept options
 * (src/precept/precept-options-types.ts): money to the penny, rates exact, each figure with its
 * sources only on request.
 */
const MONEY = figure(money());
const optionalMoney = nullable(MONEY);

const assumption = figure(decimal(), { basis: oneOf('recorded', 'carried', 'none'), recordedFor: nullable(year) });
const grant = figure(money(), { basis: oneOf('settled', 'projected', 'carried', 'none'), settledYear: nullable(year) });
const PAY_GROUP = oneOf('officers', 'staff', 'pcsos');
// A named inflation category and the rate that moved the figure into the year (null in its first year).
const INFLATION_CATEGORY = object({
  category: oneOf('energy', 'fuel', 'ict_contracts', 'general_cpi'),
  rate: nullable(figure(decimal())),
  basis: nullable(oneOf('category', 'non_pay_inflation')),
});
const budgetLine = object(
  {
    code: text(),
    name: text(),
    kind: oneOf('pay', 'non_pay', 'income', 'capital_financing'),
    baseYear: year,
    amount: MONEY,
    fundedBy: FUNDED_BY,
    payGroup: PAY_GROUP,
    inflationCategory: INFLATION_CATEGORY,
  },
  ['fundedBy', 'payGroup', 'inflationCategory'],
);
const RATE = figure(decimal());
const payGroup = object({
  group: PAY_GROUP,
  lineCodes: texts('Its pay lines in expenditure.lines'),
  base: MONEY,
  opening: MONEY,
  award: nullable(
    object({
      basis: oneOf('recorded', 'plan'),
      rate: RATE,
      effectiveMonth: nullable({ type: 'integer', minimum: 1, maximum: 12 }),
      monthsInYear: { type: 'integer', minimum: 1, maximum: 12 },
      incrementalDrift: RATE,
    }),
  ),
  drift: MONEY,
  awardFullYear: MONEY,
  awardInYear: MONEY,
  total: MONEY,
  onCosts: nullable(
    object({
      ratesFrom: year,
      pensionScheme: oneOf('police', 'lgps'),
      pensionRate: RATE,
      nationalInsuranceRate: RATE,
      pension: MONEY,
      nationalInsurance: MONEY,
      apprenticeshipLevy: MONEY,
      total: MONEY,
      funding: ON_COST_FUNDING,
    }),
  ),
  establishment: ESTABLISHMENT,
});
const externalSaving = object(
  {
    code: text('alliance:{alliance}:programme:{programme}'),
    name: text(),
    amount: MONEY,
    issue: text('Why the figure could not be worked out (it is then zero)'),
    realised: { type: 'boolean', enum: [true] },
    recurring: object({ inYear: MONEY, carried: MONEY, fromYears: list(year) }),
    yearRecurrence: oneOf('recurring', 'one_off'),
  },
  ['issue', 'realised', 'recurring', 'yearRecurrence'],
);
const contribution = object(
  {
    code: text('alliance:{alliance}:contribution'),
    name: text(),
    amount: MONEY,
    units: list(object({ code: text(), name: text(), amount: MONEY })),
    replacesLines: list(text(), "Codes of the force's base-budget lines this contribution replaces in the year"),
    issue: text('Why the figure could not be worked out (it is then zero)'),
  },
  ['issue'],
);
const replacedLine = object(
  {
    code: text(),
    name: text(),
    kind: oneOf('pay', 'non_pay', 'income', 'capital_financing'),
    baseYear: year,
    amount: MONEY,
    replacedBy: text("The contribution's code"),
    reason: text('Why the force marked it'),
    payGroup: PAY_GROUP,
  },
  ['payGroup'],
);
const PURPOSE = oneOf('within_mtfp', 'beyond_mtfp', 'contingency', 'unclassified');
const plannedAndActual = object({ planned: MONEY, actual: optionalMoney, variance: optionalMoney });
const reserveYear = object({
  reserveId: text(),
  name: text(),
  kind: oneOf('general', 'earmarked'),
  purposeCategory: PURPOSE,
  opening: MONEY,
  contributions: MONEY,
  drawdowns: MONEY,
  closing: MONEY,
  plannedAndActual: object({ contributions: plannedAndActual, drawdowns: plannedAndActual }),
  plannedClosing: MONEY,
});
const reservePurposeGroup = object({
  purposeCategory: PURPOSE,
  reserveIds: texts(),
  opening: MONEY,
  contributions: MONEY,
  drawdowns: MONEY,
  closing: MONEY,
  plannedContributions: MONEY,
  plannedDrawdowns: MONEY,
  plannedAndActual: object({ contributions: plannedAndActual, drawdowns: plannedAndActual }),
});
const bandDAssumption = object(
  {
    kind: oneOf('freeze', 'percentage', 'pound', 'max_without_referendum'),
    rate: decimal(),
    amount: money(),
    principlesOf: nullable(year),
    needsReferendum: bool,
  },
  ['rate', 'amount', 'principlesOf', 'needsReferendum'],
);

const MTFP_YEAR: SchemaObject = object({
  year,
  withinPlanPeriod: bool,
  assumptions: object({
    payAward: assumption,
    nonPayInflation: assumption,
    incomeInflation: assumption,
    grantChange: assumption,
    taxBaseGrowth: assumption,
  }),
  expenditure: object({
    baseBudgetYear: nullable(year),
    lines: list(budgetLine),
    pay: MONEY,
    nonPay: MONEY,
    items: list(
      object(
        {
          itemId: text(),
          kind: oneOf('cost_pressure', 'growth', 'saving'),
          recurrence: oneOf('recurring', 'one_off'),
          fromYear: year,
          description: text(),
          amount: MONEY,
          inflation: oneOf('pay', 'non_pay', 'none'),
          recordedAmount: MONEY,
          fundedBy: FUNDED_BY,
          inflationCategory: INFLATION_CATEGORY,
        },
        ['fundedBy', 'inflationCategory'],
      ),
    ),
    costPressures: MONEY,
    growth: MONEY,
    savings: MONEY,
    externalSavings: list(externalSaving),
    externalSavingsTotal: MONEY,
    externalSavingsInBaseBudget: list(externalSaving, 'Already in the base budget: shown, never in the total'),
    contributions: list(contribution, "Contributions to alliances' joint units, one per alliance, added to expenditure"),
    contributionsTotal: MONEY,
    linesReplaced: list(replacedLine, 'Base-budget lines left out because a contribution replaces them'),
    total: MONEY,
    payGroups: list(payGroup, "Each pay group's pay worked out: total = opening + drift + awardInYear; in pay, not added again"),
    payOnCosts: MONEY,
  }),
  income: object({ lines: list(budgetLine), total: MONEY }),
  nre: MONEY,
  funding: object({
    coreGrant: grant,
    formulaGrant: grant,
    legacyCouncilTaxGrants: grant,
    otherGeneralGrants: grant,
    specificGrants: SPECIFIC_GRANTS,
    specificGrantsTotal: MONEY,
    precept: object({
      bandD: figure(
        money(),
        {
          basis: oneOf('override', 'approved', 'proposed', 'assumed', 'frozen', 'none'),
          setFor: nullable(year),
          assumption: bandDAssumption,
        },
        ['assumption'],
      ),
      taxBase: figure(decimal('Band D equivalents, at the precision used'), {
        basis: oneOf('recorded', 'projected', 'none'),
        recordedFor: nullable(year),
      }),
      income: MONEY,
      councilTaxRequirement: MONEY,
      byBillingAuthority: list(object({ code: text(), name: text(), taxBase: figure(decimal()), precept: MONEY })),
    }),
    collectionFund: figure(money(), { basis: oneOf('recorded', 'none') }),
    total: MONEY,
  }),
  gap: MONEY,
  reserveUse: object({
    drawdowns: MONEY,
    contributions: MONEY,
    net: MONEY,
    planned: object({ drawdowns: MONEY, contributions: MONEY, net: MONEY }),
    variance: MONEY,
  }),
  savingsToIdentify: MONEY,
  surplus: MONEY,
  reserves: list(reserveYear),
  reservesByPurpose: list(reservePurposeGroup),
  generalReserve: nullable(
    object({
      closing: MONEY,
      minimumShareOfNre: nullable(figure(decimal())),
      minimum: optionalMoney,
      belowMinimum: bool,
      guidanceCeilingShareOfNre: decimal(),
      guidanceCeiling: MONEY,
      aboveGuidanceCeiling: bool,
    }),
  ),
  alerts: texts(),
  monitoring: MTFP_MONITORING,
  capitalFinancing: CAPITAL_FINANCING,
  capitalProgramme: CAPITAL_PROGRAMME,
});

const MTFP: SchemaObject = object(
  {
    ...FORCE_HEAD,
    from: year,
    to: year,
    planPeriod: nullable(object({ firstYear: year, lastYear: year })),
    years: list(ref('MtfpYear')),
    warnings: texts('Where the plan had to assume something'),
  },
  ['scenario'],
  "A force's MTFP year by year; with ?include=sources every figure lists the events it came from.",
);

const BANDS = object(Object.fromEntries(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((band) => [band, money()])));

const PRINCIPLE = object(
  {
    year,
    limit: object({ kind: oneOf('percentage', 'amount'), rate: decimal(), amount: money() }, ['rate', 'amount']),
    comparison: oneOf('less_than', 'up_to_and_including'),
    appliesTo: text(),
    note: text(),
    sources: ref('Sources'),
  },
  ['sources'],
);

const PRECEPT_OPTION = object(
  {
    kind: oneOf('freeze', 'percentage_rise', 'pound_rise', 'recorded', 'largest_without_referendum'),
    label: text(),
    bandD: money(),
    bands: BANDS,
    weeklyBands: BANDS,
    change: object({ yearly: money(), weekly: money(), percent: decimal('Percent: 2 dp, or 4 dp rounded down below a % limit') }),
    preceptIncome: money(),
    incomeAboveFreeze: money(),
    referendum: object({
      required: bool,
      principle: nullable(PRINCIPLE),
      largestBandDAllowed: nullable(money()),
      explanation: text(),
    }),
    mtfpGap: optionalMoney,
    sources: ref('Sources'),
  },
  ['sources'],
);

const PRECEPT_OPTIONS: SchemaObject = object(
  {
    ...FORCE_HEAD,
    yearChosen: text('Only when no year was asked for: which, and why'),
    year,
    previousBandD: MONEY,
    taxBase: figure(decimal(), { basis: oneOf('recorded', 'projected', 'none'), recordedFor: nullable(year) }, ['basis', 'recordedFor']),
    principles: list(PRINCIPLE),
    options: list(PRECEPT_OPTION),
    conventions: texts(),
    warnings: texts(),
    groups: texts('The groups of PCCs whose principles apply'),
    referendumGroups: list(object({ appliesTo: text(), basis: oneOf('recorded', 'what-if'), sources: ref('Sources') }, ['sources'])),
  },
  ['scenario', 'yearChosen'],
);

/** One recorded event as the audit trail shows it (src/event-sourcing/audit-entry.ts). */
const EVENT = object({
  id: text(),
  stream: text(),
  type: text('e.g. BaseBudgetSet.v1'),
  revision: text(),
  position: text(),
  data: { type: 'object', description: "The event's data, as recorded (its shape is the event type's)" },
  metadata: object(
    {
      actor: text(),
      recordedAt: text(),
      correlationId: text(),
      causationId: nullable(text()),
      schemaVersion: { type: 'integer', minimum: 1 },
      reason: text(),
      idempotencyKey: text(),
      requestHash: text(),
    },
    ['reason', 'idempotencyKey', 'requestHash'],
  ),
});

const EXPLANATION: SchemaObject = object(
  {
    ...FORCE_HEAD,
    year,
    lines: list(object({ line: text('e.g. funding/precept/income'), value: decimal(), sourceCount: { type: 'integer', minimum: 0 } })),
    line: text(),
    figure: { type: 'object', required: ['value', 'sources'], properties: { value: decimal(), sources: texts() } },
    events: list(EVENT),
    missingSources: texts('Ids the figure cites that were not found'),
  },
  ['scenario', 'lines', 'line', 'figure', 'events', 'missingSources'],
  'Without `line`, every line of the year with its value and how many events it cites; with it, the figure and the events behind it.',
);

export const MTFP_SCHEMAS: Record<string, SchemaObject> = {
  Mtfp: MTFP,
  MtfpExplanation: EXPLANATION,
  MtfpYear: MTFP_YEAR,
  PreceptOptions: PRECEPT_OPTIONS,
};
