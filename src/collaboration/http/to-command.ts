import type { Dec } from '../../common/decimal';
import { InvalidInputError } from '../../common/errors';
import type { FinancialYear } from '../../common/financial-year';
import { Rate } from '../../common/rate';
import type { Sent } from '../../common/sent';
import { unreachable } from '../../event-sourcing/decider';
import type { AllianceCommand, CostShareBasisInput } from '../alliance.commands';
import { UNIT_CATEGORIES } from '../alliance.events';
import type { CollaborationAveragesCommand } from '../collaboration-averages.commands';
import { choice, code, forceCode, money, nonNegativeDecimal, optionalText, text, year } from '../collaboration-input';
import { markContributionReplaces, recordCollaborationSpend, toForceCollaborationCommand } from './force-collaboration.to-command';
import { COST_SHARE_BASIS_KINDS, type CostShareBasis } from '../cost-share-basis';
import type { CostShareBasisDto, FixedBasisDto, MeasureBasisDto, NetRevenueBudgetBasisDto } from './cost-share-basis.dto';
import type { EstablishUnitDto } from './establish-unit.dto';
import type { FormAllianceDto } from './form-alliance.dto';
import type { InviteMemberDto } from './invite-member.dto';
import type { LeaveAllianceDto } from './leave-alliance.dto';
import type { DeclineInvitationDto } from './answer-invitation.dto';
import type { RecordCollaborationAverageDto } from './record-collaboration-average.dto';
import type { RecordProgrammeSavingsDto } from './record-programme-savings.dto';
import type { SetCostShareBasisDto } from './set-cost-share-basis.dto';
import type { SetUnitBudgetDto } from './set-unit-budget.dto';
import type { FixUnitSharesDto } from './fix-unit-shares.dto';
import type { StartSavingsProgrammeDto } from './start-savings-programme.dto';
import type { SavingsRecurrence } from '../board-settings.events';
import { boardSettingsCommand, recurrenceOf } from './board-settings.to-command';

/**
 * The one mapping from what a caller sends to a typed collaboration command. The controllers
 * build requests from the URL and the body DTO (the functions below); the command handlers, and
 * the worked example, parse requests into commands with toAllianceCommand and
 * toCollaborationCommand, which give the errors the domain has always given (a malformed value
 * is a 400 naming its field). Business rules stay in decide().
 */

import type { AllianceRequest, CollaborationCommand, Request, SentAllianceCommand } from './alliance-request';

export type { AllianceRequest, CollaborationCommand, CollaborationRequest, SentAllianceCommand } from './alliance-request';

export const formAlliance = (dto: FormAllianceDto): Request<'FormAlliance'> => ({
  type: 'FormAlliance',
  allianceCode: dto.code,
  name: dto.name,
  members: dto.members.map((m) => ({ force: m.force, fromYear: m.fromYear })),
});

export const inviteMember = (allianceCode: string, dto: InviteMemberDto): Request<'InviteMember'> => ({
  type: 'InviteMember',
  allianceCode,
  force: dto.force,
  fromYear: dto.fromYear,
});

export const leaveAlliance = (allianceCode: string, force: string, dto: LeaveAllianceDto): Request<'LeaveAlliance'> => ({
  type: 'LeaveAlliance',
  allianceCode,
  force,
  fromYear: dto.fromYear,
});

export const declineInvitation = (allianceCode: string, force: string, dto: DeclineInvitationDto): Request<'DeclineInvitation'> => ({
  type: 'DeclineInvitation',
  allianceCode,
  force,
  reason: dto.reason,
});

export const establishUnit = (allianceCode: string, dto: EstablishUnitDto): Request<'EstablishUnit'> => ({
  type: 'EstablishUnit',
  allianceCode,
  unitCode: dto.code,
  name: dto.name,
  leadForce: dto.leadForce,
  category: dto.category,
});

export const setCostShareBasis = (allianceCode: string, unitCode: string, dto: SetCostShareBasisDto): Request<'SetCostShareBasis'> => ({
  type: 'SetCostShareBasis',
  allianceCode,
  unitCode,
  fromYear: dto.fromYear,
  basis: toCostShareBasis(dto.basis),
});

/** Only the fields of the basis's kind. */
function toCostShareBasis(dto: CostShareBasisDto): CostShareBasis {
  switch (dto.kind) {
    case 'fixed':
      return { kind: 'fixed', percentages: (dto as FixedBasisDto).percentages.map((p) => ({ force: p.force, share: p.share })) };
    case 'net_revenue_budget':
      return { kind: 'net_revenue_budget', year: (dto as NetRevenueBudgetBasisDto).year };
    default:
      return { kind: dto.kind, figures: (dto as MeasureBasisDto).figures.map((f) => ({ force: f.force, value: f.value })) };
  }
}

export const setUnitBudget = (allianceCode: string, unitCode: string, dto: SetUnitBudgetDto): Request<'SetUnitBudget'> => ({
  type: 'SetUnitBudget',
  allianceCode,
  unitCode,
  year: dto.year,
  amount: dto.amount,
});

/** The board re-sets a unit's shares for a year from the members' NRE as it stands now. */
export const fixUnitShares = (allianceCode: string, unitCode: string, dto: FixUnitSharesDto): Request<'FixUnitShares'> => ({
  type: 'FixUnitShares',
  allianceCode,
  unitCode,
  year: dto.year,
  reason: dto.reason,
});

export const startSavingsProgramme = (allianceCode: string, dto: StartSavingsProgrammeDto): Request<'StartSavingsProgramme'> => ({
  type: 'StartSavingsProgramme',
  allianceCode,
  programmeCode: dto.code,
  name: dto.name,
  unitCode: dto.unit,
  cashable: dto.cashable,
  startYear: dto.startYear,
  owner: dto.owner,
  recurrence: dto.recurrence,
});

/** One endpoint records all three kinds of savings figure; its `kind` picks the command. */
export function recordSavings(allianceCode: string, programmeCode: string, dto: RecordProgrammeSavingsDto): AllianceRequest {
  const figure = { allianceCode, programmeCode, year: dto.year, amount: dto.amount };
  switch (dto.kind) {
    case 'planned':
      return { type: 'PlanSavings', ...figure, ...(dto.recurrence !== undefined ? { recurrence: dto.recurrence } : {}) };
    case 'forecast':
      return { type: 'ReviseSavingsForecast', ...figure, reason: dto.reason as string };
    case 'realised':
      return { type: 'RecordRealisedSavings', ...figure, evidence: dto.evidence as string };
    default:
      return unreachable(dto.kind, 'kind of savings figure');
  }
}

export const recordNationalCollaborationAverage = (dto: RecordCollaborationAverageDto): Sent<CollaborationAveragesCommand> => ({
  type: 'RecordNationalCollaborationAverage',
  year: dto.year,
  policeShareOfNre: dto.policeShareOfNre,
  nonPoliceShareOfNre: dto.nonPoliceShareOfNre,
});

/** Parses an alliance request into its command: codes, texts, years and amounts, in the order of the fields. */
export function toAllianceCommand(request: SentAllianceCommand): AllianceCommand {
  switch (request.type) {
    case 'FormAlliance':
      return {
        type: request.type,
        allianceCode: code(request.allianceCode, 'allianceCode'),
        name: text(request.name, 'name'),
        members: members(request.members),
        knownForces: request.knownForces,
      };
    case 'InviteMember':
      return { ...request, force: forceCode(request.force, 'force'), fromYear: year(request.fromYear, 'fromYear') };
    case 'AcceptInvitation':
    case 'WithdrawInvitation':
      return request;
    case 'DeclineInvitation':
      return { ...request, reason: text(request.reason, 'reason') };
    case 'LeaveAlliance':
      return { ...request, force: forceCode(request.force, 'force'), fromYear: year(request.fromYear, 'fromYear') };
    case 'EstablishUnit':
      return {
        ...request,
        unitCode: code(request.unitCode, 'unitCode'),
        name: text(request.name, 'name'),
        category: choice(request.category, 'category', UNIT_CATEGORIES),
        leadForce: forceCode(request.leadForce, 'leadForce'),
      };
    case 'SetCostShareBasis':
      return { ...request, fromYear: year(request.fromYear, 'fromYear'), basis: basis(request.basis) };
    default:
      return programmeCommand(request);
  }
}

function programmeCommand(request: SentAllianceCommand): AllianceCommand {
  switch (request.type) {
    case 'SetUnitBudget':
      return { ...request, year: year(request.year), amount: money(request.amount, 'amount') };
    case 'FixUnitShares':
      return { ...request, year: year(request.year), reason: text(request.reason, 'reason') };
    case 'StartSavingsProgramme': {
      if (typeof request.cashable !== 'boolean') throw new InvalidInputError('cashable', 'must be true or false');
      const owner = optionalText(request.owner, 'owner') ?? undefined;
      return {
        type: request.type,
        allianceCode: request.allianceCode,
        programmeCode: code(request.programmeCode, 'programmeCode'),
        name: text(request.name, 'name'),
        ...(request.unitCode === undefined || request.unitCode === null ? {} : { unitCode: request.unitCode }),
        cashable: request.cashable,
        startYear: year(request.startYear, 'startYear'),
        ...(owner ? { owner } : {}),
        ...optionalRecurrence(request.recurrence),
      };
    }
    case 'PlanSavings': {
      const { recurrence, ...figure } = request;
      return { ...figure, year: year(request.year), amount: money(request.amount, 'amount'), ...optionalRecurrence(recurrence) };
    }
    case 'ReviseSavingsForecast':
      return { ...request, year: year(request.year), amount: money(request.amount, 'amount'), reason: text(request.reason, 'reason') };
    case 'RecordRealisedSavings':
      return {
        ...request,
        year: year(request.year),
        amount: money(request.amount, 'amount'),
        evidence: text(request.evidence, 'evidence'),
      };
    default:
      // The board's settings; an unknown type: decide()'s exhaustive switch words the error, as it always has.
      return boardSettingsCommand(request);
  }
}

function optionalRecurrence(input: unknown): { recurrence?: SavingsRecurrence } {
  const recurrence = recurrenceOf(input, 'recurrence');
  return recurrence ? { recurrence } : {};
}

function members(list: unknown): { force: string; fromYear: FinancialYear }[] {
  if (!Array.isArray(list)) throw new InvalidInputError('members', 'must list the member forces');
  return list.map((m: { force?: unknown; fromYear?: unknown }, i) => ({
    force: forceCode(m.force, `members[${i}].force`),
    fromYear: year(m.fromYear, `members[${i}].fromYear`),
  }));
}

function basis(input: unknown): CostShareBasisInput {
  const sent = (input ?? {}) as Record<string, unknown>;
  const kind = choice(sent.kind, 'basis.kind', COST_SHARE_BASIS_KINDS);
  switch (kind) {
    case 'fixed':
      return { kind, percentages: entries(sent.percentages, 'basis.percentages', 'share') };
    case 'net_revenue_budget':
      return { kind, year: year(sent.year, 'basis.year') };
    default: {
      const figures = entries(sent.figures, 'basis.figures', 'value');
      return { kind, figures };
    }
  }
}

function entries<K extends string>(list: unknown, field: string, figure: K): ({ force: string } & Record<K, Dec>)[] {
  if (!Array.isArray(list) || list.length === 0) throw new InvalidInputError(field, 'must list at least one member force');
  return list.map((raw, i) => {
    const entry = (raw ?? {}) as Record<string, unknown>;
    const force = forceCode(entry.force, `${field}[${i}].force`);
    return { force, [figure]: nonNegativeDecimal(entry[figure], `${field}[${i}].${figure}`) } as { force: string } & Record<K, Dec>;
  });
}

const SHARE_BOUNDS = { min: '0', max: '1' };

/** Parses a force's collaboration spend or marking (with what the handler adds), or the national averages, into its command. */
export { markContributionReplaces, recordCollaborationSpend, toForceCollaborationCommand };

export function toCollaborationCommand(request: Sent<CollaborationCommand>): CollaborationCommand {
  return request.type === 'RecordNationalCollaborationAverage'
    ? toCollaborationAveragesCommand(request)
    : toForceCollaborationCommand(request);
}

export function toCollaborationAveragesCommand(request: Sent<CollaborationAveragesCommand>): CollaborationAveragesCommand {
  return {
    type: request.type,
    year: year(request.year),
    policeShareOfNre: Rate.parse(request.policeShareOfNre, 'policeShareOfNre', SHARE_BOUNDS),
    nonPoliceShareOfNre: Rate.parse(request.nonPoliceShareOfNre, 'nonPoliceShareOfNre', SHARE_BOUNDS),
  };
}
