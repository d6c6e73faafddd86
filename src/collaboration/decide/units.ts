import { ConflictError, RuleViolationError } from '../../common/errors';
import type { AllianceCommandOf } from '../alliance.commands';
import type { AllianceEvent } from '../alliance.events';
import { findUnit, hasOpenMembership } from '../alliance.readers';
import type { AllianceFacts } from '../alliance.state';
import { nonNegativeAmount } from '../collaboration-input';
import { unitOf, type FormedAlliance } from './formed';

export function decideEstablishUnit(command: AllianceCommandOf<'EstablishUnit'>, facts: FormedAlliance): AllianceEvent[] {
  const { unitCode, name, leadForce, category } = command;
  const existing = findUnit(facts, unitCode);
  if (existing) throw new ConflictError(`${facts.name} already has a unit "${unitCode}" (${existing.name}).`);
  if (!hasOpenMembership(facts, leadForce)) {
    throw new RuleViolationError(
      `${name} cannot be led by "${leadForce}": it is not a member of ${facts.name} (members: ${currentMembers(facts)}).`,
      'leadForce',
    );
  }
  return [{ type: 'UnitEstablished.v1', data: { unitCode, name, leadForce, category } }];
}

export function decideSetUnitBudget(command: AllianceCommandOf<'SetUnitBudget'>, facts: FormedAlliance): AllianceEvent[] {
  const unit = unitOf(facts, command.unitCode);
  const amount = nonNegativeAmount(command.amount, 'amount', `The ${unit.name} budget`);
  return [{ type: 'UnitBudgetSet.v1', data: { unitCode: unit.unitCode, year: command.year.toString(), amount } }];
}

function currentMembers(facts: AllianceFacts): string {
  return facts.members
    .filter((m) => m.periods.some((p) => p.untilYear === null))
    .map((m) => m.force)
    .join(', ');
}
