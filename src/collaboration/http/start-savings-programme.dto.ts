import { IsBoolean, IsIn } from 'class-validator';
import { SAVINGS_RECURRENCES, type SavingsRecurrence } from '../board-settings.events';
import { IsFinancialYear } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';
import { IsCollaborationCode } from '../../http/validation/field-validators';
import { Omittable } from '../../http/validation/omittable';
import { IsName } from '../../http/validation/text-validators';

export class StartSavingsProgrammeDto extends WriteDto {
  /** Short code used in URLs, e.g. "jps-savings". */
  @IsCollaborationCode()
  code!: string;

  /** e.g. "Joint Protective Services". */
  @IsName(200)
  name!: string;

  /** The unit whose cost shares split the savings; without one they are shared equally between members. */
  @Omittable()
  @IsCollaborationCode()
  unit?: string;

  /** Cashable savings come out of budgets and so reduce members' MTFPs; non-cashable ones do not. */
  @IsBoolean()
  cashable!: boolean;

  /** The first year of the programme, e.g. "2012/13". */
  @IsFinancialYear()
  startYear!: string;

  /** The senior responsible owner. */
  @Omittable()
  @IsName(200)
  owner?: string;

  /**
   * Whether each year's figure is an incremental saving that recurs in every later year, or a
   * one-off saving of its year only. Default one_off.
   */
  @Omittable()
  @IsIn(SAVINGS_RECURRENCES, { message: `must be one of ${SAVINGS_RECURRENCES.join(', ')}` })
  recurrence?: SavingsRecurrence;
}
