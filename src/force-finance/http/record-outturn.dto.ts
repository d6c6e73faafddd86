import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';
import { IsFinancialYear, IsMoney } from '../../http/validation/finance-validators';
import { NestedObject } from '../../http/validation/nested-object';
import { Omittable } from '../../http/validation/omittable';
import { IsName } from '../../http/validation/text-validators';
import { WriteDto } from '../../http/write.dto';

export class MonitoredLineDto {
  /** A line of the year's base budget, e.g. "officers-and-staff". */
  @IsName(100)
  code!: string;

  /** The line's outturn in pounds, e.g. "101000000.00"; income as a positive amount. */
  @IsMoney({ allowNegative: true })
  amount!: string;
}

export class MonitoredItemDto {
  /** A budget item that counts in the year, e.g. "daisu". */
  @IsName(100)
  itemId!: string;

  /** The item's outturn in pounds (a saving: what it delivered). */
  @IsMoney({ allowNegative: true })
  amount!: string;
}

/** The year-end actual outturn of a year by line (and item): it supersedes the year's forecasts; a later one restates it. */
export class RecordOutturnDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  /** Lines left out are taken as on budget. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @NestedObject(() => MonitoredLineDto, { each: true })
  lines!: MonitoredLineDto[];

  @Omittable()
  @IsArray()
  @ArrayMaxSize(1000)
  @NestedObject(() => MonitoredItemDto, { each: true })
  items?: MonitoredItemDto[];
}
