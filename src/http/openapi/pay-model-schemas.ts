import { decimal, figure, money, nullable, object, year } from './schema-builders';
import { FUNDED_BY } from './specific-grant-schemas';

/** The pay model's establishment and on-cost funding in the MTFP answer (src/mtfp/establishment-for-year.ts, on-cost-grants.ts). */
const MONEY = figure(money());
const FTE = figure(decimal('Full-time equivalents'));

export const ESTABLISHMENT = nullable(
  object(
    {
      baseFte: FTE,
      baseFteFrom: year,
      fte: FTE,
      fteFrom: year,
      ratio: decimal('fte ÷ baseFte, 4 dp'),
      effect: MONEY,
    },
    [],
    "The group's FTE in the year beside the base year's (each from the start of the year it is recorded for, carried on until set again) and what the change adds to pay; null where none scales it",
  ),
);

/** One on-cost with the specific grants tied to it: the cost, the grants against it and the net the budget bears. */
const FUNDED_ON_COST = object({ cost: MONEY, fundedBy: FUNDED_BY, granted: MONEY, net: MONEY });

export const ON_COST_FUNDING = nullable(
  object(
    { pension: FUNDED_ON_COST },
    ['pension'],
    'The on-costs specific grants fund (e.g. the pensions grant against the employer pension); null when none do',
  ),
);
