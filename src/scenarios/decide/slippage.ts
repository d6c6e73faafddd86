import { code as collaborationCode } from '../../collaboration/collaboration-input';
import { NotFoundError, RuleViolationError } from '../../common/errors';
import { parseChoice, parseRate, parseYear } from '../../force-finance/command-input';
import type { SlipSavings } from '../scenario.commands';
import { SLIPPAGE_MODES, type SavingsSlipped } from '../scenario.events';

export function decideSlipSavings(command: SlipSavings): SavingsSlipped[] {
  const allianceCode = collaborationCode(command.allianceCode, 'allianceCode');
  const programmeCode = collaborationCode(command.programmeCode, 'programmeCode');
  const year = parseYear(command.year, 'year').toString();
  const share = parseRate(command.share, 'share', { min: '0', max: '1' });
  const mode = parseChoice(command.mode, 'mode', SLIPPAGE_MODES);
  const programme = command.programme;
  if (programme === null || programme === undefined) {
    throw new NotFoundError(`Alliance "${allianceCode}" has no savings programme "${programmeCode}"`);
  }
  if (programme.allianceCode !== allianceCode || programme.programmeCode !== programmeCode) {
    throw new Error(
      `The handler passed programme ${programme.allianceCode}/${programme.programmeCode} for a slippage of ${allianceCode}/${programmeCode}`,
    );
  }
  const what = `${programme.allianceName}'s ${programme.programmeName}`;
  if (!programme.cashable) {
    throw new RuleViolationError(
      `${what} is not cashable: its savings do not reach any MTFP, so slipping them would change nothing`,
      'programmeCode',
    );
  }
  if (share.isZero()) throw new RuleViolationError('The share of savings that slips must be more than zero', 'share');
  if (!programme.yearsWithFigures.includes(year)) {
    throw new RuleViolationError(`${what} has no savings recorded for ${year}: there is nothing to slip`, 'year');
  }
  if (programme.realisedYears.includes(year)) {
    throw new RuleViolationError(`${what} for ${year} are already realised: the outturn is known, so they can no longer slip`, 'year');
  }
  return [{ type: 'SavingsSlipped.v1', data: { allianceCode, programmeCode, year, share: share.toExact(), mode } }];
}
