import { Omittable } from '../../http/validation/omittable';
import { INFLATION_CATEGORIES, type InflationCategory } from '../force-finance.events';
import { IsIn } from 'class-validator';
import { IsFinancialYear, IsMoney } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';
import {
  BUDGET_ITEM_KINDS,
  RECURRENCES,
  type BudgetItemKind,
  type Recurrence,
  ITEM_INFLATIONS,
  type ItemInflation,
} from '../force-finance.events';
import { IsFreeText } from '../../http/validation/text-validators';

/** A cost pressure, growth item or saving. The server gives it its id (returned, and in Location). */
export class AddBudgetItemDto extends WriteDto {
  /** cost_pressure or growth (adds to expenditure) or saving (reduces it). */
  @IsIn(BUDGET_ITEM_KINDS)
  kind!: BudgetItemKind;

  /** First year it counts in, e.g. "2017/18". */
  @IsFinancialYear()
  fromYear!: string;

  /** Pounds a year, more than zero, e.g. "2400000.00" (a saving is a positive amount too). */
  @IsMoney({ allowNegative: true })
  amount!: string;

  /** recurring: counts in its year and every later one; one_off: only in its year. */
  @IsIn(RECURRENCES)
  recurrence!: Recurrence;

  /** What it is, e.g. "Domestic abuse investigation unit (DAISU)". */
  @IsFreeText(500, { min: 1 })
  description!: string;

  /** After its first year: pay (moves with the pay award), non_pay (with non-pay inflation) or none (flat cash, the default). */
  @Omittable()
  @IsIn(ITEM_INFLATIONS)
  inflation?: ItemInflation;

  /** With inflation non_pay only: its category (energy, fuel, ict_contracts, general_cpi), moved by the force's rate for it. */
  @Omittable()
  @IsIn(INFLATION_CATEGORIES, { message: `must be one of ${INFLATION_CATEGORIES.join(', ')}` })
  inflationCategory?: InflationCategory;
}
