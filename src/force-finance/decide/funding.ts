import { Dec } from '../../common/decimal';
import { RuleViolationError } from '../../common/errors';
import { Money } from '../../common/money';
import { requireNonNegative, requirePositive, requireWholePence } from '../money-rules';
import type { ForceNames } from '../force-finance.commands';
import type { RecordCollectionFund, RecordGrantSettlement, RecordPrecept, RecordTaxBase } from '../force-finance.commands';
import {
  type CollectionFundRecorded,
  type GrantSettlementRecorded,
  type PreceptRecorded,
  type TaxBaseRecorded,
} from '../force-finance.events';
import type { ForceFinanceState } from '../force-finance.state';
import { formatPounds } from '../format-pounds';
import { possessive, requireYearInPlan } from '../plan-period-rules';

export function decideRecordGrantSettlement(
  command: RecordGrantSettlement,
  state: ForceFinanceState,
  { forceName }: ForceNames,
): GrantSettlementRecorded[] {
  const { year } = command;
  const data = {
    year: year.toString(),
    coreGrant: requireNonNegative(command.coreGrant, 'coreGrant', 'Core grant').toExact(),
    formulaGrant: requireNonNegative(command.formulaGrant, 'formulaGrant', 'Formula grant').toExact(),
    legacyCouncilTaxGrants: requireNonNegative(
      command.legacyCouncilTaxGrants,
      'legacyCouncilTaxGrants',
      'Legacy council tax grants',
    ).toExact(),
    otherGeneralGrants: requireNonNegative(command.otherGeneralGrants, 'otherGeneralGrants', 'Other general grants').toExact(),
  };
  requireYearInPlan(state, forceName, year, 'year');
  return [{ type: 'GrantSettlementRecorded.v1', data }];
}

/** A tax base by billing authority must name each authority once and add up to the force's total exactly. */
export function decideRecordTaxBase(command: RecordTaxBase, state: ForceFinanceState, { forceName }: ForceNames): TaxBaseRecorded[] {
  const { year, bandDEquivalents, billingAuthorities } = command;
  requireYearInPlan(state, forceName, year, 'year');
  const data: TaxBaseRecorded['data'] = { year: year.toString(), bandDEquivalents: bandDEquivalents.toFixed() };
  if (billingAuthorities !== undefined) {
    const codes = new Set<string>();
    for (const authority of billingAuthorities) {
      if (codes.has(authority.code))
        throw new RuleViolationError(`Billing authority ${authority.code} is listed twice in the ${year} tax base`, 'billingAuthorities');
      codes.add(authority.code);
    }
    const sum = billingAuthorities.reduce((total, a) => total.plus(a.bandDEquivalents), new Dec(0));
    if (!sum.equals(bandDEquivalents)) {
      throw new RuleViolationError(
        `${possessive(forceName)} billing authorities' tax bases for ${year} add up to ${sum.toFixed()} Band D equivalents, not the ${bandDEquivalents.toFixed()} given`,
        'billingAuthorities',
      );
    }
    data.billingAuthorities = billingAuthorities.map((a) => ({
      code: a.code,
      name: a.name,
      bandDEquivalents: a.bandDEquivalents.toFixed(),
    }));
  }
  return [{ type: 'TaxBaseRecorded.v1', data }];
}

/** Any sign: a surplus is positive, a deficit negative. */
export function decideRecordCollectionFund(
  command: RecordCollectionFund,
  state: ForceFinanceState,
  { forceName }: ForceNames,
): CollectionFundRecorded[] {
  const { year, amount } = command;
  requireYearInPlan(state, forceName, year, 'year');
  return [{ type: 'CollectionFundRecorded.v1', data: { year: year.toString(), amount: amount.toExact() } }];
}

/**
 * The precept timetable: proposed (perhaps vetoed once by the panel, then proposed again),
 * then approved. An approved precept may be re-recorded to correct it; a proposal or a veto
 * after approval is refused. A veto names the Band D it rejects and, when a proposal stands,
 * must name that one.
 */
export function decideRecordPrecept(command: RecordPrecept, state: ForceFinanceState, { forceName }: ForceNames): PreceptRecorded[] {
  const { year, status } = command;
  const bandD = requireWholePence(requirePositive(command.bandD, 'bandD', 'Band D'), 'bandD', 'Band D');
  requireYearInPlan(state, forceName, year, 'year');

  const recorded = state.precepts[year.toString()];
  if (recorded?.approved && status !== 'approved') {
    throw new RuleViolationError(
      `${possessive(forceName)} ${year} precept is already approved at ${formatPounds(Money.of(recorded.approved.bandD))} Band D: a ${status} precept cannot follow approval (record an approved figure again to correct it)`,
      'status',
    );
  }
  if (status === 'vetoed' && recorded?.proposed && !Money.of(recorded.proposed.bandD).equals(bandD)) {
    throw new RuleViolationError(
      `The ${year} proposal standing is ${formatPounds(Money.of(recorded.proposed.bandD))} Band D; a veto of ${formatPounds(bandD)} does not match it`,
      'bandD',
    );
  }
  return [{ type: 'PreceptRecorded.v1', data: { year: year.toString(), bandD: bandD.toExact(), status } }];
}
