import { NotFoundError, RuleViolationError } from '../../common/errors';
import type { FinancialYear } from '../../common/financial-year';
import type { AllianceCommandOf } from '../alliance.commands';
import type { AllianceEvent } from '../alliance.events';
import { budgetFor, findProgramme } from '../alliance.readers';
import type { ProgrammeFacts } from '../alliance.state';
import { compareYears, nonNegativeAmount } from '../collaboration-input';
import { unitOf, type FormedAlliance } from './formed';

/**
 * The board's figures. A programme's costs to achieve and variance explanations belong to the
 * years of its life (from its start year); a unit's outturn is set against the year's budget,
 * so it needs one: a year without a budget is outside what the unit has been given to spend.
 */

export function decideSetProgrammeCostsToAchieve(
  command: AllianceCommandOf<'SetProgrammeCostsToAchieve'>,
  facts: FormedAlliance,
): AllianceEvent[] {
  const { programme, year } = programmeYear(command, facts);
  const amount = nonNegativeAmount(command.amount, 'amount', `The costs to achieve of ${programme.name} in ${year}`);
  return [{ type: 'ProgrammeCostsToAchieveSet.v1', data: { programmeCode: programme.programmeCode, year, amount } }];
}

export function decideExplainSavingsVariance(command: AllianceCommandOf<'ExplainSavingsVariance'>, facts: FormedAlliance): AllianceEvent[] {
  const { programme, year } = programmeYear(command, facts);
  return [
    { type: 'SavingsVarianceExplained.v1', data: { programmeCode: programme.programmeCode, year, explanation: command.explanation } },
  ];
}

export function decideRecordUnitOutturn(command: AllianceCommandOf<'RecordUnitOutturn'>, facts: FormedAlliance): AllianceEvent[] {
  const unit = unitOf(facts, command.unitCode);
  const year = command.year.toString();
  if (!budgetFor(unit, year)) {
    const years = unit.budgets.map((b) => b.year);
    const has = years.length === 0 ? 'no budget for any year' : `budgets for ${years.join(', ')}`;
    throw new RuleViolationError(
      `${unit.name} has no budget for ${year} (it has ${has}); an outturn is set against the year's budget, so set the budget first.`,
      'year',
    );
  }
  const amount = nonNegativeAmount(command.amount, 'amount', `The ${unit.name} outturn for ${year}`);
  return [{ type: 'UnitOutturnRecorded.v1', data: { unitCode: unit.unitCode, year, amount } }];
}

function programmeYear(
  command: { programmeCode: string; year: FinancialYear },
  facts: FormedAlliance,
): { programme: ProgrammeFacts; year: string } {
  const programme = findProgramme(facts, command.programmeCode);
  if (!programme) throw new NotFoundError(`${facts.name} has no savings programme "${command.programmeCode}".`);
  const year = command.year.toString();
  if (compareYears(year, programme.startYear) < 0) {
    throw new RuleViolationError(`${programme.name} began in ${programme.startYear}; ${year} is before its life.`, 'year');
  }
  return { programme, year };
}
