import { IsFinancialYear } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';

export class LeaveAllianceDto extends WriteDto {
  /** The first financial year the force is no longer a member. */
  @IsFinancialYear()
  fromYear!: string;
}
