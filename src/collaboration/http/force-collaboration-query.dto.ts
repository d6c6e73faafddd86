import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { IsFinancialYear } from '../../http/validation/finance-validators';
import { ScenarioQueryDto } from '../../planning/scenario-param';

/** Four years, as an MTFP usually runs, unless asked otherwise. */
export const DEFAULT_COLLABORATION_YEARS = 4;

export class ForceCollaborationQueryDto extends ScenarioQueryDto {
  /** The first year shown, e.g. "2016/17". */
  @ApiProperty({ description: 'the first year shown, e.g. 2016/17' })
  @IsFinancialYear()
  from!: string;

  /** How many years to show, 1 to 20 (default 4). */
  @ApiPropertyOptional({ description: 'how many years, 1 to 20 (default 4)' })
  @IsOptional()
  @Matches(/^(?:[1-9]|1\d|20)$/, { message: 'must be a whole number of years from 1 to 20' })
  years?: string;
}
