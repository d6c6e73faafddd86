import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { IsFinancialYear } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';
import {
  BASIS_DISCRIMINATOR,
  FixedBasisDto,
  MeasureBasisDto,
  NetRevenueBudgetBasisDto,
  UnknownBasisDto,
  type CostShareBasisDto,
} from './cost-share-basis.dto';
import { NestedObject } from '../../http/validation/nested-object';

@ApiExtraModels(FixedBasisDto, NetRevenueBudgetBasisDto, MeasureBasisDto)
export class SetCostShareBasisDto extends WriteDto {
  /** The first year the basis applies; it holds until a basis from a later year takes over. */
  @IsFinancialYear()
  fromYear!: string;

  @ApiProperty({ oneOf: [FixedBasisDto, NetRevenueBudgetBasisDto, MeasureBasisDto].map((m) => ({ $ref: getSchemaPath(m) })) })
  @NestedObject(() => ({ property: BASIS_DISCRIMINATOR.property, kinds: BASIS_DISCRIMINATOR.subTypes, otherwise: UnknownBasisDto }))
  basis!: CostShareBasisDto;
}
