import type { Dec } from '../common/decimal';
import type { Rate } from '../common/rate';
import { mergeSources, sourcedMoney, sumSourced, type SourcedMoney } from '../force-finance/sourced-money';

/**
 * Every figure the engines put out carries `sources`: the ids of the events it came from, so a
 * finance officer can follow any number back to the decisions behind it in one hop.
 */
export type MoneyFigure = SourcedMoney;

export interface RateFigure {
  value: Rate;
  sources: string[];
}

/** A quantity that is neither money nor a rate, such as a tax base in Band D equivalents. */
export interface QuantityFigure {
  value: Dec;
  sources: string[];
}

export { mergeSources, sourcedMoney as moneyFigure, sumSourced as sumFigures };
