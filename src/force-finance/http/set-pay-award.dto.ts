import { IsIn, IsInt, Max, Min } from 'class-validator';
import { IsFinancialYear, IsRate } from '../../http/validation/finance-validators';
import { Omittable } from '../../http/validation/omittable';
import { WriteDto } from '../../http/write.dto';
import { PAY_GROUPS, type PayGroup } from '../force-finance.events';

const MONTH = 'must be a calendar month from 1 (January) to 12 (December), e.g. 9 for September';

/** A pay group's award for a year, from a calendar month, and the year's incremental drift. */
export class SetPayAwardDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  /** officers, staff or pcsos: the pay group whose base-budget pay lines the award moves. */
  @IsIn(PAY_GROUPS, { message: `must be one of ${PAY_GROUPS.join(', ')}` })
  group!: PayGroup;

  /** The award as a fraction, e.g. "0.02" for 2 %. */
  @IsRate()
  rate!: string;

  /** The calendar month it takes effect (1–12); left out: 9, September, so the year bears 7/12 and the next year the full award. */
  @Omittable()
  @IsInt({ message: MONTH })
  @Min(1, { message: MONTH })
  @Max(12, { message: MONTH })
  effectiveMonth?: number;

  /** Incremental drift (progression up pay points) of the year as a fraction, e.g. "0.01"; left out: none. */
  @Omittable()
  @IsRate()
  incrementalDrift?: string;
}
