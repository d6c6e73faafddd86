import { IsIn, IsString, Matches } from 'class-validator';
import { IsFinancialYear, IsMoney } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';
import { RESERVE_KINDS, RESERVE_PURPOSE_CATEGORIES, type ReserveKind, type ReservePurposeCategory } from '../force-finance.events';
import { Omittable } from '../../http/validation/omittable';
import { IsFreeText, IsName } from '../../http/validation/text-validators';

/**
 * Opens a reserve. Its id is a short code the finance team chooses, such as "budget-support" –
 * the name it has in the reserves strategy – so it reads well in URLs, movements and the MTFP,
 * and a retried open cannot create a second reserve.
 */
export class OpenReserveDto extends WriteDto {
  /** Code used in URLs and the MTFP, e.g. "budget-support", "general", "specific-change". */
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,59}$/, {
    message: 'must be a short code of lower-case letters, digits and hyphens, e.g. "budget-support"',
  })
  reserveId!: string;

  /** e.g. "Base-budget support reserve". */
  @IsName(200)
  name!: string;

  /** general (contingency) or earmarked (for a stated purpose). */
  @IsIn(RESERVE_KINDS)
  kind!: ReserveKind;

  /** What it is held for. */
  @Omittable()
  @IsFreeText(500)
  purpose?: string;

  /** Balance at the start of `asAtYear`, in pounds, e.g. "25300000.00". */
  @IsMoney({ allowNegative: true })
  openingBalance!: string;

  /** The year whose opening balance this is; must be in the plan period. */
  @IsFinancialYear()
  asAtYear!: string;

  /**
   * Its purpose under the Home Office reserves guidance (2018): within_mtfp (earmarked for planned
   * spend within the MTFP), beyond_mtfp (earmarked for projects beyond it) or contingency (general).
   * A general reserve can only be contingency. Left out, the reserve is shown as unclassified.
   */
  @Omittable()
  @IsIn(RESERVE_PURPOSE_CATEGORIES)
  purposeCategory?: ReservePurposeCategory;
}
