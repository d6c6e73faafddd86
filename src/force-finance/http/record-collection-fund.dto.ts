import { IsFinancialYear, IsMoney } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';

export class RecordCollectionFundDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  /** The force's share of the billing councils' collection fund: a surplus positive ("600000.00"), a deficit negative ("-150000.00"). */
  @IsMoney({ allowNegative: true })
  amount!: string;
}
