import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn } from 'class-validator';
import { IsFinancialYear, IsRate } from '../../http/validation/finance-validators';
import { NestedObject } from '../../http/validation/nested-object';
import { WriteDto } from '../../http/write.dto';
import { INFLATION_CATEGORIES, type InflationCategory } from '../force-finance.events';

export class InflationCategoryRateDto {
  /** One of energy, fuel, ict_contracts, general_cpi. */
  @IsIn(INFLATION_CATEGORIES, { message: `must be one of ${INFLATION_CATEGORIES.join(', ')}` })
  category!: InflationCategory;

  /** The year's rate as a decimal fraction, e.g. "0.08" (8 %). */
  @IsRate()
  rate!: string;
}

/** The force's inflation rates by named category for a year; setting a year again replaces all its rates. */
export class SetInflationCategoryRatesDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(INFLATION_CATEGORIES.length)
  @NestedObject(() => InflationCategoryRateDto, { each: true })
  rates!: InflationCategoryRateDto[];
}
