import { IsBoolean, IsIn } from 'class-validator';
import { IsFinancialYear, IsMoney } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';
import { MOVEMENT_BASES, MOVEMENT_DIRECTIONS, type MovementBasis, type MovementDirection } from '../force-finance.events';
import { Omittable } from '../../http/validation/omittable';
import { IsFreeText } from '../../http/validation/text-validators';

/** A drawdown from or contribution to a reserve; the server gives it a movementId (returned). */
export class RecordReserveMovementDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  @IsIn(MOVEMENT_DIRECTIONS)
  direction!: MovementDirection;

  /** planned (the MTFP) or actual (the outturn: replaces the year's planned movements in the same direction). */
  @IsIn(MOVEMENT_BASES)
  basis!: MovementBasis;

  /** Pounds, more than zero, e.g. "4450000.00". */
  @IsMoney({ allowNegative: true })
  amount!: string;

  /** true when the drawdown funds the revenue budget (reduces the gap) or the contribution is made from it (adds to it). Default false. */
  @Omittable()
  @IsBoolean()
  supportsRevenueBudget?: boolean;

  @Omittable()
  @IsFreeText(500)
  description?: string;
}
