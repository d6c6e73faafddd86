import { spec } from '../../../test/support/decider-spec';
import { decider, planPeriod } from '../../../test/fixtures/force-finance';
import { InvalidInputError, RuleViolationError } from '../../common/errors';

const record = (billingAuthorities: unknown[], bandDEquivalents = '420000') => ({
  type: 'RecordTaxBase' as const,
  year: '2016/17',
  bandDEquivalents,
  billingAuthorities: billingAuthorities as Array<{ code: string; name: string; bandDEquivalents: string }>,
});
const dacorum = { code: 'dacorum', name: 'Dacorum', bandDEquivalents: '120000.5' };
const rest = { code: 'rest', name: 'The rest of the county', bandDEquivalents: '299999.5' };

describe('force finance decider: a tax base by billing authority', () => {
  it('records the authorities with the total they add up to', () => {
    spec(decider)
      .given([planPeriod])
      .when(record([dacorum, rest]))
      .then([
        {
          type: 'TaxBaseRecorded.v1',
          data: {
            year: '2016/17',
            bandDEquivalents: '420000',
            billingAuthorities: [
              { code: 'dacorum', name: 'Dacorum', bandDEquivalents: '120000.5' },
              { code: 'rest', name: 'The rest of the county', bandDEquivalents: '299999.5' },
            ],
          },
        },
      ]);
  });

  it('refuses authorities that do not add up to the total, or one listed twice (422)', () => {
    spec(decider)
      .given([planPeriod])
      .when(record([dacorum, rest], '420000.01'))
      .thenThrows(
        RuleViolationError,
        /^Hertfordshire's billing authorities' tax bases for 2016\/17 add up to 420000 Band D equivalents, not the 420000\.01 given$/,
      );
    spec(decider)
      .given([planPeriod])
      .when(record([dacorum, dacorum, { ...rest, bandDEquivalents: '179999' }]))
      .thenThrows(RuleViolationError, /Billing authority dacorum is listed twice/);
  });

  it('refuses a malformed authority, naming the field (400)', () => {
    spec(decider)
      .given([planPeriod])
      .when(record([{ ...dacorum, bandDEquivalents: 'lots' }, rest]))
      .thenThrows(InvalidInputError, /billingAuthorities\[0\]\.bandDEquivalents/);
    spec(decider)
      .given([planPeriod])
      .when(record([]))
      .thenThrows(InvalidInputError, /billingAuthorities/);
  });
});
