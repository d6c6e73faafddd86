import { IsIn, ValidateIf } from 'class-validator';
import { IsFinancialYear, IsMoney, IsRate } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';
import { PRECEPT_ASSUMPTION_KINDS, type PreceptAssumptionKind } from '../force-finance.events';

/** How the plan assumes Band D moves in a year whose precept is not yet approved. */
export class SetPreceptAssumptionDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  /** freeze, percentage (with `rate`), pound (with `amount`) or max_without_referendum (the year's referendum principles for this PCC). */
  @IsIn(PRECEPT_ASSUMPTION_KINDS, { message: `must be one of ${PRECEPT_ASSUMPTION_KINDS.join(', ')}` })
  kind!: PreceptAssumptionKind;

  /** A percentage assumption's change to Band D as a fraction, e.g. "0.0199"; only with kind percentage. */
  @ValidateIf((o: SetPreceptAssumptionDto) => o.kind === 'percentage' || o.rate !== undefined)
  @IsRate()
  rate?: string;

  /** A pound assumption's change to Band D in pounds and pence, e.g. "5.00" (may be negative); only with kind pound. */
  @ValidateIf((o: SetPreceptAssumptionDto) => o.kind === 'pound' || o.amount !== undefined)
  @IsMoney({ allowNegative: true })
  amount?: string;
}
