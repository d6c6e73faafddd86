import { RuleViolationError } from '../../common/errors';
import type { ForceCollaborationCommandOf } from '../force-collaboration.commands';
import type { ForceCollaborationEvent } from '../force-collaboration.events';
import type { ForceCollaborationFacts } from '../force-collaboration.state';

/**
 * A force marks which of its own base-budget lines its contribution to an alliance's joint units
 * replaces. Only a force that has been a member contributes; each code must name a spending
 * line (pay or non-pay) of one of the force's base budgets – a contribution replaces spending,
 * never income. Marking again for the alliance replaces the marking; the same marking again
 * records nothing.
 */
export function decideMarkContributionReplaces(
  command: ForceCollaborationCommandOf<'MarkContributionReplaces'>,
  state: ForceCollaborationFacts,
): ForceCollaborationEvent[] {
  const { force, allianceCode, lineCodes, reason } = command;
  if (!command.memberOf.includes(allianceCode)) {
    throw new RuleViolationError(
      `"${force}" has never been a member of the alliance "${allianceCode}", so it makes no contribution there that could replace its budget lines.`,
      'allianceCode',
    );
  }
  lineCodes.forEach((code, i) => {
    const lines = command.budgetLines.filter((l) => l.code === code);
    if (lines.length === 0) {
      const known = [...new Set(command.budgetLines.map((l) => l.code))];
      throw new RuleViolationError(
        `No base budget of "${force}" has a line "${code}"${known.length > 0 ? ` (its lines: ${known.join(', ')})` : ' (it has no base budget recorded)'}.`,
        `lineCodes[${i}]`,
      );
    }
    if (lines.every((l) => l.kind === 'income')) {
      throw new RuleViolationError(
        `"${code}" is an income line of "${force}"'s base budget (${lines.map((l) => l.year).join(', ')}); a contribution replaces spending, not income.`,
        `lineCodes[${i}]`,
      );
    }
  });
  const current = (state.replacements ?? []).find((r) => r.allianceCode === allianceCode);
  const same = current && current.reason === reason && sameCodes(current.lineCodes, lineCodes);
  if (same || (!current && lineCodes.length === 0)) return [];
  return [{ type: 'ContributionReplacesBudgetLines.v1', data: { allianceCode, lineCodes: [...lineCodes], reason } }];
}

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((code) => b.includes(code));
}
