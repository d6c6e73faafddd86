import { IsIn } from 'class-validator';
import { IsFinancialYear, IsMoney } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';
import { RECURRENCES, type Recurrence, ITEM_INFLATIONS, type ItemInflation } from '../force-finance.events';
import { INFLATION_CATEGORIES, type InflationCategory } from '../force-finance.events';
import { Omittable } from '../../http/validation/omittable';
import { IsFreeText } from '../../http/validation/text-validators';

/** Only the fields given change; at least one must be given. The kind of an item cannot change: withdraw it and add another. */
export class ReviseBudgetItemDto extends WriteDto {
  @Omittable()
  @IsFinancialYear()
  fromYear?: string;

  @Omittable()
  @IsMoney({ allowNegative: true })
  amount?: string;

  @Omittable()
  @IsIn(RECURRENCES)
  recurrence?: Recurrence;

  @Omittable()
  @IsFreeText(500, { min: 1 })
  description?: string;

  /** After its first year: pay (moves with the pay award), non_pay (with non-pay inflation) or none (flat cash, the default). */
  @Omittable()
  @IsIn(ITEM_INFLATIONS)
  inflation?: ItemInflation;

  /** Its non-pay inflation category (energy, fuel, ict_contracts, general_cpi); the item must be inflated as non_pay. */
  @Omittable()
  @IsIn(INFLATION_CATEGORIES, { message: `must be one of ${INFLATION_CATEGORIES.join(', ')}` })
  inflationCategory?: InflationCategory;
}
