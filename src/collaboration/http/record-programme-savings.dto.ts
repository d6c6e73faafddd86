import { IsIn, ValidateIf } from 'class-validator';
import { IsFinancialYear, IsMoney } from '../../http/validation/finance-validators';
import { IsRequiredText, OnlyForKinds } from '../../http/validation/field-validators';
import { Omittable } from '../../http/validation/omittable';
import { SAVINGS_RECURRENCES, type SavingsRecurrence } from '../board-settings.events';

export const SAVINGS_FIGURE_KINDS = ['planned', 'forecast', 'realised'] as const;
export type SavingsFigureKind = (typeof SAVINGS_FIGURE_KINDS)[number];

/**
 * One savings figure of a programme for a year: the business case's plan, a forecast revision
 * (with its reason) or what was realised (with its evidence). Not a WriteDto: `reason` is
 * required for a forecast here, where it is the revision's recorded reason as well as the
 * write's; for the other kinds it is optional, as on every write.
 */
export class RecordProgrammeSavingsDto {
  @IsIn(SAVINGS_FIGURE_KINDS, { message: `must be one of ${SAVINGS_FIGURE_KINDS.join(', ')}` })
  kind!: SavingsFigureKind;

  @IsFinancialYear()
  year!: string;

  /** The year's saving in pounds ("2100000.00"). */
  @IsMoney()
  amount!: string;

  /** Why: required for a forecast revision ("savings released more slowly than expected"). */
  @ValidateIf((o: RecordProgrammeSavingsDto) => o.kind === 'forecast' || o.reason !== undefined)
  @IsRequiredText({ maxLength: 1000, whenMissing: 'is required for a forecast: say why the forecast changed' })
  reason?: string;

  /** For realised savings only: what shows the saving was made (an outturn report, say). */
  @ValidateIf((o: RecordProgrammeSavingsDto) => o.kind === 'realised' || o.evidence !== undefined)
  @OnlyForKinds(['realised'])
  @IsRequiredText({ maxLength: 1000, whenMissing: 'is required for realised savings: say what shows the saving was made' })
  evidence?: string;

  /**
   * For a plan only: whether this year's figure is an incremental saving that recurs in every later
   * year, or a one-off saving of this year only. Left out, the year follows the programme's recurrence.
   */
  @Omittable()
  @OnlyForKinds(['planned'])
  @IsIn(SAVINGS_RECURRENCES, { message: `must be one of ${SAVINGS_RECURRENCES.join(', ')}` })
  recurrence?: SavingsRecurrence;
}
