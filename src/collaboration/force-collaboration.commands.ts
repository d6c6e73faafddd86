import type { FinancialYear } from '../common/financial-year';
import type { Money } from '../common/money';
import type { CollaborationPartner } from './force-collaboration.events';

/**
 * Typed by `http/to-command.ts`. The handler checks the force is registered before it runs
 * this (the stream is keyed by it).
 */
export type ForceCollaborationCommand = {
  type: 'RecordCollaborationSpend';
  force: string;
  year: FinancialYear;
  partner: CollaborationPartner;
  amount: Money;
  description: string;
};
