import { IsIn } from 'class-validator';
import { RecordOutturnDto } from './record-outturn.dto';

/** 1 = April … 12 = March: one check, so a wrong value gets one message. */
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** A forecast outturn of a year by line (and item), as at a budget-monitoring month; a later forecast supersedes it. */
export class RecordForecastOutturnDto extends RecordOutturnDto {
  /** The budget-monitoring period: 1 = April … 6 = September … 12 = March. */
  @IsIn(MONTHS, { message: 'must be the budget-monitoring month, a whole number from 1 (April) to 12 (March)' })
  asAtMonth!: number;
}
