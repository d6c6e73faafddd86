import { describe, expect, it } from 'vitest';
import { bandDBasis } from './band-d-basis';

describe('bandDBasis', () => {
  it('says an approved or proposed Band D as such', () => {
    expect(bandDBasis({ value: '152.00', basis: 'approved' })).toBe('Approved');
    expect(bandDBasis({ value: '157.00', basis: 'proposed' })).toBe('Proposed');
  });

  it("says what was assumed, re-punctuating the API's rate and amount as text", () => {
    expect(bandDBasis({ value: '157.00', basis: 'assumed', assumption: { kind: 'freeze' } })).toBe('Assumed – freeze');
    // "0.0199" is 1.99 %: the decimal point moved two places.
    expect(bandDBasis({ value: '160.12', basis: 'assumed', assumption: { kind: 'percentage', rate: '0.0199' } })).toBe(
      'Assumed – 1.99 % rise',
    );
    expect(bandDBasis({ value: '162.00', basis: 'assumed', assumption: { kind: 'pound', amount: '5' } })).toBe('Assumed – £5.00 rise');
    expect(bandDBasis({ value: '167.00', basis: 'assumed', assumption: { kind: 'max_without_referendum', needsReferendum: true } })).toBe(
      'Assumed – largest rise without a referendum (needs a referendum)',
    );
  });

  it('has nothing to say when the API gives no basis', () => {
    expect(bandDBasis({ value: '0.00' })).toBeNull();
    expect(bandDBasis(undefined)).toBeNull();
  });
});
