import { ConflictError, NotFoundError, RuleViolationError } from '../../common/errors';
import { Money } from '../../common/money';
import type { AllianceCommandOf } from '../alliance.commands';
import type { AllianceEvent } from '../alliance.events';
import { findProgramme } from '../alliance.readers';
import type { ProgrammeFacts } from '../alliance.state';
import type { FinancialYear } from '../../common/financial-year';
import { compareYears, nonNegativeAmount } from '../collaboration-input';
import { pounds } from '../collaboration-format';
import { unitOf, type FormedAlliance } from './formed';

export function decideStartSavingsProgramme(command: AllianceCommandOf<'StartSavingsProgramme'>, facts: FormedAlliance): AllianceEvent[] {
  const { programmeCode, name, cashable, owner, recurrence } = command;
  const existing = findProgramme(facts, programmeCode);
  if (existing) throw new ConflictError(`${facts.name} already has a savings programme "${programmeCode}" (${existing.name}).`);
  const unitCode = command.unitCode === undefined ? undefined : unitOf(facts, command.unitCode).unitCode;
  return [
    {
      type: 'SavingsProgrammeStarted.v1',
      data: {
        programmeCode,
        name,
        ...(unitCode ? { unitCode } : {}),
        cashable,
        startYear: command.startYear.toString(),
        ...(owner ? { owner } : {}),
        ...(recurrence ? { recurrence } : {}),
      },
    },
  ];
}

export function decidePlanSavings(command: AllianceCommandOf<'PlanSavings'>, facts: FormedAlliance): AllianceEvent[] {
  const { programme, year: y, amount } = savingsFigure(command, facts, 'The planned saving');
  const { recurrence } = command;
  return [
    { type: 'SavingsPlanned.v1', data: { programmeCode: programme.programmeCode, year: y, amount, ...(recurrence ? { recurrence } : {}) } },
  ];
}

/** A year that has realised savings takes no new forecast: the realised figure stands. */
export function decideReviseSavingsForecast(command: AllianceCommandOf<'ReviseSavingsForecast'>, facts: FormedAlliance): AllianceEvent[] {
  const { programme, year: y, amount } = savingsFigure(command, facts, 'The forecast saving');
  const { reason } = command;
  const realised = [...programme.history].reverse().find((e) => e.kind === 'realised' && e.year === y);
  if (realised) {
    throw new RuleViolationError(
      `${programme.name} has already realised ${pounds(Money.of(realised.amount))} in ${y}; a forecast for that year would change nothing. Record a corrected realised saving instead.`,
    );
  }
  return [{ type: 'SavingsForecastRevised.v1', data: { programmeCode: programme.programmeCode, year: y, amount, reason } }];
}

export function decideRecordRealisedSavings(command: AllianceCommandOf<'RecordRealisedSavings'>, facts: FormedAlliance): AllianceEvent[] {
  const { programme, year: y, amount } = savingsFigure(command, facts, 'The realised saving');
  const { evidence } = command;
  return [{ type: 'SavingsRealised.v1', data: { programmeCode: programme.programmeCode, year: y, amount, evidence } }];
}

function savingsFigure(
  command: { programmeCode: string; year: FinancialYear; amount: Money },
  facts: FormedAlliance,
  what: string,
): { programme: ProgrammeFacts; year: string; amount: string } {
  const programme = findProgramme(facts, command.programmeCode);
  if (!programme) throw new NotFoundError(`${facts.name} has no savings programme "${command.programmeCode}".`);
  const y = command.year.toString();
  if (compareYears(y, programme.startYear) < 0) {
    throw new RuleViolationError(`${programme.name} began in ${programme.startYear}; it has no savings in ${y}.`, 'year');
  }
  return { programme, year: y, amount: nonNegativeAmount(command.amount, 'amount', `${what} of ${programme.name} in ${y}`) };
}
