import { ArrayMaxSize, IsArray, Matches } from 'class-validator';
import { FORCE_CODE } from '../../common/codes';
import { IsFinancialYear } from '../../http/validation/finance-validators';
import { IsName } from '../../http/validation/text-validators';
import { WriteDto } from '../../http/write.dto';

/** The PCCs (force codes) a year's group principle applies to; the list replaces the one recorded before. */
export class SetReferendumGroupMembersDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  /** The group, as its principle was recorded, e.g. "lowest-quartile PCCs". */
  @IsName(100)
  appliesTo!: string;

  /** e.g. ["herts"]; an empty list says no PCC is in the group. */
  @IsArray()
  @ArrayMaxSize(43)
  @Matches(FORCE_CODE, { each: true, message: 'each of forces must be a force code, e.g. "herts"' })
  forces!: string[];
}
