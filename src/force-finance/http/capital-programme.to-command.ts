import { InvalidInputError } from '../../common/errors';
import { FinancialYear } from '../../common/financial-year';
import { Money } from '../../common/money';
import { Rate } from '../../common/rate';
import type { Sent } from '../../common/sent';
import type { RecordCapitalScheme, SetCapitalFinancingAssumptions, WithdrawCapitalScheme } from '../capital-programme.commands';
import { MRP_METHODS } from '../capital-programme.events';
import { parseChoice, parseId, parseText } from '../command-input';

export type CapitalProgrammeRequest = Sent<RecordCapitalScheme> | Sent<WithdrawCapitalScheme> | Sent<SetCapitalFinancingAssumptions>;

export const MAX_ASSET_LIFE_YEARS = 100;

/** The capital programme's part of the one DTO -> command mapping: every value parsed, a malformed one a 400 naming its field. */
export function recordCapitalScheme(request: Sent<RecordCapitalScheme>): RecordCapitalScheme {
  const given: unknown = request.funding;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) throw new InvalidInputError('funding', 'must be an object');
  const funding = given as Sent<RecordCapitalScheme['funding']>;
  const command: RecordCapitalScheme = {
    type: 'RecordCapitalScheme',
    schemeId: parseId(request.schemeId, 'schemeId'),
    name: parseText(request.name, 'name', { maxLength: 200 }),
    year: FinancialYear.parse(request.year, 'year'),
    cost: Money.parse(request.cost, 'cost'),
    funding: {
      capitalGrant: Money.parse(funding.capitalGrant, 'funding.capitalGrant'),
      capitalReceipts: Money.parse(funding.capitalReceipts, 'funding.capitalReceipts'),
      revenueContribution: Money.parse(funding.revenueContribution, 'funding.revenueContribution'),
      reserves: Money.parse(funding.reserves, 'funding.reserves'),
      borrowing: Money.parse(funding.borrowing, 'funding.borrowing'),
    },
  };
  if (funding.reserveId !== undefined) command.funding.reserveId = parseId(funding.reserveId, 'funding.reserveId');
  if (request.assetLifeYears !== undefined) command.assetLifeYears = assetLife(request.assetLifeYears);
  return command;
}

export function withdrawCapitalScheme(request: Sent<WithdrawCapitalScheme>): WithdrawCapitalScheme {
  return {
    type: 'WithdrawCapitalScheme',
    schemeId: parseId(request.schemeId, 'schemeId'),
    year: FinancialYear.parse(request.year, 'year'),
  };
}

export function setCapitalFinancingAssumptions(request: Sent<SetCapitalFinancingAssumptions>): SetCapitalFinancingAssumptions {
  return {
    type: 'SetCapitalFinancingAssumptions',
    year: FinancialYear.parse(request.year, 'year'),
    interestRate: Rate.parse(request.interestRate, 'interestRate', { max: '1' }),
    mrpMethod: parseChoice(request.mrpMethod, 'mrpMethod', MRP_METHODS),
  };
}

/** A whole number of years; under one is a finance rule (422, in decide), a fraction or a string malformed (400). */
function assetLife(input: unknown): number {
  if (typeof input !== 'number' || !Number.isInteger(input) || input > MAX_ASSET_LIFE_YEARS || input < -MAX_ASSET_LIFE_YEARS) {
    throw new InvalidInputError('assetLifeYears', `must be a whole number of years, at most ${MAX_ASSET_LIFE_YEARS}`);
  }
  return input;
}
