import type { SchemaObject } from '@nestjs/swagger';
import { bool, decimal, FORCE_HEAD, HEAD, list, money, nullable, object, oneOf, ref, text, texts, year } from './schema-builders';

/**
 * A force's collaboration figures, an alliance's cost shares and its benefits realisation, as
 * their JSON mappers render them (src/collaboration, src/benefits-realisation): money to the
 * penny, shares and percentages as decimal strings, sources only with ?include=sources.
 */
const SOURCES = ref('Sources');

const partner = object(
  {
    amount: money(),
    shareOfNre: nullable(decimal('A fraction of NRE, 4 dp')),
    percentOfNre: nullable(decimal('Percent of NRE, 1 dp')),
    nationalAverage: nullable(object({ shareOfNre: decimal(), percentOfNre: decimal() })),
    lines: list(
      object(
        {
          kind: oneOf('unit_contribution', 'recorded_spend'),
          description: text(),
          allianceCode: nullable(text()),
          unitCode: nullable(text()),
          amount: money(),
          sources: SOURCES,
        },
        ['sources'],
      ),
    ),
    sources: SOURCES,
  },
  ['sources'],
);

const FORCE_COLLABORATION: SchemaObject = object(
  {
    ...FORCE_HEAD,
    years: list(object({ year, nre: nullable(money()), police: partner, nonPolice: partner, issues: texts() })),
  },
  ['scenario'],
  "A force's spend with police and non-police partners, year by year, as shares of its NRE beside the national averages.",
);

const basis = nullable(
  object(
    {
      kind: oneOf('fixed', 'net_revenue_budget', 'population', 'headcount', 'usage'),
      fromYear: year,
      source: nullable(text('The event that set the basis')),
      percentages: list(object({ force: text(), share: decimal() })),
      year,
      figures: list(object({ force: text(), value: decimal() })),
    },
    ['percentages', 'year', 'figures'],
  ),
);

const COLLABORATION_SHARES: SchemaObject = object(
  {
    ...HEAD,
    allianceCode: text(),
    name: text(),
    year,
    members: texts(),
    nreForShares: text("Which NRE a net-revenue-budget basis uses, and how it reconciles with each member's MTFP"),
    units: list(
      object(
        {
          unitCode: text(),
          name: text(),
          leadForce: text(),
          category: oneOf('protective_services', 'operational_support', 'organisational_support', 'other'),
          basis,
          budget: nullable(money()),
          outturn: nullable(money('What the unit spent in the year; null when no outturn is recorded')),
          variance: nullable(money('Outturn − budget (positive: overspent); null without both')),
          shares: list(
            object({
              force: text(),
              weight: decimal(),
              share: decimal(),
              sharePercent: decimal(),
              contribution: nullable(money()),
              outturn: nullable(money()),
            }),
          ),
          notes: texts(),
          issues: texts(),
          sources: SOURCES,
        },
        ['sources'],
      ),
    ),
    memberTotals: list(
      object(
        {
          force: text(),
          total: money(),
          outturn: nullable(money()),
          units: list(object({ unitCode: text(), contribution: money(), outturn: nullable(money()) })),
          sources: SOURCES,
        },
        ['sources'],
      ),
    ),
  },
  ['scenario'],
  "Each unit's budget shared among the alliance's members for a year, and each member's total.",
);

const RAG = nullable(oneOf('green', 'amber', 'red', 'no_outturn'));
const FIGURES = {
  planned: money(),
  forecast: money(),
  realised: nullable(money()),
  bestEstimate: money(),
  variance: money(),
};
const BENEFITS_FIGURES = { ...FIGURES, delivery: nullable(decimal()), deliveryPercent: nullable(decimal()), rag: RAG };
const NET_BENEFIT = {
  costsToAchieve: money('One-off costs to achieve'),
  netBenefit: money('Best-estimate savings less costs to achieve'),
};
const totals = object({ ...BENEFITS_FIGURES, ...NET_BENEFIT });
const explanation = { explanation: text(), recordedAt: nullable(text()), source: nullable(text('The event recorded')) };
const member = object({ force: text(), share: decimal(), sharePercent: decimal(), ...FIGURES, ...NET_BENEFIT, budgetEffect: money() }, [
  'share',
  'sharePercent',
  'budgetEffect',
]);
const record = (fields: Record<string, SchemaObject>) =>
  object({ year, ...fields, amount: money(), recordedAt: nullable(text()), source: nullable(text('The event recorded')) });

const programme = object(
  {
    programmeCode: text(),
    name: text(),
    unitCode: nullable(text()),
    cashable: bool,
    startYear: year,
    owner: nullable(text()),
    recurrence: oneOf('recurring', 'one_off'),
    years: list(
      object(
        {
          year,
          ...BENEFITS_FIGURES,
          ...NET_BENEFIT,
          ended: nullable(bool),
          cumulative: totals,
          varianceExplanation: nullable(object(explanation)),
          budgetEffect: money(),
          recurrence: oneOf('recurring', 'one_off'),
          recurrenceBasis: oneOf('year', 'programme'),
          sharing: nullable(oneOf('unit_basis', 'equal_shares')),
          members: list(member),
          notes: texts(),
          issues: texts(),
          sources: SOURCES,
        },
        ['sources'],
      ),
    ),
    total: totals,
    varianceExplanations: list(object({ year, ...explanation, current: bool })),
    members: list(member),
    revisions: list(record({ previous: money(), change: money(), reason: text() })),
    realisations: list(record({ evidence: text() })),
    issues: texts(),
    sources: SOURCES,
  },
  ['sources'],
);

const BENEFITS_REALISATION: SchemaObject = object(
  {
    ...HEAD,
    allianceCode: text(),
    name: text(),
    thresholds: object({
      green: decimal(),
      amber: decimal(),
      basis: oneOf('board', 'default', 'what_if'),
      board: nullable(
        object({ green: decimal(), amber: decimal(), reason: text(), source: nullable(text()), recordedAt: nullable(text()) }),
      ),
    }),
    programmes: list(programme),
    total: totals,
    cashableTotal: totals,
    nonCashableTotal: totals,
    members: list(member),
  },
  ['scenario'],
  "An alliance's savings programmes: planned, forecast and realised by year, with RAG status, shared among the members.",
);

export const COLLABORATION_SCHEMAS: Record<string, SchemaObject> = {
  ForceCollaboration: FORCE_COLLABORATION,
  CollaborationShares: COLLABORATION_SHARES,
  BenefitsRealisation: BENEFITS_REALISATION,
};
