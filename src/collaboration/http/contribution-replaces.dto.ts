import { ArrayMaxSize, ArrayUnique, IsArray } from 'class-validator';
import { IsFreeText, IsName } from '../../http/validation/text-validators';

/** Enough for any base budget's spending lines; a longer list is a mistake. */
const MAX_LINES = 200;

/**
 * Which of the force's own base-budget lines its contribution to the alliance's joint units
 * replaces (pay or non-pay line codes, as in its base budgets). An empty list undoes the marking.
 * Not a WriteDto: the reason is required.
 */
export class ContributionReplacesDto {
  /** e.g. ["bch-joint-units"]: left out of the MTFP from the first year the force contributes. */
  @IsArray()
  @ArrayMaxSize(MAX_LINES)
  @ArrayUnique({ message: 'must not name a line twice' })
  @IsName(100, { each: true })
  lineCodes!: string[];

  /** Why these lines are the contribution (recorded in the event). */
  @IsFreeText(1000, { min: 1 })
  reason!: string;
}
