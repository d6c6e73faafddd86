import { InvalidInputError } from '../../common/errors';
import { FinancialYear } from '../../common/financial-year';
import { Money } from '../../common/money';
import { Rate } from '../../common/rate';
import type { Sent } from '../../common/sent';
import { parseBoolean, parseChoice, parseId, parsePositiveDecimal, parseText } from '../command-input';
import type * as C from '../force-finance.commands';
import { toBudgetMonitoringCommand, type BudgetMonitoringRequest } from './budget-monitoring.to-command';
import {
  BUDGET_ITEM_KINDS,
  BUDGET_LINE_KINDS,
  ITEM_INFLATIONS,
  MOVEMENT_BASES,
  MOVEMENT_DIRECTIONS,
  PAY_GROUPS,
  PRECEPT_ASSUMPTION_KINDS,
  PRECEPT_STATUSES,
  RECURRENCES,
  RESERVE_KINDS,
  RESERVE_PURPOSE_CATEGORIES,
  type PayGroup,
} from '../force-finance.events';
import { recordSpecificGrant, withdrawSpecificGrant } from './specific-grant.to-command';
import { setPayAward, setPayOnCostRates, type SetPayAwardRequest } from './pay-award.to-command';
import { setEstablishment } from './establishment.to-command';
import {
  recordCapitalScheme,
  setCapitalFinancingAssumptions,
  withdrawCapitalScheme,
  type CapitalProgrammeRequest,
} from './capital-programme.to-command';
import { itemInflationCategoryOf, lineInflationCategoryOf, setInflationCategoryRates } from './inflation-categories.to-command';

type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

/** A force finance command as the controllers (and the worked example) build it from a request body. */
export type ForceFinanceRequest =
  | Sent<C.SetPlanPeriod>
  | Sent<C.SetBaseBudget>
  | Sent<C.SetPlanAssumptions>
  | Optional<Sent<C.AddBudgetItem>, 'inflation'>
  | Sent<C.ReviseBudgetItem>
  | Sent<C.WithdrawBudgetItem>
  | Sent<C.RecordGrantSettlement>
  | Sent<C.RecordTaxBase>
  | Sent<C.RecordCollectionFund>
  | Sent<C.RecordPrecept>
  | Optional<Sent<C.OpenReserve>, 'purposeCategory'>
  | Optional<Sent<C.RecordReserveMovement>, 'supportsRevenueBudget' | 'description'>
  | Sent<C.SetMinimumGeneralReserve>
  | Sent<C.CategoriseReservePurpose>
  | Sent<C.SetPreceptAssumption>
  | BudgetMonitoringRequest
  | Sent<C.RecordSpecificGrant>
  | Sent<C.WithdrawSpecificGrant>
  | SetPayAwardRequest
  | Sent<C.SetPayOnCostRates>
  | Sent<C.SetEstablishment>
  | CapitalProgrammeRequest
  | Sent<C.SetInflationCategoryRates>;

const MAX_BUDGET_LINES = 1000;
const year = (input: unknown, field: string) => FinancialYear.parse(input, field);
const money = (input: unknown, field: string) => Money.parse(input, field);
const rate = (input: unknown, field: string) => Rate.parse(input, field);

/**
 * The one mapping from what a caller sends to a typed command: every value is parsed here, in
 * the order of the fields, with the errors the domain has always given (a malformed value is
 * a 400 naming its field). The HTTP DTOs refuse malformed values first; this keeps the domain
 * safe for any other caller (the worked example, an importer). Business rules stay in decide().
 */
export function toForceFinanceCommand(request: ForceFinanceRequest): C.ForceFinanceCommand {
  if (typeof request !== 'object' || request === null) throw new InvalidInputError('command', 'must be a command object');
  switch (request.type) {
    case 'SetPlanPeriod':
      return { type: request.type, firstYear: year(request.firstYear, 'firstYear'), lastYear: year(request.lastYear, 'lastYear') };
    case 'SetBaseBudget':
      return { type: request.type, year: year(request.year, 'year'), lines: baseBudgetLines(request.lines) };
    case 'SetPlanAssumptions':
      return {
        type: request.type,
        year: year(request.year, 'year'),
        payAward: rate(request.payAward, 'payAward'),
        nonPayInflation: rate(request.nonPayInflation, 'nonPayInflation'),
        incomeInflation: rate(request.incomeInflation, 'incomeInflation'),
        grantChange: rate(request.grantChange, 'grantChange'),
        taxBaseGrowth: rate(request.taxBaseGrowth, 'taxBaseGrowth'),
      };
    case 'AddBudgetItem':
      return {
        type: request.type,
        itemId: parseId(request.itemId, 'itemId'),
        kind: parseChoice(request.kind, 'kind', BUDGET_ITEM_KINDS),
        fromYear: year(request.fromYear, 'fromYear'),
        description: parseText(request.description, 'description'),
        amount: money(request.amount, 'amount'),
        recurrence: parseChoice(request.recurrence, 'recurrence', RECURRENCES),
        ...(request.inflation === undefined ? {} : { inflation: parseChoice(request.inflation, 'inflation', ITEM_INFLATIONS) }),
        ...itemInflationCategoryOf(request),
      };
    case 'ReviseBudgetItem':
      return reviseBudgetItem(request);
    case 'WithdrawBudgetItem':
      return { type: request.type, itemId: parseId(request.itemId, 'itemId') };
    case 'RecordSpecificGrant':
      return recordSpecificGrant(request);
    case 'WithdrawSpecificGrant':
      return withdrawSpecificGrant(request);
    case 'RecordCapitalScheme':
      return recordCapitalScheme(request);
    case 'WithdrawCapitalScheme':
      return withdrawCapitalScheme(request);
    case 'SetCapitalFinancingAssumptions':
      return setCapitalFinancingAssumptions(request);
    default:
      return fundingOrReserveCommand(request);
  }
}

function fundingOrReserveCommand(request: ForceFinanceRequest): C.ForceFinanceCommand {
  switch (request.type) {
    case 'RecordGrantSettlement':
      return {
        type: request.type,
        year: year(request.year, 'year'),
        coreGrant: money(request.coreGrant, 'coreGrant'),
        formulaGrant: money(request.formulaGrant, 'formulaGrant'),
        legacyCouncilTaxGrants: money(request.legacyCouncilTaxGrants, 'legacyCouncilTaxGrants'),
        otherGeneralGrants: money(request.otherGeneralGrants, 'otherGeneralGrants'),
      };
    case 'RecordTaxBase':
      return {
        type: request.type,
        year: year(request.year, 'year'),
        bandDEquivalents: parsePositiveDecimal(request.bandDEquivalents, 'bandDEquivalents', 'The tax base (Band D equivalents)'),
        ...(request.billingAuthorities === undefined ? {} : { billingAuthorities: billingAuthorities(request.billingAuthorities) }),
      };
    case 'RecordCollectionFund':
      return { type: request.type, year: year(request.year, 'year'), amount: money(request.amount, 'amount') };
    case 'RecordPrecept':
      return {
        type: request.type,
        year: year(request.year, 'year'),
        bandD: money(request.bandD, 'bandD'),
        status: parseChoice(request.status, 'status', PRECEPT_STATUSES),
      };
    case 'OpenReserve':
      return {
        type: request.type,
        reserveId: parseId(request.reserveId, 'reserveId'),
        name: parseText(request.name, 'name', { maxLength: 200 }),
        kind: parseChoice(request.kind, 'kind', RESERVE_KINDS),
        purpose: parseText(request.purpose, 'purpose', { optional: true }),
        openingBalance: money(request.openingBalance, 'openingBalance'),
        asAtYear: year(request.asAtYear, 'asAtYear'),
        ...(request.purposeCategory === undefined
          ? {}
          : { purposeCategory: parseChoice(request.purposeCategory, 'purposeCategory', RESERVE_PURPOSE_CATEGORIES) }),
      };
    case 'RecordReserveMovement':
      return reserveMovement(request);
    case 'SetMinimumGeneralReserve':
      return { type: request.type, shareOfNre: Rate.parse(request.shareOfNre, 'shareOfNre', { min: '0', max: '1' }) };
    case 'SetPayAward':
      return setPayAward(request);
    case 'SetPayOnCostRates':
      return setPayOnCostRates(request);
    case 'SetEstablishment':
      return setEstablishment(request);
    case 'SetInflationCategoryRates':
      return setInflationCategoryRates(request);
    case 'SetPreceptAssumption':
      return { type: request.type, year: year(request.year, 'year'), assumption: preceptAssumption(request.assumption) };
    case 'CategoriseReservePurpose':
      return {
        type: request.type,
        reserveId: parseId(request.reserveId, 'reserveId'),
        purposeCategory: parseChoice(request.purposeCategory, 'purposeCategory', RESERVE_PURPOSE_CATEGORIES),
      };
    case 'RecordForecastOutturn':
    case 'RecordOutturn':
      return toBudgetMonitoringCommand(request);
    default:
      // An unknown type: decide()'s exhaustive switch words the error, as it always has.
      return request as C.ForceFinanceCommand;
  }
}

const MAX_BILLING_AUTHORITIES = 50;

function billingAuthorities(given: unknown): NonNullable<C.RecordTaxBase['billingAuthorities']> {
  if (!Array.isArray(given) || given.length === 0 || given.length > MAX_BILLING_AUTHORITIES) {
    throw new InvalidInputError('billingAuthorities', `must list 1 to ${MAX_BILLING_AUTHORITIES} billing authorities`);
  }
  return given.map((entry: Record<string, unknown> | null, i) => {
    const field = `billingAuthorities[${i}]`;
    if (typeof entry !== 'object' || entry === null) throw new InvalidInputError(field, 'must be a code, name and bandDEquivalents');
    return {
      code: parseId(entry.code, `${field}.code`),
      name: parseText(entry.name, `${field}.name`, { maxLength: 200 }),
      bandDEquivalents: parsePositiveDecimal(entry.bandDEquivalents, `${field}.bandDEquivalents`, `The tax base of ${String(entry.name)}`),
    };
  });
}

function baseBudgetLines(lines: unknown): C.BaseBudgetLineInput[] {
  if (!Array.isArray(lines) || lines.length === 0) throw new InvalidInputError('lines', 'must list at least one budget line');
  if (lines.length > MAX_BUDGET_LINES) throw new InvalidInputError('lines', `must list at most ${MAX_BUDGET_LINES} budget lines`);
  return lines.map((line: Partial<Record<keyof C.BaseBudgetLineInput, unknown>> | null, i) => {
    const field = `lines[${i}]`;
    if (typeof line !== 'object' || line === null)
      throw new InvalidInputError(field, 'must be a budget line with code, name, kind and amount');
    return {
      code: parseId(line.code, `${field}.code`),
      name: parseText(line.name, `${field}.name`),
      kind: parseChoice(line.kind, `${field}.kind`, BUDGET_LINE_KINDS),
      amount: money(line.amount, `${field}.amount`),
      ...payGroupOf(line, field),
      ...lineInflationCategoryOf(line, field),
    };
  });
}

/** A pay line may name its pay group; another kind of line has none. */
function payGroupOf(line: { kind?: unknown; payGroup?: unknown }, field: string): { payGroup?: PayGroup } {
  if (line.payGroup === undefined) return {};
  if (line.kind !== 'pay') throw new InvalidInputError(`${field}.payGroup`, 'is only for a pay line');
  return { payGroup: parseChoice(line.payGroup, `${field}.payGroup`, PAY_GROUPS) };
}

function reviseBudgetItem(request: Sent<C.ReviseBudgetItem>): C.ReviseBudgetItem {
  const command: C.ReviseBudgetItem = { type: request.type, itemId: parseId(request.itemId, 'itemId') };
  if (request.description !== undefined) command.description = parseText(request.description, 'description');
  if (request.amount !== undefined) command.amount = money(request.amount, 'amount');
  if (request.recurrence !== undefined) command.recurrence = parseChoice(request.recurrence, 'recurrence', RECURRENCES);
  if (request.fromYear !== undefined) command.fromYear = year(request.fromYear, 'fromYear');
  if (request.inflation !== undefined) command.inflation = parseChoice(request.inflation, 'inflation', ITEM_INFLATIONS);
  if (request.inflationCategory !== undefined) {
    // Whether the item is inflated as non_pay is the item's (decide checks it); a category beside another inflation sent with it is not.
    const { inflationCategory } = itemInflationCategoryOf({
      inflation: request.inflation ?? 'non_pay',
      inflationCategory: request.inflationCategory,
    });
    command.inflationCategory = inflationCategory;
  }
  return command;
}

function reserveMovement(
  request: Optional<Sent<C.RecordReserveMovement>, 'supportsRevenueBudget' | 'description'>,
): C.RecordReserveMovement {
  return {
    type: request.type,
    ...(request.movementId === undefined ? {} : { movementId: parseId(request.movementId, 'movementId') }),
    reserveId: parseId(request.reserveId, 'reserveId'),
    year: year(request.year, 'year'),
    direction: parseChoice(request.direction, 'direction', MOVEMENT_DIRECTIONS),
    basis: parseChoice(request.basis, 'basis', MOVEMENT_BASES),
    amount: money(request.amount, 'amount'),
    supportsRevenueBudget:
      request.supportsRevenueBudget === undefined ? false : parseBoolean(request.supportsRevenueBudget, 'supportsRevenueBudget'),
    description: parseText(request.description, 'description', { optional: true }),
  };
}

/** {"kind":"freeze"}, {"kind":"percentage","rate":"0.0199"}, {"kind":"pound","amount":"5.00"} or {"kind":"max_without_referendum"}. */
function preceptAssumption(given: unknown): C.PreceptAssumptionInput {
  if (typeof given !== 'object' || given === null) {
    throw new InvalidInputError('assumption', 'must be a precept assumption such as {"kind":"freeze"}');
  }
  const { kind, rate: givenRate, amount, ...rest } = given as Record<string, unknown>;
  const parsed = parseChoice(kind, 'kind', PRECEPT_ASSUMPTION_KINDS);
  const stray = Object.keys(rest)[0];
  if (stray !== undefined) throw new InvalidInputError(stray, 'is not part of a precept assumption');
  if (parsed !== 'percentage' && givenRate !== undefined) throw new InvalidInputError('rate', 'is only for a percentage assumption');
  if (parsed !== 'pound' && amount !== undefined) throw new InvalidInputError('amount', 'is only for a £ (pound) assumption');
  switch (parsed) {
    case 'percentage':
      return { kind: parsed, rate: rate(givenRate, 'rate') };
    case 'pound':
      return { kind: parsed, amount: money(amount, 'amount') };
    default:
      return { kind: parsed };
  }
}
