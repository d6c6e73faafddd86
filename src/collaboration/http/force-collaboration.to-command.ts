import { InvalidInputError } from '../../common/errors';
import type { Sent } from '../../common/sent';
import { BUDGET_LINE_KINDS } from '../../force-finance/force-finance.events';
import { choice, code, forceCode, money, text, year } from '../collaboration-input';
import type { ForceCollaborationCommand } from '../force-collaboration.commands';
import { COLLABORATION_PARTNERS } from '../force-collaboration.events';
import type { MarkContributionReplacesRequest } from './alliance-request';
import type { ContributionReplacesDto } from './contribution-replaces.dto';
import type { RecordCollaborationSpendDto } from './record-collaboration-spend.dto';

/**
 * The one mapping for a force's own collaboration commands: its spend outside the joint units,
 * and the base-budget lines its contribution to an alliance's units replaces.
 */

export const recordCollaborationSpend = (force: string, dto: RecordCollaborationSpendDto): Sent<ForceCollaborationCommand> => ({
  type: 'RecordCollaborationSpend',
  force,
  year: dto.year,
  partner: dto.partner,
  amount: dto.amount,
  description: dto.description,
});

export function toForceCollaborationCommand(request: Sent<ForceCollaborationCommand>): ForceCollaborationCommand {
  const force = forceCode(request.force, 'force');
  if (request.type === 'MarkContributionReplaces') {
    const { lineCodes } = request;
    if (!Array.isArray(lineCodes)) throw new InvalidInputError('lineCodes', 'must be a list of budget line codes (empty to undo)');
    lineCodes.forEach((c, i) => {
      if (typeof c !== 'string' || c.trim().length === 0) throw new InvalidInputError(`lineCodes[${i}]`, 'must be a budget line code');
    });
    if (new Set(lineCodes).size !== lineCodes.length) throw new InvalidInputError('lineCodes', 'must not name a line twice');
    return {
      type: request.type,
      force,
      allianceCode: code(request.allianceCode, 'allianceCode'),
      lineCodes: [...lineCodes],
      reason: text(request.reason, 'reason'),
      memberOf: [...request.memberOf],
      budgetLines: request.budgetLines.map((l) => ({
        code: l.code,
        kind: choice(l.kind, 'budgetLines.kind', BUDGET_LINE_KINDS),
        year: l.year,
      })),
    };
  }
  const partner = choice(request.partner, 'partner', COLLABORATION_PARTNERS);
  const amount = money(request.amount, 'amount');
  return { type: request.type, force, year: year(request.year), partner, amount, description: text(request.description, 'description') };
}

/** A force marks the base-budget lines its contribution to the alliance's joint units replaces. */
export const markContributionReplaces = (
  force: string,
  allianceCode: string,
  dto: ContributionReplacesDto,
): MarkContributionReplacesRequest => ({
  type: 'MarkContributionReplaces',
  force,
  allianceCode,
  lineCodes: dto.lineCodes,
  reason: dto.reason,
});
