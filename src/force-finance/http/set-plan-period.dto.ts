import { IsFinancialYear } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';

export class SetPlanPeriodDto extends WriteDto {
  /** First year of the medium-term financial plan, e.g. "2016/17". */
  @IsFinancialYear()
  firstYear!: string;

  /** Last year of the plan, e.g. "2019/20". Every figure must fall within the plan period. */
  @IsFinancialYear()
  lastYear!: string;
}
