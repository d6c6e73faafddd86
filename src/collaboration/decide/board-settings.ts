import { NotFoundError, RuleViolationError } from '../../common/errors';
import type { AllianceCommandOf } from '../alliance.commands';
import type { AllianceEvent } from '../alliance.events';
import { findProgramme } from '../alliance.readers';
import { percentInWords } from '../collaboration-format';
import type { FormedAlliance } from './formed';

/**
 * Records whether a programme's yearly figures recur. Asking for what already holds changes
 * nothing – including one-off for a programme that never said (unrecorded means one-off).
 */
export function decideSetSavingsRecurrence(command: AllianceCommandOf<'SetSavingsRecurrence'>, facts: FormedAlliance): AllianceEvent[] {
  const programme = findProgramme(facts, command.programmeCode);
  if (!programme) throw new NotFoundError(`${facts.name} has no savings programme "${command.programmeCode}".`);
  if (programme.recurrence === command.recurrence) return [];
  const { recurrence, reason } = command;
  return [{ type: 'SavingsRecurrenceSet.v1', data: { programmeCode: programme.programmeCode, recurrence, reason } }];
}

/**
 * The board's RAG thresholds: amber may not be above green (a delivery could not then be amber),
 * and green above 100 % would call a programme delivering its whole plan amber or red – both are
 * broken rules of the report (422). Recording the thresholds already in force changes nothing.
 */
export function decideSetRagThresholds(command: AllianceCommandOf<'SetRagThresholds'>, facts: FormedAlliance): AllianceEvent[] {
  const { green, amber, reason } = command;
  if (amber.greaterThan(green)) {
    throw new RuleViolationError(
      `The amber threshold (${percentInWords(amber)} of plan) must not be above the green one (${percentInWords(green)}).`,
      'amber',
    );
  }
  if (green.greaterThan(1)) {
    throw new RuleViolationError(
      `A green threshold of ${percentInWords(green)} of plan would show a programme delivering all its plan as not green; it must be at most 100 %.`,
      'green',
    );
  }
  const current = facts.ragThresholds;
  if (current && green.equals(current.green) && amber.equals(current.amber)) return [];
  return [{ type: 'RagThresholdsSet.v1', data: { green: green.toFixed(), amber: amber.toFixed(), reason } }];
}
