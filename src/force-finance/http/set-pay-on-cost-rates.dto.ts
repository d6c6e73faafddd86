import { IsFinancialYear, IsRate } from '../../http/validation/finance-validators';
import { WriteDto } from '../../http/write.dto';

/** Employer on-cost rates of pay from a year until set again (each a fraction of pay, e.g. "0.31"). */
export class SetPayOnCostRatesDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  /** Employer rate of the police officers' pension scheme, e.g. "0.31" (31.0 % from 2019/20). */
  @IsRate()
  officersPension!: string;

  /** Employer rate of the LGPS for police staff and PCSOs (the fund's valuation), e.g. "0.18". */
  @IsRate()
  staffPension!: string;

  /** Employer national insurance as an effective rate on pay, e.g. "0.10". */
  @IsRate()
  employerNationalInsurance!: string;
}
