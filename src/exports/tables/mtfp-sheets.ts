import { Money } from '../../common/money';
import type { MtfpYearJson } from './mtfp-year-json';
import type { Sheet } from '../export-document';
import { negated, unionBy, YearSheet } from '../year-sheet';
import { specificGrantRows } from './specific-grant-rows';

export type { MtfpYearJson };

const each = (years: readonly MtfpYearJson[], value: (y: MtfpYearJson) => string | null): (string | null)[] => years.map(value);

/** The MTFP's detailed sheets, years across: each total a formula over its lines. */
export function expenditure(years: readonly MtfpYearJson[]): Sheet {
  const s = new YearSheet(
    'Expenditure',
    years.map((y) => y.year),
  );
  const over: number[] = [];
  for (const { key, first } of unionBy(
    years.map((y) => y.expenditure.lines),
    (l) => l.code,
  )) {
    const values = each(years, (y) => y.expenditure.lines.find((l) => l.code === key)?.amount.value ?? null);
    over.push(s.line(first.name, key, first.kind, values));
  }
  for (const { key, first } of unionBy(
    years.map((y) => y.expenditure.items),
    (i) => i.itemId,
  )) {
    const amount = (y: MtfpYearJson) => y.expenditure.items.find((i) => i.itemId === key)?.amount.value ?? null;
    const values = each(years, (y) => (first.kind === 'saving' ? negated(amount(y)) : amount(y)));
    over.push(s.line(first.description, key, `${first.kind} (${first.recurrence})`, values));
  }
  for (const { key, first } of unionBy(
    years.map((y) => y.expenditure.externalSavings),
    (e) => e.code,
  )) {
    const values = each(years, (y) => negated(y.expenditure.externalSavings.find((e) => e.code === key)?.amount.value ?? null));
    over.push(s.line(first.name, key, 'alliance saving', values));
  }
  for (const { key, first } of unionBy(
    years.map((y) => y.expenditure.contributions),
    (c) => c.code,
  )) {
    const values = each(years, (y) => y.expenditure.contributions.find((c) => c.code === key)?.amount.value ?? null);
    over.push(s.line(first.name, key, 'contribution to joint units', values));
  }
  over.push(...payOnCostLines(s, years));
  // MRP, interest and RCCO of the capital programme (the base budget's capital_financing lines are among the lines above).
  const programme = each(years, (y) =>
    Money.sum(
      [y.capitalFinancing.mrp, y.capitalFinancing.interest, y.capitalFinancing.revenueContribution].map((f) => Money.parse(f.value)),
    ).toPence(),
  );
  if (programme.some((v) => v !== '0.00')) {
    over.push(
      s.line('Capital financing: MRP, interest and revenue contributions to capital', 'capitalFinancing', 'capital financing', programme),
    );
  }
  s.total(
    'Total expenditure',
    over,
    each(years, (y) => y.expenditure.total.value),
  );
  return s.sheet();
}

/** Each pay group's employer on-costs (pension, NI, apprenticeship levy), where a force records on-cost rates. */
function payOnCostLines(s: YearSheet, years: readonly MtfpYearJson[]): number[] {
  const groups = unionBy(
    years.map((y) => y.expenditure.payGroups.filter((g) => g.onCosts !== null)),
    (g) => g.group,
  );
  return groups.map(({ key }) =>
    s.line(
      `Pay on-costs: ${key} (pension, NI, apprenticeship levy)`,
      `expenditure/payGroups/${key}/onCosts`,
      'pay on-costs',
      each(years, (y) => y.expenditure.payGroups.find((g) => g.group === key)?.onCosts?.total.value ?? null),
    ),
  );
}

export function income(years: readonly MtfpYearJson[]): Sheet {
  const s = new YearSheet(
    'Income',
    years.map((y) => y.year),
  );
  const over = unionBy(
    years.map((y) => y.income.lines),
    (l) => l.code,
  ).map(({ key, first }) =>
    s.line(
      first.name,
      key,
      first.kind,
      each(years, (y) => y.income.lines.find((l) => l.code === key)?.amount.value ?? null),
    ),
  );
  s.total(
    'Total income',
    over,
    each(years, (y) => y.income.total.value),
  );
  return s.sheet();
}

export function funding(years: readonly MtfpYearJson[]): Sheet {
  const s = new YearSheet(
    'Funding',
    years.map((y) => y.year),
  );
  const grants = [
    ['Core grant', 'coreGrant'],
    ['Formula grant', 'formulaGrant'],
    ['Legacy council tax grants', 'legacyCouncilTaxGrants'],
    ['Other general grants', 'otherGeneralGrants'],
  ] as const;
  const over = grants.map(([label, key]) =>
    s.line(
      label,
      key,
      'grant',
      each(years, (y) => y.funding[key].value),
    ),
  );
  over.push(
    s.line(
      'Precept',
      'precept/income',
      'council tax',
      each(years, (y) => y.funding.precept.income.value),
    ),
  );
  over.push(
    s.line(
      'Collection fund',
      'collectionFund',
      'council tax',
      each(years, (y) => y.funding.collectionFund.value),
    ),
  );
  over.push(...specificGrantRows(s, years));
  s.total(
    'Total funding',
    over,
    each(years, (y) => y.funding.total.value),
  );
  s.line(
    'Band D (£ a year)',
    'precept/bandD',
    'not summed',
    each(years, (y) => y.funding.precept.bandD.value),
  );
  s.line(
    'Tax base (Band D equivalents)',
    'precept/taxBase',
    'not summed',
    each(years, (y) => y.funding.precept.taxBase.value),
    'quantity',
  );
  s.line(
    'Council tax requirement (s42A: Band D × tax base)',
    'precept/councilTaxRequirement',
    'not summed',
    each(years, (y) => y.funding.precept.councilTaxRequirement.value),
  );
  for (const { key, first } of unionBy(
    years.map((y) => y.funding.precept.byBillingAuthority),
    (a) => a.code,
  )) {
    s.line(
      `Precept issued to ${first.name}`,
      `precept/byBillingAuthority/${key}`,
      'not summed',
      each(years, (y) => y.funding.precept.byBillingAuthority.find((a) => a.code === key)?.precept.value ?? null),
    );
  }
  return s.sheet();
}

export function reserveUse(years: readonly MtfpYearJson[]): Sheet {
  const s = new YearSheet(
    'Reserve use',
    years.map((y) => y.year),
  );
  const drawdowns = s.line(
    'Drawdowns supporting the budget',
    'reserveUse/drawdowns',
    null,
    each(years, (y) => y.reserveUse.drawdowns.value),
  );
  const contributions = s.line(
    'Less contributions from the budget',
    'reserveUse/contributions',
    null,
    each(years, (y) => negated(y.reserveUse.contributions.value)),
  );
  s.total(
    'Net use of reserves',
    [drawdowns, contributions],
    each(years, (y) => y.reserveUse.net.value),
  );
  return s.sheet();
}

export function reserves(years: readonly MtfpYearJson[]): Sheet {
  const s = new YearSheet(
    'Reserves',
    years.map((y) => y.year),
  );
  for (const { key, first } of unionBy(
    years.map((y) => y.reserves),
    (r) => r.reserveId,
  )) {
    const of = (y: MtfpYearJson) => y.reserves.find((r) => r.reserveId === key);
    const opening = s.line(
      `${first.name}: opening`,
      key,
      first.kind,
      each(years, (y) => of(y)?.opening.value ?? null),
    );
    const plus = s.line(
      `${first.name}: contributions`,
      key,
      first.kind,
      each(years, (y) => of(y)?.contributions.value ?? null),
    );
    const less = s.line(
      `${first.name}: less drawdowns`,
      key,
      first.kind,
      each(years, (y) => negated(of(y)?.drawdowns.value ?? null)),
    );
    s.total(
      `${first.name}: closing`,
      [opening, plus, less],
      each(years, (y) => of(y)?.closing.value ?? null),
    );
  }
  s.line(
    'General reserves together: closing',
    'generalReserve/closing',
    'not summed',
    each(years, (y) => y.generalReserve?.closing.value ?? null),
  );
  s.line(
    'Minimum general reserve',
    'generalReserve/minimum',
    'not summed',
    each(years, (y) => y.generalReserve?.minimum?.value ?? null),
  );
  return s.sheet();
}

export function assumptions(years: readonly MtfpYearJson[]): Sheet {
  const s = new YearSheet(
    'Assumptions',
    years.map((y) => y.year),
    'rate',
  );
  const names = [
    ['Pay award', 'payAward'],
    ['Non-pay inflation', 'nonPayInflation'],
    ['Income inflation', 'incomeInflation'],
    ['Grant change', 'grantChange'],
    ['Tax base growth', 'taxBaseGrowth'],
  ] as const;
  for (const [label, key] of names)
    s.line(
      label,
      key,
      'rate',
      each(years, (y) => y.assumptions[key].value),
    );
  return s.sheet();
}
