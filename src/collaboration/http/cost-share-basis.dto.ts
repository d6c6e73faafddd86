import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, Equals, IsArray, IsIn } from 'class-validator';
import { IsFinancialYear, IsQuantity, IsRate } from '../../http/validation/finance-validators';
import { COST_SHARE_BASIS_KINDS, MEASURE_BASIS_KINDS, type CostShareBasisKind, type MeasureBasisKind } from '../cost-share-basis';
import { IsForceCode } from '../../http/validation/field-validators';
import { MAX_ALLIANCE_MEMBERS } from './form-alliance.dto';
import { NestedObject } from '../../http/validation/nested-object';

/**
 * A cost-share basis as a discriminated union on `kind`: class-transformer picks the class for
 * the kind (see BASIS_DISCRIMINATOR), so each kind is validated with its own fields and a field
 * of another kind is refused as unknown. Whether fixed shares total 100 % and whether the forces
 * are members is for the alliance to decide (422), not a matter of shape.
 */

export class FixedShareDto {
  @IsForceCode()
  force!: string;

  /** The agreed share as a decimal fraction: "0.35" is 35 %. */
  @IsRate({ min: '0', max: '1' })
  share!: string;
}

export class MeasureFigureDto {
  @IsForceCode()
  force!: string;

  /** The force's population, headcount or usage as a decimal string; leave a force out to give it no share. */
  @IsQuantity()
  value!: string;
}

/** Agreed fixed shares that total exactly 1. */
export class FixedBasisDto {
  @ApiProperty({ enum: ['fixed'] }) // the discriminator, stated for builds without the Swagger plugin (the tests')
  @Equals('fixed')
  kind!: 'fixed';

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ALLIANCE_MEMBERS)
  @NestedObject(() => FixedShareDto, { each: true })
  percentages!: FixedShareDto[];
}

/** In proportion to members' net revenue expenditure for a stated year, read from their MTFPs. */
export class NetRevenueBudgetBasisDto {
  @ApiProperty({ enum: ['net_revenue_budget'] })
  @Equals('net_revenue_budget')
  kind!: 'net_revenue_budget';

  /** Whose budgets: e.g. "2015/16". */
  @IsFinancialYear()
  year!: string;
}

/** In proportion to a measure recorded with the basis: population, headcount or usage. */
export class MeasureBasisDto {
  @ApiProperty({ enum: MEASURE_BASIS_KINDS })
  @IsIn(MEASURE_BASIS_KINDS)
  kind!: MeasureBasisKind;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ALLIANCE_MEMBERS)
  @NestedObject(() => MeasureFigureDto, { each: true })
  figures!: MeasureFigureDto[];
}

/** What a basis of no known kind (or none) is read as, so the answer names the kinds there are. */
export class UnknownBasisDto {
  @IsIn(COST_SHARE_BASIS_KINDS, { message: `must be one of ${COST_SHARE_BASIS_KINDS.join(', ')}` })
  kind!: CostShareBasisKind;
}

export type CostShareBasisDto = FixedBasisDto | NetRevenueBudgetBasisDto | MeasureBasisDto;

export const BASIS_DISCRIMINATOR = {
  property: 'kind',
  subTypes: [
    { value: FixedBasisDto, name: 'fixed' },
    { value: NetRevenueBudgetBasisDto, name: 'net_revenue_budget' },
    ...MEASURE_BASIS_KINDS.map((name) => ({ value: MeasureBasisDto, name })),
  ],
};
