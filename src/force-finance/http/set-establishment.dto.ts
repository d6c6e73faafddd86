import { IsIn } from 'class-validator';
import { IsFinancialYear, IsQuantity } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';
import { FUNDABLE_ON_COSTS, type FundableOnCost } from '../establishment.events';
import { PAY_GROUPS, type PayGroup } from '../force-finance.events';

/**
 * A pay group's establishment for a year in full-time equivalents, from the start of that year
 * until set again. Where the base budget's year has one too, the group's pay scales by FTE ÷ base FTE.
 */
export class SetEstablishmentDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  /** officers, staff or pcsos. */
  @IsIn(PAY_GROUPS, { message: `must be one of ${PAY_GROUPS.join(', ')}` })
  group!: PayGroup;

  /** Full-time equivalents as a decimal string, more than zero, e.g. "1980.73". */
  @IsQuantity()
  fte!: string;
}

/** A pay group's on-cost a specific grant funds, e.g. { "group": "officers", "onCost": "pension" }. */
export class FundsOnCostDto {
  @IsIn(PAY_GROUPS, { message: `must be one of ${PAY_GROUPS.join(', ')}` })
  group!: PayGroup;

  /** pension: the group's employer pension contribution (the Home Office pensions grant funds the officers'). */
  @IsIn(FUNDABLE_ON_COSTS, { message: `must be one of ${FUNDABLE_ON_COSTS.join(', ')}` })
  onCost!: FundableOnCost;
}
