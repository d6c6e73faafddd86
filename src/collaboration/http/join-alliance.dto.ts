import { IsFinancialYear } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';
import { IsForceCode } from './collaboration-field.validators';

export class JoinAllianceDto extends WriteDto {
  /** A registered force that is not already a member. */
  @IsForceCode()
  force!: string;

  /** The first financial year it is a member. */
  @IsFinancialYear()
  fromYear!: string;
}
