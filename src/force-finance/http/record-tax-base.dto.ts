import { IsFinancialYear, IsQuantity } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';

export class RecordTaxBaseDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  /** The force area's tax base in Band D equivalents, as a decimal string, e.g. "420000" or "419876.5". */
  @IsQuantity()
  bandDEquivalents!: string;
}
