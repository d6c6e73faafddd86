import { Dec } from '../common/decimal';
import { ConflictError, InvalidInputError, NotFoundError, RuleViolationError } from '../common/errors';
import { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import { unreachable, type Decider } from '../event-sourcing/decider';
import type { AllianceEvent, UnitCategory } from './alliance.events';
import { UNIT_CATEGORIES } from './alliance.events';
import {
  evolveAlliance,
  findProgramme,
  findUnit,
  hasOpenMembership,
  initialAllianceFacts,
  isMemberIn,
  membersIn,
  pendingInvitation,
  type AllianceFacts,
  type PendingInvitation,
  type ProgrammeFacts,
  type UnitFacts,
} from './alliance.facts';
import { code, compareYears, forceCode, nonNegativeAmount, nonNegativeDecimal, optionalText, text, year } from './collaboration-input';
import { percentInWords, pounds } from './collaboration-format';
import { COST_SHARE_BASIS_KINDS, type CostShareBasis, type MeasureBasisKind } from './cost-share-basis';

export const allianceStreamId = (allianceCode: string) => `alliance-${allianceCode}`;

/**
 * Commands on an alliance. Every command names its alliance (the handler takes it from the URL).
 * Whether a force exists is a fact of another stream: the handler passes the codes of the
 * registered forces as `knownForces` on the two commands that invite a force, and decide
 * refuses a force not among them (404). Other commands only ever name forces that are already
 * members or invited, which this stream itself knows.
 *
 * Membership takes both sides: the alliance invites (forming it invites its first members), and
 * only the force itself accepts or declines. Who may send which command is the access rules'
 * business (the board may invite and withdraw; only the force's finance team, or an admin, may
 * answer), so no command here can make a force a member on the alliance's word alone.
 */
export type AllianceCommand =
  | {
      type: 'FormAlliance';
      allianceCode: string;
      name: string;
      members: { force: string; fromYear: string }[];
      knownForces: readonly string[];
    }
  | { type: 'InviteMember'; allianceCode: string; force: string; fromYear: string; knownForces: readonly string[] }
  | { type: 'AcceptInvitation'; allianceCode: string; force: string }
  | { type: 'DeclineInvitation'; allianceCode: string; force: string; reason: string }
  | { type: 'WithdrawInvitation'; allianceCode: string; force: string }
  | { type: 'LeaveAlliance'; allianceCode: string; force: string; fromYear: string }
  | { type: 'EstablishUnit'; allianceCode: string; unitCode: string; name: string; leadForce: string; category: UnitCategory }
  | { type: 'SetCostShareBasis'; allianceCode: string; unitCode: string; fromYear: string; basis: CostShareBasis }
  | { type: 'SetUnitBudget'; allianceCode: string; unitCode: string; year: string; amount: string }
  | {
      type: 'StartSavingsProgramme';
      allianceCode: string;
      programmeCode: string;
      name: string;
      unitCode?: string;
      cashable: boolean;
      startYear: string;
      owner?: string;
    }
  | { type: 'PlanSavings'; allianceCode: string; programmeCode: string; year: string; amount: string }
  | { type: 'ReviseSavingsForecast'; allianceCode: string; programmeCode: string; year: string; amount: string; reason: string }
  | { type: 'RecordRealisedSavings'; allianceCode: string; programmeCode: string; year: string; amount: string; evidence: string };

export const allianceDecider: Decider<AllianceCommand, AllianceFacts, AllianceEvent> = {
  initialState: initialAllianceFacts,
  evolve: evolveAlliance,
  decide(command, state) {
    switch (command.type) {
      case 'FormAlliance':
        return formAlliance(command, state);
      case 'InviteMember':
        return inviteMember(command, formed(state, command.allianceCode));
      case 'AcceptInvitation': {
        const invitation = invitationOf(formed(state, command.allianceCode), command.force);
        return [{ type: 'InvitationAccepted.v1', data: { force: invitation.force, fromYear: invitation.fromYear } }];
      }
      case 'DeclineInvitation': {
        const invitation = invitationOf(formed(state, command.allianceCode), command.force);
        return [{ type: 'InvitationDeclined.v1', data: { force: invitation.force, reason: text(command.reason, 'reason') } }];
      }
      case 'WithdrawInvitation': {
        const invitation = invitationOf(formed(state, command.allianceCode), command.force);
        return [{ type: 'InvitationWithdrawn.v1', data: { force: invitation.force } }];
      }
      case 'LeaveAlliance':
        return leaveAlliance(command, formed(state, command.allianceCode));
      case 'EstablishUnit':
        return establishUnit(command, formed(state, command.allianceCode));
      case 'SetCostShareBasis':
        return setCostShareBasis(command, formed(state, command.allianceCode));
      case 'SetUnitBudget': {
        const facts = formed(state, command.allianceCode);
        const unit = unitOf(facts, command.unitCode);
        const amount = nonNegativeAmount(command.amount, 'amount', `The ${unit.name} budget`);
        return [{ type: 'UnitBudgetSet.v1', data: { unitCode: unit.unitCode, year: year(command.year), amount } }];
      }
      case 'StartSavingsProgramme':
        return startSavingsProgramme(command, formed(state, command.allianceCode));
      case 'PlanSavings': {
        const { programme, year: y, amount } = savingsFigure(command, formed(state, command.allianceCode), 'The planned saving');
        return [{ type: 'SavingsPlanned.v1', data: { programmeCode: programme.programmeCode, year: y, amount } }];
      }
      case 'ReviseSavingsForecast': {
        const { programme, year: y, amount } = savingsFigure(command, formed(state, command.allianceCode), 'The forecast saving');
        const reason = text(command.reason, 'reason');
        const realised = [...programme.history].reverse().find((e) => e.kind === 'realised' && e.year === y);
        if (realised) {
          throw new RuleViolationError(
            `${programme.name} has already realised ${pounds(Money.of(realised.amount))} in ${y}; a forecast for that year would change nothing. Record a corrected realised saving instead.`,
          );
        }
        return [{ type: 'SavingsForecastRevised.v1', data: { programmeCode: programme.programmeCode, year: y, amount, reason } }];
      }
      case 'RecordRealisedSavings': {
        const { programme, year: y, amount } = savingsFigure(command, formed(state, command.allianceCode), 'The realised saving');
        const evidence = text(command.evidence, 'evidence');
        return [{ type: 'SavingsRealised.v1', data: { programmeCode: programme.programmeCode, year: y, amount, evidence } }];
      }
      default:
        return unreachable(command, 'alliance command');
    }
  },
};

type Command<T extends AllianceCommand['type']> = Extract<AllianceCommand, { type: T }>;

function formed(state: AllianceFacts, allianceCode: string): AllianceFacts & { allianceCode: string; name: string } {
  if (state.allianceCode === null || state.name === null) throw new NotFoundError(`No alliance "${allianceCode}" has been formed.`);
  return state as AllianceFacts & { allianceCode: string; name: string };
}

function formAlliance(command: Command<'FormAlliance'>, state: AllianceFacts): AllianceEvent[] {
  const allianceCode = code(command.allianceCode, 'allianceCode');
  if (state.allianceCode !== null) throw new ConflictError(`The alliance "${allianceCode}" has already been formed (as ${state.name}).`);
  const name = text(command.name, 'name');
  if (!Array.isArray(command.members)) throw new InvalidInputError('members', 'must list the member forces');
  const members = command.members.map((m, i) => ({
    force: forceCode(m.force, `members[${i}].force`),
    fromYear: year(m.fromYear, `members[${i}].fromYear`),
  }));
  const forces = members.map((m) => m.force);
  const repeated = forces.find((f, i) => forces.indexOf(f) !== i);
  if (repeated) throw new InvalidInputError('members', `"${repeated}" is listed more than once`);
  for (const force of forces) requireKnownForce(force, command.knownForces);
  if (members.length < 2)
    throw new RuleViolationError(`An alliance needs at least two member forces; ${name} was given ${members.length}.`, 'members');
  // Forming invites: each force becomes a member only when it accepts.
  return [
    { type: 'AllianceFormed.v2', data: { allianceCode, name } },
    ...members.map((m): AllianceEvent => ({ type: 'MemberInvited.v1', data: { force: m.force, fromYear: m.fromYear } })),
  ];
}

function inviteMember(command: Command<'InviteMember'>, facts: AllianceFacts & { name: string }): AllianceEvent[] {
  const force = forceCode(command.force, 'force');
  const fromYear = year(command.fromYear, 'fromYear');
  requireKnownForce(force, command.knownForces);
  const member = facts.members.find((m) => m.force === force);
  const open = member?.periods.find((p) => p.untilYear === null);
  if (open) throw new ConflictError(`Force "${force}" is already a member of ${facts.name} (from ${open.fromYear}).`);
  const pending = pendingInvitation(facts, force);
  if (pending)
    throw new ConflictError(
      `Force "${force}" has already been invited to ${facts.name} (from ${pending.fromYear}) and has not answered yet.`,
    );
  const lastLeft = member?.periods.at(-1)?.untilYear;
  if (lastLeft && compareYears(fromYear, lastLeft) < 0) {
    throw new RuleViolationError(
      `Force "${force}" was a member of ${facts.name} until ${lastLeft}; it can rejoin from ${lastLeft} at the earliest, not ${fromYear}.`,
      'fromYear',
    );
  }
  return [{ type: 'MemberInvited.v1', data: { force, fromYear } }];
}

/** Only an unanswered invitation can be accepted, declined or withdrawn. */
function invitationOf(facts: AllianceFacts & { name: string }, force: string): PendingInvitation {
  const invitation = pendingInvitation(facts, force);
  if (invitation) return invitation;
  const open = facts.members.find((m) => m.force === force)?.periods.find((p) => p.untilYear === null);
  if (open)
    throw new ConflictError(
      `Force "${force}" is already a member of ${facts.name} (from ${open.fromYear}); there is no invitation to answer.`,
    );
  throw new NotFoundError(`${facts.name} has no unanswered invitation for force "${force}".`);
}

function leaveAlliance(command: Command<'LeaveAlliance'>, facts: AllianceFacts & { name: string }): AllianceEvent[] {
  const force = forceCode(command.force, 'force');
  const fromYear = year(command.fromYear, 'fromYear');
  const open = facts.members.find((m) => m.force === force)?.periods.find((p) => p.untilYear === null);
  if (!open) throw new RuleViolationError(`Force "${force}" is not a member of ${facts.name}, so it cannot leave.`, 'force');
  if (compareYears(fromYear, open.fromYear) <= 0) {
    throw new RuleViolationError(
      `Force "${force}" is a member of ${facts.name} from ${open.fromYear}; it can leave from ${nextYearAfter(open.fromYear)} at the earliest (the first year it is no longer a member).`,
      'fromYear',
    );
  }
  const remaining = facts.members.filter((m) => m.force !== force && m.periods.some((p) => p.untilYear === null)).length;
  if (remaining < 2) {
    throw new RuleViolationError(
      `${facts.name} would be left with ${remaining} member${remaining === 1 ? '' : 's'} if "${force}" left; an alliance needs at least two.`,
      'force',
    );
  }
  return [{ type: 'MemberLeft.v1', data: { force, fromYear } }];
}

function establishUnit(command: Command<'EstablishUnit'>, facts: AllianceFacts & { name: string }): AllianceEvent[] {
  const unitCode = code(command.unitCode, 'unitCode');
  const existing = findUnit(facts, unitCode);
  if (existing) throw new ConflictError(`${facts.name} already has a unit "${unitCode}" (${existing.name}).`);
  const name = text(command.name, 'name');
  if (!UNIT_CATEGORIES.includes(command.category)) throw new InvalidInputError('category', `must be one of ${UNIT_CATEGORIES.join(', ')}`);
  const leadForce = forceCode(command.leadForce, 'leadForce');
  if (!hasOpenMembership(facts, leadForce)) {
    throw new RuleViolationError(
      `${name} cannot be led by "${leadForce}": it is not a member of ${facts.name} (members: ${currentMembers(facts)}).`,
      'leadForce',
    );
  }
  return [{ type: 'UnitEstablished.v1', data: { unitCode, name, leadForce, category: command.category } }];
}

function setCostShareBasis(command: Command<'SetCostShareBasis'>, facts: AllianceFacts & { name: string }): AllianceEvent[] {
  const unit = unitOf(facts, command.unitCode);
  const fromYear = year(command.fromYear, 'fromYear');
  const basis = validBasis(command.basis as unknown, unit, fromYear, facts);
  return [{ type: 'CostShareBasisSet.v1', data: { unitCode: unit.unitCode, fromYear, basis } }];
}

/** Checks a basis against the alliance as it stands in `fromYear`, and normalises its figures. */
function validBasis(input: unknown, unit: UnitFacts, fromYear: string, facts: AllianceFacts & { name: string }): CostShareBasis {
  const basis = (input ?? {}) as Record<string, unknown>;
  const kind = basis.kind as CostShareBasis['kind'];
  if (!COST_SHARE_BASIS_KINDS.includes(kind))
    throw new InvalidInputError('basis.kind', `must be one of ${COST_SHARE_BASIS_KINDS.join(', ')}`);

  const members = membersIn(facts, fromYear);
  const requireMember = (force: string, field: string) => {
    if (!facts.members.some((m) => m.force === force && isMemberIn(m, fromYear))) {
      throw new RuleViolationError(
        `"${force}" is not a member of ${facts.name} in ${fromYear} (members then: ${members.join(', ') || 'none'}), so it cannot bear a share of ${unit.name}.`,
        field,
      );
    }
  };
  const forceEntries = <T>(
    list: unknown,
    field: string,
    read: (entry: Record<string, unknown>, field: string) => T,
  ): (T & { force: string })[] => {
    if (!Array.isArray(list) || list.length === 0) throw new InvalidInputError(field, 'must list at least one member force');
    const seen = new Set<string>();
    return list.map((raw, i) => {
      const entry = (raw ?? {}) as Record<string, unknown>;
      const force = forceCode(entry.force, `${field}[${i}].force`);
      if (seen.has(force)) throw new InvalidInputError(field, `"${force}" is listed more than once`);
      seen.add(force);
      requireMember(force, `${field}[${i}].force`);
      return { force, ...read(entry, `${field}[${i}]`) };
    });
  };

  switch (kind) {
    case 'fixed': {
      const percentages = forceEntries(basis.percentages, 'basis.percentages', (e, f) => ({
        share: nonNegativeDecimal(e.share, `${f}.share`),
      }));
      const total = percentages.reduce((sum, p) => sum.plus(p.share), new Dec(0));
      if (!total.equals(1)) {
        throw new RuleViolationError(
          `The fixed shares of ${unit.name} from ${fromYear} total ${total.toFixed()} (${percentInWords(total)}); agreed shares must total exactly 1 (100 %).`,
          'basis.percentages',
        );
      }
      return { kind, percentages: percentages.map((p) => ({ force: p.force, share: p.share.toFixed() })) };
    }
    case 'net_revenue_budget':
      return { kind, year: year(basis.year, 'basis.year') };
    default: {
      const measure: MeasureBasisKind = kind;
      const figures = forceEntries(basis.figures, 'basis.figures', (e, f) => ({ value: nonNegativeDecimal(e.value, `${f}.value`) }));
      if (figures.every((f) => f.value.isZero())) {
        throw new RuleViolationError(
          `The ${measure} figures for ${unit.name} from ${fromYear} are all zero, so they cannot share its cost.`,
          'basis.figures',
        );
      }
      return { kind: measure, figures: figures.map((f) => ({ force: f.force, value: f.value.toFixed() })) };
    }
  }
}

function startSavingsProgramme(command: Command<'StartSavingsProgramme'>, facts: AllianceFacts & { name: string }): AllianceEvent[] {
  const programmeCode = code(command.programmeCode, 'programmeCode');
  const existing = findProgramme(facts, programmeCode);
  if (existing) throw new ConflictError(`${facts.name} already has a savings programme "${programmeCode}" (${existing.name}).`);
  const name = text(command.name, 'name');
  if (typeof command.cashable !== 'boolean') throw new InvalidInputError('cashable', 'must be true or false');
  const unitCode = command.unitCode === undefined || command.unitCode === null ? undefined : unitOf(facts, command.unitCode).unitCode;
  const owner = optionalText(command.owner, 'owner') ?? undefined;
  return [
    {
      type: 'SavingsProgrammeStarted.v1',
      data: {
        programmeCode,
        name,
        ...(unitCode ? { unitCode } : {}),
        cashable: command.cashable,
        startYear: year(command.startYear, 'startYear'),
        ...(owner ? { owner } : {}),
      },
    },
  ];
}

function savingsFigure(
  command: { programmeCode: string; year: string; amount: string },
  facts: AllianceFacts & { name: string },
  what: string,
): { programme: ProgrammeFacts; year: string; amount: string } {
  const programme = findProgramme(facts, command.programmeCode);
  if (!programme) throw new NotFoundError(`${facts.name} has no savings programme "${command.programmeCode}".`);
  const y = year(command.year);
  if (compareYears(y, programme.startYear) < 0) {
    throw new RuleViolationError(`${programme.name} began in ${programme.startYear}; it has no savings in ${y}.`, 'year');
  }
  return { programme, year: y, amount: nonNegativeAmount(command.amount, 'amount', `${what} of ${programme.name} in ${y}`) };
}

function unitOf(facts: AllianceFacts & { name: string }, unitCode: string): UnitFacts {
  const unit = findUnit(facts, unitCode);
  if (!unit) throw new NotFoundError(`${facts.name} has no unit "${unitCode}".`);
  return unit;
}

function requireKnownForce(force: string, knownForces: readonly string[]): void {
  if (!knownForces.includes(force)) throw new NotFoundError(`No force "${force}" is registered.`);
}

function currentMembers(facts: AllianceFacts): string {
  return facts.members
    .filter((m) => m.periods.some((p) => p.untilYear === null))
    .map((m) => m.force)
    .join(', ');
}

function nextYearAfter(y: string): string {
  return FinancialYear.parse(y).next().toString();
}
