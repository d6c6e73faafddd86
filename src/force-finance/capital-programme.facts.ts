import type { CapitalFunding, MrpMethod } from './capital-programme.events';
import type { Sourced } from './sourced';

/** A capital scheme's record for one year (the latest: a re-record supersedes). */
export interface CapitalSchemeFact extends Sourced {
  schemeId: string;
  name: string;
  year: string;
  cost: string;
  funding: CapitalFunding;
  assetLifeYears?: number;
}

export interface CapitalFinancingAssumptionsFact extends Sourced {
  year: string;
  interestRate: string;
  mrpMethod: MrpMethod;
}
