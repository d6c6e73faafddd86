import { IsFinancialYear } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';
import { IsName } from '../../http/validation/text-validators';

/** Withdraws a principle recorded in error (e.g. for the wrong group of PCCs). */
export class WithdrawReferendumPrincipleDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  /** The group it was recorded for, e.g. "lowest-quartile PCCs". */
  @IsName(100)
  appliesTo!: string;
}
