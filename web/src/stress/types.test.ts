import { describe, expect, it } from 'vitest';
import { stressTestBody, type DistributionValues, type StressVariable } from './types';

const none: DistributionValues = { kind: 'none', min: '', mode: '', max: '', mean: '', sd: '' };

describe('stressTestBody', () => {
  it('sends only the variables given a distribution, with their own fields as typed, and whole numbers as numbers', () => {
    const values = {
      payAward: { ...none, kind: 'triangular', min: '0.01', mode: '0.02', max: '0.035', mean: '9' },
      nonPayInflation: none,
      grantChange: { ...none, kind: 'normal', mean: '-0.01', sd: '0.005' },
      taxBaseGrowth: none,
      savingsDelivery: none,
    } as Record<StressVariable, DistributionValues>;
    expect(stressTestBody(values, '1000', ' 42 ')).toEqual({
      distributions: {
        payAward: { kind: 'triangular', min: '0.01', mode: '0.02', max: '0.035' },
        grantChange: { kind: 'normal', mean: '-0.01', sd: '0.005' },
      },
      paths: 1000,
      seed: 42,
    });
  });

  it('leaves out paths and seed when blank, and passes anything else on for the service to refuse', () => {
    const values = { payAward: none, nonPayInflation: none, grantChange: none, taxBaseGrowth: none, savingsDelivery: none };
    expect(stressTestBody(values, '', '')).toEqual({ distributions: {} });
    expect(stressTestBody(values, '1e3', '')).toEqual({ distributions: {}, paths: '1e3' });
  });
});
