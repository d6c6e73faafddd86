import { IsFinancialYear, IsMoney } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';

/** The year's police grant settlement, in pounds. Re-recording a year replaces it. */
export class RecordGrantSettlementDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  /** Home Office police core grant. */
  @IsMoney({ allowNegative: true })
  coreGrant!: string;

  /** Ex-DCLG formula funding. */
  @IsMoney({ allowNegative: true })
  formulaGrant!: string;

  /** Legacy council tax grants (freeze grants, council tax support): carried flat into later years. */
  @IsMoney({ allowNegative: true })
  legacyCouncilTaxGrants!: string;

  /** Other general (un-ringfenced) grants: carried flat into later years. */
  @IsMoney({ allowNegative: true })
  otherGeneralGrants!: string;
}
