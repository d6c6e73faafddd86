import type { UnitCategory } from './alliance.events';
import type { SavingsRecurrence } from './board-settings.events';
import type { Dec } from '../common/decimal';
import type { FinancialYear } from '../common/financial-year';
import type { Money } from '../common/money';
import type { MeasureBasisKind } from './cost-share-basis';

/**
 * Commands on an alliance, with typed values: `http/to-command.ts` parses what a caller sends
 * (codes, texts, "2016/17" years, decimal strings) into these, so decide checks business rules
 * only. Every command names its alliance (the handler takes it from the URL).
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
      members: { force: string; fromYear: FinancialYear }[];
      knownForces: readonly string[];
    }
  | { type: 'InviteMember'; allianceCode: string; force: string; fromYear: FinancialYear; knownForces: readonly string[] }
  | { type: 'AcceptInvitation'; allianceCode: string; force: string }
  | { type: 'DeclineInvitation'; allianceCode: string; force: string; reason: string }
  | { type: 'WithdrawInvitation'; allianceCode: string; force: string }
  | { type: 'LeaveAlliance'; allianceCode: string; force: string; fromYear: FinancialYear }
  | { type: 'EstablishUnit'; allianceCode: string; unitCode: string; name: string; leadForce: string; category: UnitCategory }
  | {
      type: 'SetCostShareBasis';
      allianceCode: string;
      unitCode: string;
      fromYear: FinancialYear;
      basis: CostShareBasisInput;
      shareBasisNre?: readonly NreFigure[];
    }
  | {
      type: 'SetUnitBudget';
      allianceCode: string;
      unitCode: string;
      year: FinancialYear;
      amount: Money;
      shareBasisNre?: readonly NreFigure[];
    }
  | {
      type: 'FixUnitShares';
      allianceCode: string;
      unitCode: string;
      year: FinancialYear;
      reason: string;
      shareBasisNre?: readonly NreFigure[];
    }
  | {
      type: 'StartSavingsProgramme';
      allianceCode: string;
      programmeCode: string;
      name: string;
      unitCode?: string;
      cashable: boolean;
      startYear: FinancialYear;
      owner?: string;
      recurrence?: SavingsRecurrence;
    }
  | {
      type: 'PlanSavings';
      allianceCode: string;
      programmeCode: string;
      year: FinancialYear;
      amount: Money;
      /** This year's figure only; absent: the programme's recurrence. */
      recurrence?: SavingsRecurrence;
    }
  | {
      type: 'ReviseSavingsForecast';
      allianceCode: string;
      programmeCode: string;
      year: FinancialYear;
      amount: Money;
      reason: string;
    }
  | {
      type: 'RecordRealisedSavings';
      allianceCode: string;
      programmeCode: string;
      year: FinancialYear;
      amount: Money;
      evidence: string;
    }
  | BoardSettingsCommand
  | BoardFiguresCommand;

/** The board's settings: whether a programme's savings recur, and its RAG thresholds (fractions of plan). */
export type BoardSettingsCommand =
  | { type: 'SetSavingsRecurrence'; allianceCode: string; programmeCode: string; recurrence: SavingsRecurrence; reason: string }
  | { type: 'SetRagThresholds'; allianceCode: string; green: Dec; amber: Dec; reason: string };

/** The board's figures beside the savings: costs to achieve, a unit's outturn, why a year's savings differ from plan. */
export type BoardFiguresCommand =
  | { type: 'SetProgrammeCostsToAchieve'; allianceCode: string; programmeCode: string; year: FinancialYear; amount: Money }
  | { type: 'RecordUnitOutturn'; allianceCode: string; unitCode: string; year: FinancialYear; amount: Money }
  | { type: 'ExplainSavingsVariance'; allianceCode: string; programmeCode: string; year: FinancialYear; explanation: string };

/**
 * A member's net revenue expenditure for a year as its MTFP stands now (before alliance lines),
 * which the handler reads and passes on the commands that fix a unit's shares (the worked
 * example names its own). Decide records them in UnitSharesFixed.v1; absent, nothing is fixed.
 */
export interface NreFigure {
  force: string;
  year: string;
  nre: string;
}

/** A cost-share basis with its figures parsed: shares and measures as decimals, the NRE year typed. */
export type CostShareBasisInput =
  | { kind: 'fixed'; percentages: { force: string; share: Dec }[] }
  | { kind: 'net_revenue_budget'; year: FinancialYear }
  | { kind: MeasureBasisKind; figures: { force: string; value: Dec }[] };

/** The command of one type. */
export type AllianceCommandOf<T extends AllianceCommand['type']> = Extract<AllianceCommand, { type: T }>;
