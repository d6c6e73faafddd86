import type { Dec } from '../common/decimal';
import type { Money } from '../common/money';
import type { MemberSavingsFigures } from '../collaboration/programme-savings';
import type { NetBenefit } from './net-benefit';
import type { RagStatus } from './rag-thresholds';

/** A programme's (or a total's) savings figures: see benefits-realisation.ts for their definitions. */
export interface BenefitsFigures {
  planned: Money;
  forecast: Money;
  /** Null while nothing has been realised. */
  realised: Money | null;
  bestEstimate: Money;
  variance: Money;
  delivery: Dec | null;
  rag: RagStatus | null;
}

export interface MemberBenefits extends MemberSavingsFigures, NetBenefit {
  /** The member's share in that year; absent on totals over several years. */
  share?: Dec;
  /** On a year: the member's part of the programme's effect on that year's budget (see ProgrammeYearBenefits). */
  budgetEffect?: Money;
}
