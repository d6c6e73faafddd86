import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsFinancialYear, IsMoney } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';
import { RECURRENCES, type Recurrence } from '../force-finance-events';

/** Only the fields given change; at least one must be given. The kind of an item cannot change: withdraw it and add another. */
export class ReviseBudgetItemDto extends WriteDto {
  @IsOptional()
  @IsFinancialYear()
  fromYear?: string;

  @IsOptional()
  @IsMoney({ allowNegative: true })
  amount?: string;

  @IsOptional()
  @IsIn(RECURRENCES)
  recurrence?: Recurrence;

  @IsOptional()
  @IsString()
  @Length(1, 500)
  description?: string;
}
