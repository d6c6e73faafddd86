import { IsIn } from 'class-validator';
import { IsRate } from '../../http/validation/finance-validators';
import { IsRequiredText } from '../../http/validation/field-validators';
import { SAVINGS_RECURRENCES, type SavingsRecurrence } from '../board-settings.events';

/** Whether a programme's yearly figures are incremental savings that recur, or one-off; `reason` is required (cite the business case). */
export class SetSavingsRecurrenceDto {
  @IsIn(SAVINGS_RECURRENCES, { message: `must be one of ${SAVINGS_RECURRENCES.join(', ')}` })
  recurrence!: SavingsRecurrence;

  @IsRequiredText({ maxLength: 1000, whenMissing: 'is required: say where the programme says its savings recur (or not)' })
  reason!: string;
}

/** The board's RAG thresholds as fractions of plan ("0.95" is 95 %); `reason` is required (the board's decision). */
export class SetRagThresholdsDto {
  /** Delivery at or above this is green. */
  @IsRate({ min: '0', max: '1' })
  green!: string;

  /** Delivery at or above this, below green, is amber; below it red. Not above green. */
  @IsRate({ min: '0', max: '1' })
  amber!: string;

  @IsRequiredText({ maxLength: 1000, whenMissing: 'is required: say which board decision set these thresholds' })
  reason!: string;
}
