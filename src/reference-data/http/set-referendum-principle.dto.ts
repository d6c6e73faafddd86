import { IsIn, ValidateIf } from 'class-validator';
import { IsFinancialYear, IsMoney, IsRate } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';
import { REFERENDUM_COMPARISONS, type ReferendumComparison } from '../referendum-principle';
import { NestedObject } from '../../http/validation/nested-object';
import { Omittable } from '../../http/validation/omittable';
import { IsFreeText, IsName } from '../../http/validation/text-validators';

/** A field given for the other kind is still checked, so `"amount": null` is refused, not ignored. */
export class ReferendumLimitDto {
  /** percentage: a share of last year's Band D; amount: pounds on Band D. */
  @IsIn(['percentage', 'amount'])
  kind!: 'percentage' | 'amount';

  /** For a percentage limit: a decimal fraction, "0.02" for 2 %. */
  @ValidateIf((limit: ReferendumLimitDto) => limit.kind === 'percentage' || limit.rate !== undefined)
  @IsRate({ min: '0', max: '1' })
  rate?: string;

  /** For a £ limit: pounds and pence on Band D, e.g. "5.00". */
  @ValidateIf((limit: ReferendumLimitDto) => limit.kind === 'amount' || limit.amount !== undefined)
  @IsMoney({ allowNegative: true })
  amount?: string;
}

/** Recording a principle for a year and group that already has one supersedes it; the earlier one stays in the history. */
export class SetReferendumPrincipleDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  @NestedObject(() => ReferendumLimitDto)
  limit!: ReferendumLimitDto;

  /**
   * Whether an increase equal to the limit is allowed: "less_than" (it is not) or
   * "up_to_and_including" (it is). Default: as the published principles have it – "less_than"
   * for a percentage limit, "up_to_and_including" for a £ limit.
   */
  @Omittable()
  @IsIn(REFERENDUM_COMPARISONS)
  comparison?: ReferendumComparison;

  /** Which PCCs it applies to. Default "all PCCs"; e.g. "lowest-quartile PCCs". */
  @Omittable()
  @IsName(100)
  appliesTo?: string;

  @Omittable()
  @IsFreeText(1000)
  note?: string;
}
