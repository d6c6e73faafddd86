import type { EventRef } from '../../event-sourcing/decider';
import { inflationCategoryRatesSet } from './inflation-categories';
import type { ForceFinanceEvent } from '../force-finance.events';
import type { ForceFinanceState } from '../force-finance.state';
import { baseBudgetSet, budgetItemAdded, budgetItemRevised, budgetItemWithdrawn, planAssumptionsSet } from './budget';
import { forecastOutturnRecorded, outturnRecorded } from './budget-monitoring';
import { sourcesOf, withFact } from './evolve-facts';
import { payAwardSet, payOnCostRatesSet } from './pay-awards';
import { establishmentSet } from './establishment';
import { collectionFundRecorded, grantSettlementRecorded, preceptAssumptionSet, preceptRecorded, taxBaseRecorded } from './funding';
import { specificGrantRecorded, specificGrantWithdrawn } from './specific-grants';
import { capitalFinancingAssumptionsSet, capitalSchemeRecorded, capitalSchemeWithdrawn } from './capital-programme';
import { minimumGeneralReserveSet, reserveMovementRecorded, reserveOpened, reservePurposeCategorised } from './reserves';

/**
 * Folds one event into a force's finance facts; never mutates the state it is given. Each
 * event family has its own small functions in evolve/ (written for speed: see evolve-facts.ts).
 */
export function evolveForceFinance(state: ForceFinanceState, event: ForceFinanceEvent, ref?: EventRef): ForceFinanceState {
  switch (event.type) {
    case 'PlanPeriodSet.v1':
      return withFact(state, 'planPeriod', { firstYear: event.data.firstYear, lastYear: event.data.lastYear, sources: sourcesOf(ref) });
    case 'BaseBudgetSet.v1':
      return baseBudgetSet(state, event.data, ref);
    case 'PlanAssumptionsSet.v1':
      return planAssumptionsSet(state, event.data, ref);
    case 'BudgetItemAdded.v1':
      return budgetItemAdded(state, event.data, ref);
    case 'BudgetItemRevised.v1':
      return budgetItemRevised(state, event.data, ref);
    case 'BudgetItemWithdrawn.v1':
      return budgetItemWithdrawn(state, event.data, ref);
    case 'GrantSettlementRecorded.v1':
      return grantSettlementRecorded(state, event.data, ref);
    case 'TaxBaseRecorded.v1':
      return taxBaseRecorded(state, event.data, ref);
    case 'CollectionFundRecorded.v1':
      return collectionFundRecorded(state, event.data, ref);
    case 'PreceptRecorded.v1':
      return preceptRecorded(state, event.data, ref);
    case 'ReserveOpened.v1':
      return reserveOpened(state, event.data, ref);
    case 'ReserveMovementRecorded.v1':
      return reserveMovementRecorded(state, event.data, ref);
    case 'MinimumGeneralReserveSet.v1':
      return minimumGeneralReserveSet(state, event.data, ref);
    case 'PreceptAssumptionSet.v1':
      return preceptAssumptionSet(state, event.data, ref);
    case 'PayAwardSet.v1':
      return payAwardSet(state, event.data, ref);
    case 'PayOnCostRatesSet.v1':
      return payOnCostRatesSet(state, event.data, ref);
    case 'ReservePurposeCategorised.v1':
      return reservePurposeCategorised(state, event.data, ref);
    case 'ForecastOutturnRecorded.v1':
      return forecastOutturnRecorded(state, event.data, ref);
    case 'OutturnRecorded.v1':
      return outturnRecorded(state, event.data, ref);
    case 'SpecificGrantRecorded.v1':
      return specificGrantRecorded(state, event.data, ref);
    case 'SpecificGrantWithdrawn.v1':
      return specificGrantWithdrawn(state, event.data);
    case 'EstablishmentSet.v1':
      return establishmentSet(state, event.data, ref);
    case 'CapitalSchemeRecorded.v1':
      return capitalSchemeRecorded(state, event.data, ref);
    case 'CapitalSchemeWithdrawn.v1':
      return capitalSchemeWithdrawn(state, event.data);
    case 'CapitalFinancingAssumptionsSet.v1':
      return capitalFinancingAssumptionsSet(state, event.data, ref);
    case 'InflationCategoryRatesSet.v1':
      return inflationCategoryRatesSet(state, event.data, ref);
    default: {
      // The compiler proves every event type is handled; at run time an event this version
      // does not know (written by a newer one) leaves the facts as they are rather than
      // stopping a projection.
      const _unknown: never = event;
      return state;
    }
  }
}
