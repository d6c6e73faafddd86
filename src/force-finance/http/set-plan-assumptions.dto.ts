import { IsFinancialYear, IsRate } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';

/** Rates are decimal fractions: "0.01" is 1 %. */
export class SetPlanAssumptionsDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  /** Pay award applied to pay lines this year, e.g. "0.01". */
  @IsRate()
  payAward!: string;

  /** Inflation applied to non-pay lines, e.g. "0.02". */
  @IsRate()
  nonPayInflation!: string;

  /** Change applied to income lines, e.g. "0.01". */
  @IsRate()
  incomeInflation!: string;

  /** Assumed change in core and formula grant where no settlement is recorded, e.g. "-0.013". */
  @IsRate()
  grantChange!: string;

  /** Assumed growth of the tax base where none is recorded, e.g. "0.008". */
  @IsRate()
  taxBaseGrowth!: string;
}
