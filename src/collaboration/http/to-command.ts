import { unreachable } from '../../event-sourcing/decider';
import type { CollaborationAveragesCommand } from '../collaboration-averages.commands';
import type { ForceCollaborationCommand } from '../force-collaboration.commands';
import type { AllianceRequest } from './alliance-command.message';
import { toCostShareBasis } from './cost-share-basis.dto';
import type { EstablishUnitDto } from './establish-unit.dto';
import type { FormAllianceDto } from './form-alliance.dto';
import type { InviteMemberDto } from './invite-member.dto';
import type { LeaveAllianceDto } from './leave-alliance.dto';
import type { DeclineInvitationDto } from './answer-invitation.dto';
import type { RecordCollaborationAverageDto } from './record-collaboration-average.dto';
import type { RecordCollaborationSpendDto } from './record-collaboration-spend.dto';
import type { RecordProgrammeSavingsDto } from './record-programme-savings.dto';
import type { SetCostShareBasisDto } from './set-cost-share-basis.dto';
import type { SetUnitBudgetDto } from './set-unit-budget.dto';
import type { StartSavingsProgrammeDto } from './start-savings-programme.dto';

/**
 * The one mapping from a validated request (URL parameters and body DTO) to a collaboration
 * command: the controllers call these and send the result; nothing else builds commands from HTTP.
 */

type Request<T extends AllianceRequest['type']> = Extract<AllianceRequest, { type: T }>;

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

export const setUnitBudget = (allianceCode: string, unitCode: string, dto: SetUnitBudgetDto): Request<'SetUnitBudget'> => ({
  type: 'SetUnitBudget',
  allianceCode,
  unitCode,
  year: dto.year,
  amount: dto.amount,
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
});

/** One endpoint records all three kinds of savings figure; its `kind` picks the command. */
export function recordSavings(allianceCode: string, programmeCode: string, dto: RecordProgrammeSavingsDto): AllianceRequest {
  const figure = { allianceCode, programmeCode, year: dto.year, amount: dto.amount };
  switch (dto.kind) {
    case 'planned':
      return { type: 'PlanSavings', ...figure };
    case 'forecast':
      return { type: 'ReviseSavingsForecast', ...figure, reason: dto.reason as string };
    case 'realised':
      return { type: 'RecordRealisedSavings', ...figure, evidence: dto.evidence as string };
    default:
      return unreachable(dto.kind, 'kind of savings figure');
  }
}

export const recordCollaborationSpend = (force: string, dto: RecordCollaborationSpendDto): ForceCollaborationCommand => ({
  type: 'RecordCollaborationSpend',
  force,
  year: dto.year,
  partner: dto.partner,
  amount: dto.amount,
  description: dto.description,
});

export const recordNationalCollaborationAverage = (dto: RecordCollaborationAverageDto): CollaborationAveragesCommand => ({
  type: 'RecordNationalCollaborationAverage',
  year: dto.year,
  policeShareOfNre: dto.policeShareOfNre,
  nonPoliceShareOfNre: dto.nonPoliceShareOfNre,
});
