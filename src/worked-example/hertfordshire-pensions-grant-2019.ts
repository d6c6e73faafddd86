import { HERTS } from './example-forces';
import { financeOf, type ExampleStep } from './example-step';

const herts = financeOf(HERTS);

/**
 * Hertfordshire's 2019/20 police pensions grant as a specific grant of its own, tied to the pay it
 * helps fund (the officer employer rate rose from 21.3 % to 31.0 % in April 2019). Plan 2019 shows
 * only "Central Government Funding £118.7m", so the grant is taken out of that figure rather than
 * added to it: central government funding, the funding total (£203.4m), NRE (£208.1m) and the gap
 * stay as published. Keyed steps of phase 2, added after the example was first published.
 */
export const PENSIONS_GRANT_2019_20 = '2000000.00';

export const HERTFORDSHIRE_PENSIONS_GRANT_2019: readonly ExampleStep[] = [
  {
    ...herts(
      {
        type: 'RecordGrantSettlement',
        year: '2019/20',
        coreGrant: '65300000.00',
        formulaGrant: '39100000.00',
        legacyCouncilTaxGrants: '12300000.00',
        otherGeneralGrants: '0.00',
      },
      'Plan 2019: Central Government Funding £118.7m in 2019/20, of which the police pensions grant (illustrative £2.0m) is now recorded as a specific grant of its own; the general grants are the other £116.7m (illustrative split, as before)',
    ),
    key: 'worked-example:herts:settlement-2019-20:less-pensions-grant',
  },
  {
    ...herts(
      {
        type: 'RecordSpecificGrant',
        grantId: 'pensions-grant',
        name: 'Police pensions grant',
        kind: 'specific',
        year: '2019/20',
        amount: PENSIONS_GRANT_2019_20,
        fundsBudgetLine: 'officers-and-staff',
        conditions: 'Towards the officer employer pension contribution of 31.0 % from April 2019 (21.3 % before)',
      },
      'Illustrative: the 2019/20 pensions grant is not in the documents (mtfp-practice: the 31.0 % employer rate from April 2019 was partly met by a Home Office pensions grant, a specific grant); £2.0m is a round illustrative figure within Plan 2019’s £118.7m central government funding, tied to officers and staff pay',
    ),
    key: 'worked-example:herts:pensions-grant-2019-20',
  },
];
