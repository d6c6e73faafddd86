import type { AllianceCommand } from '../alliance.commands';
import { money, text, year } from '../collaboration-input';
import type { ExplainSavingsVarianceDto, RecordUnitOutturnDto, SetCostsToAchieveDto } from './board-figures.dto';
import type { Request, SentAllianceCommand } from './alliance-request';

/** The board's figures: requests built from the URL and the body, and their parsing into commands. */

export const setCostsToAchieve = (
  allianceCode: string,
  programmeCode: string,
  dto: SetCostsToAchieveDto,
): Request<'SetProgrammeCostsToAchieve'> => ({
  type: 'SetProgrammeCostsToAchieve',
  allianceCode,
  programmeCode,
  year: dto.year,
  amount: dto.amount,
});

export const recordUnitOutturn = (allianceCode: string, unitCode: string, dto: RecordUnitOutturnDto): Request<'RecordUnitOutturn'> => ({
  type: 'RecordUnitOutturn',
  allianceCode,
  unitCode,
  year: dto.year,
  amount: dto.amount,
});

export const explainSavingsVariance = (
  allianceCode: string,
  programmeCode: string,
  dto: ExplainSavingsVarianceDto,
): Request<'ExplainSavingsVariance'> => ({
  type: 'ExplainSavingsVariance',
  allianceCode,
  programmeCode,
  year: dto.year,
  explanation: dto.explanation,
});

/** The board's figures, parsed; anything else is left to decide()'s exhaustive switch. */
export function boardFiguresCommand(request: SentAllianceCommand): AllianceCommand {
  switch (request.type) {
    case 'SetProgrammeCostsToAchieve':
      return { ...request, year: year(request.year), amount: money(request.amount, 'amount') };
    case 'RecordUnitOutturn':
      return { ...request, year: year(request.year), amount: money(request.amount, 'amount') };
    case 'ExplainSavingsVariance':
      return { ...request, year: year(request.year), explanation: text(request.explanation, 'explanation') };
    default:
      return request as unknown as AllianceCommand;
  }
}
