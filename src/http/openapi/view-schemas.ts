import type { SchemaObject } from '@nestjs/swagger';
import { bool, list, money, nullable, object, oneOf, ref, text, texts, year } from './schema-builders';

/**
 * The record views: a force's finance facts, one budget item, one reserve, an alliance, a
 * scenario. Each lists the fields it has, all required; a view is open to fields added later
 * (additionalProperties), since it shows the facts as recorded and grows with them, while the
 * projections (mtfp-schemas.ts, collaboration-schemas.ts) are closed.
 */
const open = (schema: SchemaObject): SchemaObject => ({ ...schema, additionalProperties: true });
const SOURCES = texts('Ids of the events behind it');
const rows = (description: string): SchemaObject => list({ type: 'object', additionalProperties: true }, description);

const BUDGET_ITEM_FIELDS = {
  itemId: text(),
  kind: oneOf('cost_pressure', 'growth', 'saving'),
  fromYear: year,
  amount: money(),
  recurrence: oneOf('recurring', 'one_off'),
  description: text(),
  withdrawn: bool,
  sources: SOURCES,
};

const MOVEMENT = open(
  object(
    {
      movementId: nullable(text()),
      year,
      direction: oneOf('drawdown', 'contribution'),
      basis: oneOf('planned', 'actual'),
      amount: money(),
      supportsRevenueBudget: bool,
      description: text(),
      counts: { ...bool, description: 'false for a planned movement an actual of its year and direction replaces' },
      sources: SOURCES,
    },
    ['movementId'],
  ),
);
const BALANCE = object({ year, opening: money(), contributions: money(), drawdowns: money(), closing: money() });
const RESERVE_FIELDS = {
  reserveId: text(),
  name: text(),
  kind: oneOf('general', 'earmarked'),
  purpose: text(),
  asAtYear: year,
  openingBalance: money(),
  sources: SOURCES,
  movements: list(MOVEMENT),
  balances: list(BALANCE),
};

const FORCE_FINANCE = open(
  object(
    {
      force: text(),
      asAt: ref('AsAt'),
      planPeriod: nullable(open(object({ firstYear: year, lastYear: year, sources: SOURCES }))),
      baseBudgets: rows('Each year’s base budget: lines, totals, sources'),
      assumptions: rows('Each year’s planning assumptions'),
      budgetItems: rows('Cost pressures, growth and savings, withdrawn ones marked'),
      grantSettlements: rows('Each year’s grant settlement'),
      taxBases: rows('Each year’s tax base'),
      collectionFunds: rows('Each year’s collection fund surplus or deficit'),
      precepts: rows('Each year’s proposed and approved Band D, with their history'),
      reserves: list(open(object(RESERVE_FIELDS))),
      minimumGeneralReserve: nullable({ type: 'object', additionalProperties: true }),
    },
    ['planPeriod', 'minimumGeneralReserve'],
    "A force's finance records as they stand (or stood, asOf): the inputs its MTFP is worked out from.",
  ),
);

const ALLIANCE = open(
  object(
    {
      code: text(),
      name: text(),
      formedAt: nullable(text()),
      source: nullable(text()),
      members: list(open(object({ force: text(), periods: rows('When it was a member, from and until, with the events') }))),
      invitations: rows('Unanswered invitations'),
      units: rows('Joint units: lead force, category, cost-share bases, budgets, fixed shares, outturns'),
      programmes: rows('Savings programmes: unit, cashable, start year, owner, figures by year'),
    },
    ['formedAt', 'source'],
    "An alliance's records as they stand: members, invitations, units and programmes.",
  ),
);

const SCENARIO = open(
  object(
    {
      id: text(),
      name: text(),
      description: text(),
      force: nullable(text()),
      status: oneOf('open', 'kept', 'discarded'),
      basedOn: text(),
      baselineAsAt: nullable({ type: 'object', additionalProperties: false, properties: { position: text(), time: text() } }),
      createdAt: nullable(text()),
      asAt: ref('AsAt'),
      overrides: { type: 'object', additionalProperties: true, description: 'Its own overrides by kind, each citing its events' },
      inherits: rows('The scenarios it branches from, root-most first, with their overrides'),
      savingsAdjustments: rows('Alliance savings lines it slips or scales'),
      warnings: texts(),
      sources: SOURCES,
    },
    [],
    'A scenario: what it branches from, its overrides and those it inherits.',
  ),
);

export const VIEW_SCHEMAS: Record<string, SchemaObject> = {
  ForceFinance: FORCE_FINANCE,
  BudgetItem: open(object({ force: text(), asAt: ref('AsAt'), ...BUDGET_ITEM_FIELDS })),
  Reserve: open(object({ force: text(), asAt: ref('AsAt'), ...RESERVE_FIELDS })),
  Alliance: ALLIANCE,
  Scenario: SCENARIO,
};

/** Answers that are files, not JSON: the printable reports and the plan workbook. */
export const FILE_ANSWERS: Record<string, string> = {
  'get /forces/{force}/precept-report': 'text/html',
  'get /alliances/{alliance}/benefits-report': 'text/html',
  'get /forces/{force}/plan-workbook': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
