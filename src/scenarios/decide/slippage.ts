import { NotFoundError, RuleViolationError } from '../../common/errors';
import type { SlipSavings } from '../scenario.commands';
import type { SavingsSlipped } from '../scenario.events';

export function decideSlipSavings(command: SlipSavings): SavingsSlipped[] {
  const { allianceCode, programmeCode, share, mode } = command;
  const year = command.year.toString();
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
