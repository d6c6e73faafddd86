import { InvalidInputError } from '../../common/errors';
import type { AllianceCommand } from '../alliance.commands';
import { SAVINGS_RECURRENCES, type SavingsRecurrence } from '../board-settings.events';
import { nonNegativeDecimal, text } from '../collaboration-input';
import { boardFiguresCommand } from './board-figures.to-command';
import type { SetRagThresholdsDto, SetSavingsRecurrenceDto } from './board-settings.dto';
import type { Request, SentAllianceCommand } from './alliance-request';

export const setSavingsRecurrence = (
  allianceCode: string,
  programmeCode: string,
  dto: SetSavingsRecurrenceDto,
): Request<'SetSavingsRecurrence'> => ({
  type: 'SetSavingsRecurrence',
  allianceCode,
  programmeCode,
  recurrence: dto.recurrence,
  reason: dto.reason,
});

export const setRagThresholds = (allianceCode: string, dto: SetRagThresholdsDto): Request<'SetRagThresholds'> => ({
  type: 'SetRagThresholds',
  allianceCode,
  green: dto.green,
  amber: dto.amber,
  reason: dto.reason,
});

/** A recurrence as sent: absent stays absent (one-off, as before recurrence was recorded). */
export function recurrenceOf(input: unknown, field: string): SavingsRecurrence | undefined {
  if (input === undefined || input === null) return undefined;
  if (!SAVINGS_RECURRENCES.includes(input as SavingsRecurrence)) {
    throw new InvalidInputError(field, `must be one of ${SAVINGS_RECURRENCES.join(', ')}`);
  }
  return input as SavingsRecurrence;
}

/** The board's settings, parsed; anything else is left to decide()'s exhaustive switch. */
export function boardSettingsCommand(request: SentAllianceCommand): AllianceCommand {
  switch (request.type) {
    case 'SetSavingsRecurrence':
      return {
        ...request,
        recurrence: recurrenceOf(request.recurrence, 'recurrence') ?? missing('recurrence'),
        reason: text(request.reason, 'reason'),
      };
    case 'SetRagThresholds':
      return {
        ...request,
        green: nonNegativeDecimal(request.green, 'green'),
        amber: nonNegativeDecimal(request.amber, 'amber'),
        reason: text(request.reason, 'reason'),
      };
    default:
      // The board's figures; an unknown type: decide()'s exhaustive switch words the error.
      return boardFiguresCommand(request);
  }
}

function missing(field: string): never {
  throw new InvalidInputError(field, `must be one of ${SAVINGS_RECURRENCES.join(', ')}`);
}
