import { IsFinancialYear, IsMoney } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';

export class SetUnitBudgetDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  /** The unit's budget for the year, in pounds ("30000000.00"); recording a year again replaces it. */
  @IsMoney()
  amount!: string;
}
