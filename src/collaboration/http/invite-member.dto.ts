import { IsFinancialYear } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';
import { IsForceCode } from '../../http/validation/field-validators';

export class InviteMemberDto extends WriteDto {
  /** A registered force that is neither a member nor already invited. */
  @IsForceCode()
  force!: string;

  /** The first financial year it would be a member, once it accepts. */
  @IsFinancialYear()
  fromYear!: string;
}
