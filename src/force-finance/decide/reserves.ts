import { FinancialYear } from '../../common/financial-year';
import { NotFoundError, RuleViolationError } from '../../common/errors';
import type { Money } from '../../common/money';
import { parseYear } from '../command-input';
import type { ForceNames } from '../force-finance.commands';
import { requireNonNegative, requirePositive } from '../money-rules';
import type { CategoriseReservePurpose, OpenReserve, RecordReserveMovement, SetMinimumGeneralReserve } from '../force-finance.commands';
import type {
  MinimumGeneralReserveSet,
  ReserveKind,
  ReserveMovementRecorded,
  ReserveOpened,
  ReservePurposeCategorised,
  ReservePurposeCategory,
} from '../force-finance.events';
import type { ForceFinanceState, ReserveFact, ReserveMovementFact } from '../force-finance.state';
import { formatPounds } from '../format-pounds';
import { requireYearInPlan } from '../plan-period-rules';
import { withCapitalDrawdowns } from '../capital-reserve-movements';
import { reserveBalances } from '../reserve-balances';

export function decideOpenReserve(command: OpenReserve, state: ForceFinanceState, { forceName }: ForceNames): ReserveOpened[] {
  const { reserveId, name, kind, purpose, asAtYear } = command;
  const openingBalance = requireNonNegative(command.openingBalance, 'openingBalance', `The opening balance of ${name}`);

  const sameId = state.reserves.find((r) => r.reserveId === reserveId);
  if (sameId) throw new RuleViolationError(`${forceName} already has a reserve called ${sameId.name} with id ${reserveId}`, 'reserveId');
  const sameName = state.reserves.find((r) => r.name.toLowerCase() === name.toLowerCase());
  if (sameName)
    throw new RuleViolationError(`${forceName} already has a reserve called ${sameName.name} (id ${sameName.reserveId})`, 'name');
  requireYearInPlan(state, forceName, asAtYear, 'asAtYear');
  const { purposeCategory } = command;
  if (purposeCategory !== undefined) requireCategoryFitsKind(name, kind, purposeCategory);

  return [
    {
      type: 'ReserveOpened.v1',
      data: {
        reserveId,
        name,
        kind,
        purpose,
        openingBalance: openingBalance.toExact(),
        asAtYear: asAtYear.toString(),
        ...(purposeCategory !== undefined ? { purposeCategory } : {}),
      },
    },
  ];
}

/** Records what a reserve is for under the 2018 guidance; saying again what is recorded records nothing. */
export function decideCategoriseReservePurpose(
  command: CategoriseReservePurpose,
  state: ForceFinanceState,
  { forceName }: ForceNames,
): ReservePurposeCategorised[] {
  const { reserveId, purposeCategory } = command;
  const reserve = state.reserves.find((r) => r.reserveId === reserveId);
  if (!reserve) throw new NotFoundError(`${forceName} has no reserve with id ${reserveId}`);
  requireCategoryFitsKind(reserve.name, reserve.kind, purposeCategory);
  if (reserve.purposeCategory?.value === purposeCategory) return [];
  return [{ type: 'ReservePurposeCategorised.v1', data: { reserveId, purposeCategory } }];
}

/** The guidance's general contingency is the general reserve: a general reserve cannot be earmarked for anything else. */
function requireCategoryFitsKind(name: string, kind: ReserveKind, category: ReservePurposeCategory): void {
  if (kind === 'general' && category !== 'contingency') {
    throw new RuleViolationError(
      `${name} is a general reserve, which the Home Office reserves guidance (2018) counts as general contingency: it cannot be held for "${category}" (earmark a reserve for that)`,
      'purposeCategory',
    );
  }
}

/**
 * A movement is refused if, with it, the reserve would close any year from then on below zero
 * (see reserve-balances.ts for how balances are worked out).
 */
export function decideRecordReserveMovement(
  command: RecordReserveMovement,
  state: ForceFinanceState,
  { forceName }: ForceNames,
): ReserveMovementRecorded[] {
  const { movementId, reserveId, year, direction, basis, supportsRevenueBudget, description } = command;

  const reserve = state.reserves.find((r) => r.reserveId === reserveId);
  if (!reserve) throw new NotFoundError(`${forceName} has no reserve with id ${reserveId}`);
  const amount = requirePositive(command.amount, 'amount', `A ${direction} on ${reserve.name}`);
  if (movementId !== undefined) {
    const taken = state.reserves
      .flatMap((r) => r.movements.map((m) => ({ reserve: r, movement: m })))
      .find(({ movement }) => movement.movementId === movementId);
    if (taken) {
      throw new RuleViolationError(
        `${forceName} already has a reserve movement with id ${movementId} (on ${taken.reserve.name}, ${taken.movement.year})`,
        'movementId',
      );
    }
  }
  requireYearInPlan(state, forceName, year, 'year');
  if (year.isBefore(parseYear(reserve.asAtYear, 'asAtYear'))) {
    throw new RuleViolationError(`${reserve.name} opens in ${reserve.asAtYear}: it can have no movements in ${year}`, 'year');
  }

  const data: ReserveMovementRecorded['data'] = {
    ...(movementId !== undefined ? { movementId } : {}),
    reserveId,
    year: year.toString(),
    direction,
    basis,
    amount: amount.toExact(),
    supportsRevenueBudget,
    description,
  };
  const movement: ReserveMovementFact = { ...data, movementId: movementId ?? null, sources: [] };
  refuseIfBelowZero(state, reserve, movement, amount);
  return [{ type: 'ReserveMovementRecorded.v1', data }];
}

export function decideSetMinimumGeneralReserve(command: SetMinimumGeneralReserve): MinimumGeneralReserveSet[] {
  return [{ type: 'MinimumGeneralReserveSet.v1', data: { shareOfNre: command.shareOfNre.toExact() } }];
}

function refuseIfBelowZero(state: ForceFinanceState, recorded: ReserveFact, movement: ReserveMovementFact, amount: Money): void {
  // The capital programme's draws on the reserve count too: they are planned uses of it (capital-reserve-movements.ts).
  const reserve = withCapitalDrawdowns(state, recorded);
  const year = FinancialYear.parse(movement.year, 'year');
  const planEnd = state.planPeriod ? FinancialYear.parse(state.planPeriod.lastYear, 'lastYear') : year;
  const through = planEnd.isAfter(year) ? planEnd : year;
  const before = reserveBalances(reserve, through);
  const after = reserveBalances({ ...reserve, movements: [...reserve.movements, movement] }, through);

  // Only a balance this movement makes negative (or more negative) is its fault.
  const broken = after.find((y, i) => y.closing.value.isNegative() && y.closing.value.lessThan(before[i].closing.value));
  if (!broken) return;

  const closing = broken.closing.value;
  if (movement.direction === 'drawdown' && broken.year === movement.year) {
    // What this drawdown could have taken: the year's closing balance without it.
    const available = closing.plus(amount);
    throw new RuleViolationError(
      `Drawdown of ${formatPounds(amount)} from ${reserve.name} would take it below zero: its balance in ${broken.year} is ${formatPounds(available)}`,
      'amount',
    );
  }
  const what =
    movement.direction === 'drawdown'
      ? `Drawdown of ${formatPounds(amount)} from ${reserve.name} in ${movement.year}`
      : `Recording the actual contribution of ${formatPounds(amount)} to ${reserve.name} in ${movement.year}, in place of the contributions planned,`;
  throw new RuleViolationError(
    `${what} would take it below zero: with the movements already recorded, its balance in ${broken.year} would be ${formatPounds(closing)}`,
    'amount',
  );
}
