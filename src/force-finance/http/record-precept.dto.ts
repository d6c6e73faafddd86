import { IsIn } from 'class-validator';
import { IsFinancialYear, IsMoney } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';
import { PRECEPT_STATUSES, type PreceptStatus } from '../force-finance.events';

export class RecordPreceptDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  /** Band D in pounds and pence, e.g. "152.00". */
  @IsMoney({ allowNegative: true })
  bandD!: string;

  /** proposed (to the Police and Crime Panel), vetoed (by the panel) or approved. */
  @IsIn(PRECEPT_STATUSES)
  status!: PreceptStatus;
}
