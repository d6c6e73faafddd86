import { IsIn, IsInt, IsString, Matches, Max } from 'class-validator';
import { IsFinancialYear, IsMoney, IsRate } from '../../http/validation/finance-validators';
import { NestedObject } from '../../http/validation/nested-object';
import { Omittable } from '../../http/validation/omittable';
import { IsName } from '../../http/validation/text-validators';
import { WriteDto } from '../../http/write.dto';
import { MRP_METHODS, type MrpMethod } from '../capital-programme.events';
import { MAX_ASSET_LIFE_YEARS } from './capital-programme.to-command';

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
const ID_MESSAGE = 'must be an id of letters, digits, ".", "_", ":" or "-" (at most 100 characters)';

/** How the year's spend is paid for, in pounds: the five must add up to the cost exactly (else 422). */
export class CapitalFundingDto {
  /** e.g. the Home Office police capital grant. */
  @IsMoney({ allowNegative: true })
  capitalGrant!: string;

  /** From selling assets. */
  @IsMoney({ allowNegative: true })
  capitalReceipts!: string;

  /** Revenue contribution to capital outlay (RCCO): charged to the revenue budget of the year. */
  @IsMoney({ allowNegative: true })
  revenueContribution!: string;

  /** From the reserve named in reserveId: a planned drawdown of it in the year. */
  @IsMoney({ allowNegative: true })
  reserves!: string;

  /** The reserve the reserves part comes from (needed when reserves is more than zero; the force must hold it). */
  @Omittable()
  @IsString()
  @Matches(ID, { message: ID_MESSAGE })
  reserveId?: string;

  /** Prudential borrowing: MRP and interest in the revenue budget from the year after. */
  @IsMoney({ allowNegative: true })
  borrowing!: string;
}

/**
 * One year of a capital scheme and its funding. Recording the scheme and year again revises it.
 * Borrowing costs the revenue budget straight-line MRP (borrowing ÷ assetLifeYears, each year from
 * the year after the spend, for the life) and interest at the spend year's rate on what MRP has not
 * yet provided for at the start of each year.
 */
export class RecordCapitalSchemeDto extends WriteDto {
  /** The scheme's code, the same every year it spends, e.g. "estates-2016". */
  @IsString()
  @Matches(ID, { message: ID_MESSAGE })
  schemeId!: string;

  @IsName(200)
  name!: string;

  /** The year of the spend; must be in the plan period. */
  @IsFinancialYear()
  year!: string;

  /** The year's spend on the scheme, more than zero, e.g. "1500000.00". */
  @IsMoney({ allowNegative: true })
  cost!: string;

  @NestedObject(() => CapitalFundingDto)
  funding!: CapitalFundingDto;

  /** Whole years, for MRP; needed (at least 1) when borrowing is more than zero. */
  @Omittable()
  @IsInt()
  @Max(MAX_ASSET_LIFE_YEARS)
  assetLifeYears?: number;
}

/** Which year's record of the scheme to withdraw. */
export class WithdrawCapitalSchemeDto extends WriteDto {
  @IsFinancialYear()
  year!: string;
}

/** The interest rate on borrowing taken in a year (fixed for its life) and the MRP method, until set again. */
export class SetCapitalFinancingAssumptionsDto extends WriteDto {
  @IsFinancialYear()
  year!: string;

  /** A fraction, e.g. "0.03" (3 %). */
  @IsRate({ min: '0', max: '1' })
  interestRate!: string;

  /** straight_line: borrowing ÷ the asset's life, each year from the year after the spend. */
  @IsIn(MRP_METHODS, { message: `must be one of ${MRP_METHODS.join(', ')}` })
  mrpMethod!: MrpMethod;
}
