import { IsFinancialYear } from '../../http/validation/finance-validators';
import { IsFreeText } from '../../http/validation/text-validators';

/**
 * The board re-sets a unit's shares for a year from the members' net revenue budgets as they
 * stand now. Needs a reason, recorded in the event. Not a WriteDto: there the reason is optional.
 */
export class FixUnitSharesDto {
  /** The financial year whose shares are re-set ("2016/17"). */
  @IsFinancialYear()
  year!: string;

  /** Why the board re-sets them (a restated budget it agrees to take into account, say). */
  @IsFreeText(1000, { min: 1 })
  reason!: string;
}
