/** Valid bodies of the capital programme's writes (fuzz-world.ts spreads them into VALID_BODIES; the world records the fleet scheme). */
export const CAPITAL_PROGRAMME_BODIES: Record<string, object> = {
  'POST /forces/{force}/capital-schemes': {
    schemeId: 'fleet',
    name: 'Fleet replacement',
    year: '2017/18',
    cost: '1500000.00',
    funding: {
      capitalGrant: '0.00',
      capitalReceipts: '300000.00',
      revenueContribution: '0.00',
      reserves: '200000.00',
      reserveId: 'budget-support',
      borrowing: '1000000.00',
    },
    assetLifeYears: 5,
  },
  'POST /forces/{force}/capital-schemes/{schemeId}/withdrawal': { year: '2017/18', reason: 'Scheme dropped' },
  'POST /forces/{force}/capital-financing-assumptions': { year: '2017/18', interestRate: '0.03', mrpMethod: 'straight_line' },
};
