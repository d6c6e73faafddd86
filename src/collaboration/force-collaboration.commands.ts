import type { FinancialYear } from '../common/financial-year';
import type { Money } from '../common/money';
import type { BudgetLineKind } from '../force-finance/force-finance.events';
import type { CollaborationPartner } from './force-collaboration.events';

/**
 * Typed by `http/to-command.ts`. The handler checks the force is registered before it runs
 * these (the stream is keyed by it).
 */
export type ForceCollaborationCommand =
  | {
      type: 'RecordCollaborationSpend';
      force: string;
      year: FinancialYear;
      partner: CollaborationPartner;
      amount: Money;
      description: string;
    }
  | {
      /**
       * The force says which of its own base-budget lines its contribution to an alliance's joint
       * units replaces (none, to undo it). Other streams' facts are told by the handler: the
       * alliances the force has been a member of, and the lines of the force's base budgets.
       */
      type: 'MarkContributionReplaces';
      force: string;
      allianceCode: string;
      lineCodes: string[];
      reason: string;
      memberOf: string[];
      budgetLines: BudgetLineOfForce[];
    };

/** A line of one of the force's base budgets, as decide needs it. */
export interface BudgetLineOfForce {
  code: string;
  kind: BudgetLineKind;
  year: string;
}

export type ForceCollaborationCommandOf<T extends ForceCollaborationCommand['type']> = Extract<ForceCollaborationCommand, { type: T }>;
