import { IsIn } from 'class-validator';
import { WriteDto } from '../../http/write.dto';
import { RESERVE_PURPOSE_CATEGORIES, type ReservePurposeCategory } from '../force-finance.events';

/** What a reserve is for under the Home Office reserves guidance (2018). */
export class CategoriseReservePurposeDto extends WriteDto {
  /** within_mtfp, beyond_mtfp or contingency (a general reserve can only be contingency). */
  @IsIn(RESERVE_PURPOSE_CATEGORIES)
  purposeCategory!: ReservePurposeCategory;
}
