import { IsFinancialYear } from '../../http/validation/finance-validators';
import { AsOfQueryDto } from './as-of-query.dto';

export class CollaborationSharesQueryDto extends AsOfQueryDto {
  /** The year whose budgets are shared, e.g. "2016/17". */
  @IsFinancialYear()
  year!: string;
}
