import { ArrayMaxSize, IsArray } from 'class-validator';
import { IsFinancialYear } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';
import { IsCollaborationCode, IsForceCode } from '../../http/validation/field-validators';
import { NestedObject } from '../../http/validation/nested-object';
import { IsName } from '../../http/validation/text-validators';

/** England and Wales have 43 territorial forces; no alliance lists more. */
export const MAX_ALLIANCE_MEMBERS = 43;

export class AllianceMemberDto {
  /** The member force's code, e.g. "herts"; it must be registered. */
  @IsForceCode()
  force!: string;

  /** The first financial year it is a member, e.g. "2012/13". */
  @IsFinancialYear()
  fromYear!: string;
}

export class FormAllianceDto extends WriteDto {
  /** Short code used in URLs, e.g. "bch". */
  @IsCollaborationCode()
  code!: string;

  /** e.g. "BCH strategic alliance". */
  @IsName(200)
  name!: string;

  /** At least two registered forces, each from its own year. */
  @IsArray()
  @ArrayMaxSize(MAX_ALLIANCE_MEMBERS)
  @NestedObject(() => AllianceMemberDto, { each: true })
  members!: AllianceMemberDto[];
}
