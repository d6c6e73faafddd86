import { InvalidInputError, NotFoundError, RuleViolationError } from '../../common/errors';
import { FinancialYear } from '../../common/financial-year';
import { Money } from '../../common/money';
import { capitalReserveMovement, withCapitalDrawdowns } from '../capital-reserve-movements';
import { reserveBalances } from '../reserve-balances';
import type { RecordCapitalScheme, SetCapitalFinancingAssumptions, WithdrawCapitalScheme } from '../capital-programme.commands';
import type {
  CapitalFinancingAssumptionsSet,
  CapitalFunding,
  CapitalSchemeRecorded,
  CapitalSchemeWithdrawn,
} from '../capital-programme.events';
import type { ForceNames } from '../force-finance.commands';
import type { ForceFinanceState } from '../force-finance.state';
import { formatPounds } from '../format-pounds';
import { requireNonNegative, requirePositive } from '../money-rules';
import { requireYearInPlan } from '../plan-period-rules';

const SOURCES = ['capitalGrant', 'capitalReceipts', 'revenueContribution', 'reserves', 'borrowing'] as const;

/**
 * One year of a capital scheme. Its funding must add up to its cost to the penny (every pound of
 * a capital programme is paid for by something); borrowing needs the asset's life, over which
 * MRP repays it; money from reserves must name a reserve the force has. Recording the same
 * again records nothing; a different record for the scheme and year supersedes (a revision).
 */
export function decideRecordCapitalScheme(
  command: RecordCapitalScheme,
  state: ForceFinanceState,
  { forceName }: ForceNames,
): CapitalSchemeRecorded[] {
  const { schemeId, name, year, funding, assetLifeYears } = command;
  const cost = requirePositive(command.cost, 'cost', `The cost of ${name}`);
  for (const source of SOURCES) requireNonNegative(funding[source], `funding.${source}`, `${name}'s ${source}`);
  const funded = Money.sum(SOURCES.map((source) => funding[source]));
  if (!funded.equals(cost)) {
    throw new RuleViolationError(
      `${name}'s funding adds up to ${formatPounds(funded)}, not its cost of ${formatPounds(cost)}: grant, receipts, revenue contribution, reserves and borrowing must add up to the cost exactly`,
      'funding',
    );
  }
  if (funding.borrowing.isPositive() && assetLifeYears === undefined) {
    throw new RuleViolationError(
      `${name} borrows ${formatPounds(funding.borrowing)}: give the asset's life in years, over which MRP repays it`,
      'assetLifeYears',
    );
  }
  if (assetLifeYears !== undefined && assetLifeYears < 1) {
    throw new RuleViolationError(`An asset's life is at least one year (${assetLifeYears} given)`, 'assetLifeYears');
  }
  requireReserve(state, forceName, name, funding.reserves, funding.reserveId);
  requireYearInPlan(state, forceName, year, 'year');

  const data: CapitalSchemeRecorded['data'] = {
    schemeId,
    name,
    year: year.toString(),
    cost: cost.toExact(),
    funding: fundingData(command),
  };
  if (assetLifeYears !== undefined) data.assetLifeYears = assetLifeYears;
  refuseIfReserveBelowZero(state, data);
  const recorded = state.capitalSchemes?.[data.year]?.[schemeId];
  if (recorded) {
    const { sources: _sources, ...same } = recorded;
    if (canonical(same) === canonical(data)) return [];
  }
  return [{ type: 'CapitalSchemeRecorded.v1', data }];
}

export function decideWithdrawCapitalScheme(
  { schemeId, year }: WithdrawCapitalScheme,
  state: ForceFinanceState,
  { forceName }: ForceNames,
): CapitalSchemeWithdrawn[] {
  if (!state.capitalSchemes?.[year.toString()]?.[schemeId]) {
    throw new NotFoundError(`${forceName} has no capital scheme ${schemeId} recorded for ${year}`);
  }
  return [{ type: 'CapitalSchemeWithdrawn.v1', data: { schemeId, year: year.toString() } }];
}

/** The interest rate on borrowing taken in a year, and the MRP method; setting the same again records nothing. */
export function decideSetCapitalFinancingAssumptions(
  command: SetCapitalFinancingAssumptions,
  state: ForceFinanceState,
  { forceName }: ForceNames,
): CapitalFinancingAssumptionsSet[] {
  const { year, interestRate, mrpMethod } = command;
  if (interestRate.fraction.isNegative())
    throw new RuleViolationError(`An interest rate on borrowing cannot be negative (${interestRate.toExact()} given)`, 'interestRate');
  requireYearInPlan(state, forceName, year, 'year');
  const data = { year: year.toString(), interestRate: interestRate.toExact(), mrpMethod };
  const recorded = state.capitalFinancingAssumptions?.[data.year];
  if (recorded && recorded.interestRate === data.interestRate && recorded.mrpMethod === mrpMethod) return [];
  return [{ type: 'CapitalFinancingAssumptionsSet.v1', data }];
}

function requireReserve(state: ForceFinanceState, forceName: string, name: string, amount: Money, reserveId: string | undefined): void {
  if (reserveId === undefined) {
    if (amount.isPositive()) {
      throw new RuleViolationError(
        `${name} takes ${formatPounds(amount)} from reserves: name the reserve (funding.reserveId)`,
        'funding.reserveId',
      );
    }
    return;
  }
  if (!amount.isPositive())
    throw new InvalidInputError('funding.reserveId', 'give a reserve only where funding.reserves is more than zero');
  if (!state.reserves.some((r) => r.reserveId === reserveId)) {
    throw new RuleViolationError(`${forceName} has no reserve with id ${reserveId}`, 'funding.reserveId');
  }
}

/** Only a balance this scheme makes negative (or more negative) is its fault, as for any drawdown. */
function refuseIfReserveBelowZero(state: ForceFinanceState, data: CapitalSchemeRecorded['data']): void {
  const movement = capitalReserveMovement(data);
  const found = state.reserves.find((r) => r.reserveId === data.funding.reserveId);
  if (!movement || !found) return;
  const reserve = withCapitalDrawdowns(state, found, { schemeId: data.schemeId, year: data.year });
  const year = FinancialYear.parse(data.year, 'year');
  const planEnd = state.planPeriod ? FinancialYear.parse(state.planPeriod.lastYear, 'lastYear') : year;
  const through = planEnd.isAfter(year) ? planEnd : year;
  const before = reserveBalances(reserve, through);
  const after = reserveBalances({ ...reserve, movements: [...reserve.movements, movement] }, through);
  const broken = after.find(
    (y, i) => y.closing.value.isNegative() && (before[i] === undefined || y.closing.value.lessThan(before[i].closing.value)),
  );
  if (!broken) return;
  throw new RuleViolationError(
    `${data.name} would take ${formatPounds(Money.of(data.funding.reserves))} from ${reserve.name}, leaving it at ${formatPounds(broken.closing.value)} at the end of ${broken.year}: a reserve cannot go below zero`,
    'funding.reserves',
  );
}

function fundingData({ funding }: RecordCapitalScheme): CapitalFunding {
  const data: CapitalFunding = {
    capitalGrant: funding.capitalGrant.toExact(),
    capitalReceipts: funding.capitalReceipts.toExact(),
    revenueContribution: funding.revenueContribution.toExact(),
    reserves: funding.reserves.toExact(),
    borrowing: funding.borrowing.toExact(),
  };
  if (funding.reserveId !== undefined) data.reserveId = funding.reserveId;
  return data;
}

/** JSON with keys sorted, so a record read back from the store compares equal whatever its key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
