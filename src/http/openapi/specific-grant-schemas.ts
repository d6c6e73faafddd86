import { figure, list, money, nullable, object, oneOf, text } from './schema-builders';

/** Specific and ring-fenced grants in the MTFP answer (src/mtfp/specific-grants-for-year.ts). */
const MONEY = figure(money());
const KIND = oneOf('specific', 'ring_fenced');

/** On a base-budget line or budget item: the grants that fund it in the year (present only when some do). */
export const FUNDED_BY = list(
  object({ grantId: text(), name: text(), kind: KIND, amount: MONEY }),
  'Present when specific grants fund this spend in the year',
);

export const SPECIFIC_GRANT = object(
  {
    grantId: text(),
    name: text(),
    kind: KIND,
    amount: MONEY,
    funds: nullable(
      object(
        {
          budgetLine: text('The base-budget line it funds'),
          item: text('The budget item it funds'),
          onCost: object({ group: oneOf('officers', 'staff', 'pcsos'), onCost: oneOf('pension') }, [], "The pay group's on-cost it funds"),
          name: text(),
          spend: MONEY,
        },
        ['budgetLine', 'item', 'onCost'],
        'The spend it is tied to and that spend in the year; null when untied',
      ),
    ),
    conditions: text(),
  },
  ['conditions'],
);

export const SPECIFIC_GRANTS = list(
  SPECIFIC_GRANT,
  'Specific and ring-fenced grants of the year, each its own line (in the total, never in the council tax requirement)',
);
