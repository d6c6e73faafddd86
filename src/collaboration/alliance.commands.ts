import type { UnitCategory } from './alliance.events';
import type { CostShareBasis } from './cost-share-basis';

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

/** The command of one type. */
export type AllianceCommandOf<T extends AllianceCommand['type']> = Extract<AllianceCommand, { type: T }>;
