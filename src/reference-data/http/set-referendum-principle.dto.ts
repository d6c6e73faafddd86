import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsOptional, IsString, Length, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { IsFinancialYear, IsMoney, IsRate } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';
import { REFERENDUM_COMPARISONS, type ReferendumComparison } from '../referendum-principle';

export class ReferendumLimitDto {
  /** percentage: a share of last year's Band D; amount: pounds on Band D. */
  @IsIn(['percentage', 'amount'])
  kind!: 'percentage' | 'amount';

  /** For a percentage limit: a decimal fraction, "0.02" for 2 %. */
  @ValidateIf((limit: ReferendumLimitDto) => limit.kind === 'percentage')
  @IsRate({ min: '0', max: '1' })
  rate?: string;

  /** For a £ limit: pounds and pence on Band D, e.g. "5.00". */
  @ValidateIf((limit: ReferendumLimitDto) => limit.kind === 'amount')
  @IsMoney({ allowNegative: true })
  amount?: string;
}

/** Recording a principle for a year and group that already has one supersedes it; the earlier one stays in the history. */
export class SetReferendumPrincipleDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ReferendumLimitDto)
  limit!: ReferendumLimitDto;

  /**
   * Whether an increase equal to the limit is allowed: "less_than" (it is not) or
   * "up_to_and_including" (it is). Default: as the published principles have it – "less_than"
   * for a percentage limit, "up_to_and_including" for a £ limit.
   */
  @IsOptional()
  @IsIn(REFERENDUM_COMPARISONS)
  comparison?: ReferendumComparison;

  /** Which PCCs it applies to. Default "all PCCs"; e.g. "lowest-quartile PCCs". */
  @IsOptional()
  @IsString()
  @Length(1, 100)
  appliesTo?: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}
