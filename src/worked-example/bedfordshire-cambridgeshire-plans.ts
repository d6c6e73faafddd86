import { BEDS, CAMBS } from './example-forces';
import { financeOf, type ExampleForce, type ExampleStep } from './example-step';

interface SimplePlan {
  force: ExampleForce;
  pay: string;
  nonPay: string;
  income: string;
  /** 2015/16 net revenue expenditure: pay + non-pay − income. */
  nre: string;
  grants: { coreGrant: string; formulaGrant: string; legacyCouncilTaxGrants: string };
  taxBase: string;
  bandD: { '2015/16': string; '2016/17': string };
}

/**
 * Bedfordshire's and Cambridgeshire's plans. The documents are about Hertfordshire, so every
 * figure here is illustrative: just enough for each force to have an MTFP, for the BCH
 * alliance's savings to reach it, and for Organisational Support's shares by 2015/16 net revenue
 * budgets (Bedfordshire £100.0m, Cambridgeshire £130.0m, Hertfordshire £180.0m) to work.
 */
const PLANS: readonly SimplePlan[] = [
  {
    force: BEDS,
    pay: '80000000.00',
    nonPay: '25000000.00',
    income: '5000000.00',
    nre: '£100.0m',
    grants: { coreGrant: '40000000.00', formulaGrant: '26105000.00', legacyCouncilTaxGrants: '6000000.00' },
    taxBase: '160000',
    bandD: { '2015/16': '170.00', '2016/17': '171.50' },
  },
  {
    force: CAMBS,
    pay: '100000000.00',
    nonPay: '38000000.00',
    income: '8000000.00',
    nre: '£130.0m',
    grants: { coreGrant: '50000000.00', formulaGrant: '28036000.00', legacyCouncilTaxGrants: '8000000.00' },
    taxBase: '240000',
    bandD: { '2015/16': '180.00', '2016/17': '181.35' },
  },
];

const ILLUSTRATIVE = (force: ExampleForce) =>
  `Illustrative: ${force.name}'s figures are not in the documents (which are about Hertfordshire)`;

function simplePlan(plan: SimplePlan): ExampleStep[] {
  const record = financeOf(plan.force);
  const why = ILLUSTRATIVE(plan.force);
  return [
    record({ type: 'SetPlanPeriod', firstYear: '2015/16', lastYear: '2019/20' }, `${why}; the same plan period as Hertfordshire's`),
    record(
      {
        type: 'SetBaseBudget',
        year: '2015/16',
        lines: [
          { code: 'pay', name: 'Police officers and staff', kind: 'pay', amount: plan.pay },
          { code: 'non-pay', name: 'Non-pay', kind: 'non_pay', amount: plan.nonPay },
          { code: 'income', name: 'Fees, charges and specific grants', kind: 'income', amount: plan.income },
        ],
      },
      `${why}; a 2015/16 net revenue budget of ${plan.nre}, the figure Organisational Support cost shares are based on`,
    ),
    ...(['2016/17', '2017/18', '2018/19', '2019/20'] as const).map((year) =>
      record(
        {
          type: 'SetPlanAssumptions',
          year,
          payAward: '0.01',
          nonPayInflation: '0.02',
          incomeInflation: '0',
          grantChange: year === '2016/17' ? '0' : '-0.01',
          taxBaseGrowth: '0.01',
        },
        `${why}; the same assumptions for ${year} as Hertfordshire's`,
      ),
    ),
    ...(['2015/16', '2016/17'] as const).map((year) =>
      record(
        { type: 'RecordGrantSettlement', year, ...plan.grants, otherGeneralGrants: '0.00' },
        `${why}; flat cash, chosen so 2015/16 balances after the force's share of the BCH savings realised that year`,
      ),
    ),
    record({ type: 'RecordTaxBase', year: '2015/16', bandDEquivalents: plan.taxBase }, why),
    ...(['2015/16', '2016/17'] as const).map((year) =>
      record({ type: 'RecordPrecept', year, bandD: plan.bandD[year], status: 'approved' }, why),
    ),
    // Keyed steps added later (a precept assumption for every future year): the numbered steps keep their keys.
    ...(['2017/18', '2018/19', '2019/20'] as const).map((year) => ({
      ...record(
        { type: 'SetPreceptAssumption', year, assumption: { kind: 'max_without_referendum' } },
        `${why}; the plan assumes the most the ${year} referendum principle allows the PCC without a referendum (police finance reference)`,
      ),
      key: `worked-example:${plan.force.code}:precept-assumption:${year}`,
    })),
  ];
}

export const BEDFORDSHIRE_AND_CAMBRIDGESHIRE_PLANS: readonly ExampleStep[] = PLANS.flatMap(simplePlan);
