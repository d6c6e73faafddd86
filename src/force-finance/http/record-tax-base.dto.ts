import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';
import { IsFinancialYear, IsQuantity } from '../../http/validation/finance-validators';
import { NestedObject } from '../../http/validation/nested-object';
import { Omittable } from '../../http/validation/omittable';
import { IsName } from '../../http/validation/text-validators';
import { WriteDto } from '../../http/write.dto';

export class BillingAuthorityTaxBaseDto {
  /** A short code, e.g. "dacorum". */
  @IsName(100)
  code!: string;

  /** e.g. "Dacorum Borough Council". */
  @IsName(200)
  name!: string;

  /** Its tax base in Band D equivalents, e.g. "56000.5". */
  @IsQuantity()
  bandDEquivalents!: string;
}

export class RecordTaxBaseDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  /** The force area's tax base in Band D equivalents, as a decimal string, e.g. "420000" or "419876.5". */
  @IsQuantity()
  bandDEquivalents!: string;

  /** Optional: the tax base by billing authority (they must add up to bandDEquivalents); the MTFP then shows the precept each is issued. */
  @Omittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @NestedObject(() => BillingAuthorityTaxBaseDto, { each: true })
  billingAuthorities?: BillingAuthorityTaxBaseDto[];
}
