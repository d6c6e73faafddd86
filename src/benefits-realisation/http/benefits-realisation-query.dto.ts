import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { ScenarioOfForceQueryDto } from '../../planning/scenario-param';

/**
 * A what-if only: RAG thresholds other than the board's (recorded with PUT
 * /alliances/{a}/rag-thresholds), as fractions of plan; ragThresholds() reads and checks them
 * (amber not above green). Without them the board's thresholds apply, else 95 % / 80 %.
 */
export class BenefitsRealisationQueryDto extends ScenarioOfForceQueryDto {
  /** Delivery at or above this is green; default "0.95" (95 % of plan). */
  @ApiPropertyOptional({ description: 'delivery at or above this share of plan is green (default 0.95)' })
  @IsOptional()
  @IsString()
  green?: string;

  /** Delivery at or above this, below green, is amber; below it red. Default "0.80". */
  @ApiPropertyOptional({ description: 'delivery at or above this, below green, is amber (default 0.80)' })
  @IsOptional()
  @IsString()
  amber?: string;
}
