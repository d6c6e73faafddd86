import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn } from 'class-validator';
import { IsFinancialYear, IsMoney } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';
import { BUDGET_LINE_KINDS, PAY_GROUPS, type BudgetLineKind, type PayGroup } from '../force-finance.events';
import { INFLATION_CATEGORIES, type InflationCategory } from '../force-finance.events';
import { Omittable } from '../../http/validation/omittable';
import { NestedObject } from '../../http/validation/nested-object';
import { IsName } from '../../http/validation/text-validators';

export class BaseBudgetLineDto {
  /** Unique within the budget, e.g. "PAY-OFFICERS". */
  @IsName(100)
  code!: string;

  /** What the line is, e.g. "Police officer pay". */
  @IsName(500)
  name!: string;

  /** pay (rolled forward by the pay award), non_pay (by inflation), income (by income inflation; subtracted to reach NRE) or capital_financing (debt charges already in the budget: never inflated; MRP and interest on new borrowing come from the capital programme). */
  @IsIn(BUDGET_LINE_KINDS)
  kind!: BudgetLineKind;

  /** Pounds as a decimal string, e.g. "104000000.00"; income as a positive amount. */
  @IsMoney({ allowNegative: true })
  amount!: string;

  /** A pay line's pay group (officers, staff or pcsos), moved by that group's pay awards; left out: by the plan's pay award. */
  @Omittable()
  @IsIn(PAY_GROUPS, { message: `must be one of ${PAY_GROUPS.join(', ')}` })
  payGroup?: PayGroup;

  /** A non-pay line's inflation category (energy, fuel, ict_contracts, general_cpi), moved by the force's rate for it; left out: by the plan's non-pay inflation. */
  @Omittable()
  @IsIn(INFLATION_CATEGORIES, { message: `must be one of ${INFLATION_CATEGORIES.join(', ')}` })
  inflationCategory?: InflationCategory;
}

export class SetBaseBudgetDto extends WriteDto {
  /** The year this base budget is for; re-recording a year replaces its budget. */
  @IsFinancialYear()
  year!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @NestedObject(() => BaseBudgetLineDto, { each: true })
  lines!: BaseBudgetLineDto[];
}
