import type { FundsOnCost, SpecificGrantKind } from '../force-finance/force-finance.events';
import type { MoneyFigure } from './figure';

/** A specific grant shown beside the spend it funds. */
export interface MtfpFundedBy {
  grantId: string;
  name: string;
  kind: SpecificGrantKind;
  amount: MoneyFigure;
}

/** A specific or ring-fenced grant's line for the year (recorded for the year; never carried). */
export interface MtfpSpecificGrant {
  grantId: string;
  name: string;
  kind: SpecificGrantKind;
  amount: MoneyFigure;
  /** The spend it is tied to – a base-budget line (`budgetLine`), a budget item (`item`) or a pay group's on-cost (`onCost`) – and that spend in the year; null when untied. */
  funds: { budgetLine?: string; item?: string; onCost?: FundsOnCost; name: string; spend: MoneyFigure } | null;
  conditions?: string;
}
