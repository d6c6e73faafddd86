import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsInt, IsObject, Matches, Max, Min } from 'class-validator';
import { IsFinancialYear } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';
import { MAX_MTFP_YEARS } from '../../mtfp/project-mtfp';
import { SCENARIO_ID } from '../../scenarios/scenario.stream';
import { Omittable } from '../../http/validation/omittable';

/**
 * A stress test to run on the force's MTFP. Distributions and the path count and seed are
 * checked by the stress test itself (parseStressTestParameters), so the answer names the exact
 * parameter that is wrong: a malformed one is 400, one that cannot describe a distribution (min
 * above max, a negative standard deviation) is 422.
 */
export class RunStressTestDto extends WriteDto {
  /**
   * A distribution per variable for every year: payAward, nonPayInflation, grantChange,
   * taxBaseGrowth (decimal fractions) and savingsDelivery (the share delivered), each
   * {"kind":"triangular","min","mode","max"}, {"kind":"normal","mean","sd"} or
   * {"kind":"uniform","min","max"} with decimal strings. A variable left out keeps the plan's rate.
   */
  @IsObject({ message: 'must map variables (payAward, nonPayInflation, grantChange, taxBaseGrowth, savingsDelivery) to distributions' })
  distributions!: Record<string, unknown>;

  /** Distributions for particular years ("2018/19"), replacing those of `distributions` there. */
  @Omittable()
  @IsObject({ message: 'must map years ("2017/18") to distributions' })
  byYear?: Record<string, Record<string, unknown>>;

  /** How many futures to draw: 1 to 100,000 (default 10,000). */
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100_000 }) // checked as a number by the service (unknown here, for its message)
  @Omittable()
  @IsDefined({ message: 'must be a whole number of paths; leave it out for the default' })
  paths?: unknown;

  /** 0 to 4,294,967,295; the same seed and parameters give the same result. One is chosen (and recorded) if left out. */
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 4_294_967_295 })
  @Omittable()
  @IsDefined({ message: 'must be a whole number; leave it out to have one chosen' })
  seed?: unknown;

  /** The first year tested (default: the first year of the plan period). */
  @Omittable()
  @IsFinancialYear()
  from?: string;

  /** How many years (default: to the end of the plan period). */
  @Omittable()
  @IsInt({ message: `must be a whole number of years from 1 to ${MAX_MTFP_YEARS}` })
  @Min(1, { message: `must be a whole number of years from 1 to ${MAX_MTFP_YEARS}` })
  @Max(MAX_MTFP_YEARS, { message: `must be a whole number of years from 1 to ${MAX_MTFP_YEARS}` })
  years?: number;

  /** Run on the plan under one of the force's scenarios instead of the baseline. */
  @Omittable()
  @Matches(SCENARIO_ID, { message: 'must be the id of one of the force’s scenarios' })
  scenario?: string;
}
