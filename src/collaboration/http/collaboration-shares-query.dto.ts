import { ApiProperty } from '@nestjs/swagger';
import { IsFinancialYear } from '../../http/validation/finance-validators';
import { ScenarioOfForceQueryDto } from '../../planning/scenario-param';

export class CollaborationSharesQueryDto extends ScenarioOfForceQueryDto {
  /** The year whose budgets are shared, e.g. "2016/17". */
  @ApiProperty({ description: 'the year whose budgets are shared, e.g. 2016/17' })
  @IsFinancialYear()
  year!: string;
}
