import type { Sheet } from '../export-document';
import { unionBy, YearSheet } from '../year-sheet';
import type { MtfpYearJson } from './mtfp-year-json';

type Monitoring = NonNullable<MtfpYearJson['monitoring']>;
type Row = Monitoring['lines'][number] | Monitoring['items'][number];

const each = (years: readonly MtfpYearJson[], value: (m: Monitoring) => string | null): (string | null)[] =>
  years.map((y) => (y.monitoring ? value(y.monitoring) : null));

/**
 * Budget monitoring: each line and item of a year's budget beside its latest forecast outturn or
 * actual, and the variance (the effect on net spending, overspend positive). The net over- or
 * underspend is a formula over the variances, and the outturn's NRE a formula over the budget's
 * NRE and it, each equal to the service's figure. A year with nothing recorded is blank.
 */
export function budgetMonitoring(years: readonly MtfpYearJson[]): Sheet {
  const s = new YearSheet(
    'Budget monitoring',
    years.map((y) => y.year),
  );
  s.line(
    'Basis',
    'monitoring/basis',
    null,
    each(years, (m) => (m.basis === 'actual' ? 'actual' : `forecast as at ${m.asAtMonthName} (month ${m.asAtMonth})`)),
    'text',
  );
  const variances = [
    ...rows(
      s,
      years,
      'lines',
      (m) => m.lines,
      (r) => ('code' in r ? r.code : ''),
    ),
    ...rows(
      s,
      years,
      'items',
      (m) => m.items,
      (r) => ('itemId' in r ? r.itemId : ''),
    ),
  ];
  const net = s.total(
    'Net overspend (underspend negative)',
    variances,
    each(years, (m) => m.nre.variance.value),
  );
  const budget = s.line(
    'Net revenue expenditure: budget',
    'monitoring/nre/budget',
    null,
    each(years, (m) => m.nre.budget.value),
  );
  s.total(
    'Net revenue expenditure: outturn',
    [budget, net],
    each(years, (m) => m.nre.outturn.value),
  );
  s.line(
    'General reserve at the year end, after the outturn',
    'monitoring/generalReserve/closingAfterOutturn',
    'not summed',
    each(years, (m) => m.generalReserve?.closingAfterOutturn.value ?? null),
  );
  return s.sheet();
}

/** Budget, outturn (not summed) and variance rows of each line or item; returns the variance rows. */
function rows(
  s: YearSheet,
  years: readonly MtfpYearJson[],
  section: 'lines' | 'items',
  of: (m: Monitoring) => readonly Row[],
  key: (r: Row) => string,
): number[] {
  return unionBy(
    years.map((y) => (y.monitoring ? of(y.monitoring) : [])),
    key,
  ).map(({ key: k, first }) => {
    const find = (m: Monitoring) => of(m).find((r) => key(r) === k);
    const code = `monitoring/${section}/${k}`;
    s.line(
      `${first.name}: budget`,
      code,
      'not summed',
      each(years, (m) => find(m)?.budget.value ?? null),
    );
    s.line(
      `${first.name}: outturn`,
      code,
      'not summed',
      each(years, (m) => find(m)?.outturn.value ?? null),
    );
    return s.line(
      `${first.name}: variance`,
      code,
      first.kind,
      each(years, (m) => find(m)?.variance.value ?? null),
    );
  });
}
