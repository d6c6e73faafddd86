import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/** Every read here may be asked as the plan stood at a past moment (see http/as-of.ts). */
export class AsOfQueryDto {
  /** An ISO time ("2017-02-01T18:00:00Z") or a global position ("1234"); omitted means now. */
  @ApiPropertyOptional({ description: 'ISO time or global position: the answer as it stood then (default: now)' })
  @IsOptional()
  @IsString({ message: 'must be given once, as an ISO time or a global position' })
  asOf?: string;
}
