import type { SchemaObject } from '@nestjs/swagger';
import { bool, figure, list, money, nullable, object, oneOf, text } from './schema-builders';

/**
 * An MTFP year's budget monitoring (src/mtfp/budget-monitoring.types.ts): the budget beside the
 * latest forecast outturn or the actual; every variance the effect on net spending, positive an overspend.
 */
const MONEY = figure(money());
const row = {
  name: text(),
  budget: MONEY,
  outturn: MONEY,
  reported: bool,
  variance: MONEY,
};
const total = object({ budget: MONEY, outturn: MONEY, variance: MONEY });

export const MTFP_MONITORING: SchemaObject = nullable(
  object(
    {
      basis: oneOf('forecast', 'actual'),
      asAtMonth: nullable({ type: 'integer', minimum: 1, maximum: 12 }),
      asAtMonthName: nullable(text('e.g. September')),
      lines: list(object({ code: text(), kind: oneOf('pay', 'non_pay', 'income', 'capital_financing'), ...row })),
      items: list(object({ itemId: text(), kind: oneOf('cost_pressure', 'growth', 'saving'), ...row })),
      expenditure: total,
      income: total,
      nre: total,
      position: oneOf('overspend', 'underspend', 'on_budget'),
      generalReserve: nullable(
        object({
          closing: MONEY,
          basis: oneOf('projected', 'recorded'),
          closingAfterOutturn: MONEY,
          belowMinimumAfterOutturn: bool,
          note: text(),
        }),
      ),
    },
    [],
    'Budget monitoring: the budget beside the latest forecast outturn or the actual (which supersedes the forecasts of its year); variances are the effect on net spending, positive an overspend. Null when nothing is recorded for the year.',
  ),
);
