import { decimal, figure, list, money, nullable, object, oneOf, text, texts, year } from './schema-builders';

/** The capital programme and the revenue capital financing line in the MTFP answer (src/mtfp/capital-financing-for-year.ts). */
const MONEY = figure(money());
const FUNDING = object({
  capitalGrant: MONEY,
  capitalReceipts: MONEY,
  revenueContribution: MONEY,
  reserves: MONEY,
  borrowing: MONEY,
});

export const CAPITAL_PROGRAMME = object(
  {
    schemes: list(
      object({
        schemeId: text(),
        name: text(),
        cost: MONEY,
        funding: FUNDING,
        fromReserve: nullable(text('The id of the reserve the reserves part is drawn from (a planned drawdown of it in the year)')),
        assetLifeYears: nullable({ type: 'integer', minimum: 1 }),
      }),
    ),
    spend: MONEY,
    funding: FUNDING,
  },
  [],
  'The capital schemes of the year and how they are funded: capital grant, capital receipts, revenue contribution (RCCO), reserves and borrowing',
);

export const CAPITAL_FINANCING = object(
  {
    mrpMethod: oneOf('straight_line'),
    inBaseBudget: MONEY,
    mrp: MONEY,
    interest: MONEY,
    revenueContribution: MONEY,
    total: MONEY,
    debtCharges: list(
      object({
        code: text('{schemeId}:{spend year, 2016-17}'),
        schemeId: text(),
        name: text(),
        spentIn: year,
        borrowing: MONEY,
        assetLifeYears: { type: 'integer', minimum: 1 },
        interestRate: figure(decimal()),
        outstanding: MONEY,
        mrp: MONEY,
        interest: MONEY,
      }),
    ),
    borrowingInBaseBudget: texts('Borrowing before the base budget year (debtCharges codes): its charges are in inBaseBudget already'),
  },
  [],
  'The revenue capital financing line, in expenditure.total: inBaseBudget (the base budget’s capital_financing lines, never inflated) + MRP (straight-line: borrowing ÷ asset life, each year from the year after the spend) + interest (the spend year’s rate on the borrowing not yet provided for at the start of the year) + RCCO of the year',
);
