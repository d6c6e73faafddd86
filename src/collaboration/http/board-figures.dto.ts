import { IsFinancialYear, IsMoney } from '../../http/validation/finance-validators';
import { IsRequiredText } from '../../http/validation/field-validators';
import { WriteDto } from '../../http/write.dto';

/** A programme's one-off costs to achieve for a year, in pounds; `reason` is required (cite the business case or budget). */
export class SetCostsToAchieveDto {
  @IsFinancialYear()
  year!: string;

  /** The year's costs to achieve in pounds ("600000.00"); recording a year again replaces it. A negative figure is a broken finance rule (422, from decide), not malformed input. */
  @IsMoney({ allowNegative: true })
  amount!: string;

  @IsRequiredText({ maxLength: 1000, whenMissing: 'is required: say where the costs to achieve come from' })
  reason!: string;
}

/** What a unit actually spent in a year, in pounds; `reason` is required (cite the outturn report). */
export class RecordUnitOutturnDto {
  @IsFinancialYear()
  year!: string;

  /** The year's outturn in pounds ("29750000.00"); recording a year again replaces it. A negative figure is refused by decide (422). */
  @IsMoney({ allowNegative: true })
  amount!: string;

  @IsRequiredText({ maxLength: 1000, whenMissing: 'is required: say which outturn report the figure comes from' })
  reason!: string;
}

/** Why a programme's savings for a year differ from plan; a later explanation supersedes an earlier one. */
export class ExplainSavingsVarianceDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  @IsRequiredText({ maxLength: 2000, whenMissing: "is required: say why the year's savings differ from plan" })
  explanation!: string;
}
