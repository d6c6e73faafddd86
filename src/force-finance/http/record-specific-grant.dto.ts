import { IsIn, IsString, Matches } from 'class-validator';
import { IsFinancialYear, IsMoney } from '../../http/validation/finance-validators';
import { Omittable } from '../../http/validation/omittable';
import { IsFreeText, IsName } from '../../http/validation/text-validators';
import { NestedObject } from '../../http/validation/nested-object';
import { WriteDto } from '../../http/write.dto';
import { FundsOnCostDto } from './set-establishment.dto';
import { SPECIFIC_GRANT_KINDS, type SpecificGrantKind } from '../force-finance.events';

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
const ID_MESSAGE = 'must be an id of letters, digits, ".", "_", ":" or "-" (at most 100 characters)';

/**
 * One year of a specific or ring-fenced grant (pensions, officer uplift, victims' services): its
 * own funding line in the MTFP, never carried into a later year. Recording the grant and year
 * again supersedes the earlier record.
 */
export class RecordSpecificGrantDto extends WriteDto {
  /** The grant's code, the same every year, e.g. "pensions-grant". */
  @IsString()
  @Matches(ID, { message: ID_MESSAGE })
  grantId!: string;

  /** e.g. "Police pensions grant". */
  @IsName(200)
  name!: string;

  /** specific (paid for a purpose) or ring_fenced (may be spent only on it: must name the spend it funds). */
  @IsIn(SPECIFIC_GRANT_KINDS)
  kind!: SpecificGrantKind;

  /** The year it is paid for; must be in the plan period. */
  @IsFinancialYear()
  year!: string;

  /** Pounds for the year, not negative, e.g. "1900000.00". */
  @IsMoney({ allowNegative: true })
  amount!: string;

  /** The code of the pay or non-pay line of the base budget it funds (that year's base budget must have it). */
  @Omittable()
  @IsString()
  @Matches(ID, { message: ID_MESSAGE })
  fundsBudgetLine?: string;

  /** The id of the cost pressure or growth item it funds (instead of a budget line). */
  @Omittable()
  @IsString()
  @Matches(ID, { message: ID_MESSAGE })
  fundsItem?: string;

  /** The pay group's on-cost it funds (instead of a line or item), e.g. { "group": "officers", "onCost": "pension" } for the pensions grant. */
  @Omittable()
  @NestedObject(() => FundsOnCostDto)
  fundsOnCost?: FundsOnCostDto;

  /** The grant's conditions, e.g. "Paid only if the officer uplift target is met". */
  @Omittable()
  @IsFreeText(500)
  conditions?: string;
}

/** Which year's record of the grant to withdraw. */
export class WithdrawSpecificGrantDto extends WriteDto {
  @IsFinancialYear()
  year!: string;
}
