import type { Sheet } from '../export-document';
import { unionBy, YearSheet } from '../year-sheet';
import type { MtfpYearJson } from './mtfp-sheets';

const each = (years: readonly MtfpYearJson[], value: (y: MtfpYearJson) => string | null): (string | null)[] => years.map(value);

const GROUP_NAMES: Record<string, string> = { officers: 'Police officers', staff: 'Police staff', pcsos: 'PCSOs' };

/**
 * Each pay group's pay worked out, years across: its pay at the start of the year, the year's
 * incremental drift and the part of the award the year bears, totalled by formula to the
 * group's pay (its lines on the Expenditure sheet); the award's rate, effective month and
 * full-year effect beside them, not summed; then, where on-cost rates are recorded, its employer
 * pension, NI and apprenticeship levy, totalled by formula.
 */
export function payGroups(years: readonly MtfpYearJson[]): Sheet {
  const s = new YearSheet(
    'Pay groups',
    years.map((y) => y.year),
  );
  for (const { key } of unionBy(
    years.map((y) => y.expenditure.payGroups),
    (g) => g.group,
  )) {
    const of = (y: MtfpYearJson) => y.expenditure.payGroups.find((g) => g.group === key);
    const name = GROUP_NAMES[key] ?? key;
    const code = `expenditure/payGroups/${key}`;
    s.line(
      `${name}: pay award`,
      code,
      'not summed',
      each(years, (y) => of(y)?.award?.rate.value ?? null),
      'rate',
    );
    s.line(
      `${name}: effective month (1–12)`,
      code,
      'not summed',
      each(years, (y) => month(of(y)?.award?.effectiveMonth)),
      'integer',
    );
    s.line(
      `${name}: incremental drift`,
      code,
      'not summed',
      each(years, (y) => of(y)?.award?.incrementalDrift.value ?? null),
      'rate',
    );
    s.line(
      `${name}: full-year effect of the award`,
      code,
      'not summed',
      each(years, (y) => of(y)?.awardFullYear.value ?? null),
    );
    const over = [
      s.line(
        `${name}: pay at the start of the year`,
        code,
        'pay',
        each(years, (y) => of(y)?.opening.value ?? null),
      ),
      s.line(
        `${name}: incremental drift`,
        code,
        'pay',
        each(years, (y) => of(y)?.drift.value ?? null),
      ),
      s.line(
        `${name}: award in the year (part-year effect)`,
        code,
        'pay',
        each(years, (y) => of(y)?.awardInYear.value ?? null),
      ),
      // Where the force records its establishment: what the change in FTE since the base year adds.
      ...(years.some((y) => of(y)?.establishment)
        ? [
            s.line(
              `${name}: change in establishment (FTE)`,
              code,
              'pay',
              each(years, (y) => of(y)?.establishment?.effect.value ?? null),
            ),
          ]
        : []),
    ];
    s.total(
      `${name}: pay`,
      over,
      each(years, (y) => of(y)?.total.value ?? null),
    );
    if (!years.some((y) => of(y)?.onCosts)) continue;
    const onCosts = [
      s.line(
        `${name}: employer pension`,
        code,
        'on-cost',
        each(years, (y) => of(y)?.onCosts?.pension.value ?? null),
      ),
      s.line(
        `${name}: employer national insurance`,
        code,
        'on-cost',
        each(years, (y) => of(y)?.onCosts?.nationalInsurance.value ?? null),
      ),
      s.line(
        `${name}: apprenticeship levy`,
        code,
        'on-cost',
        each(years, (y) => of(y)?.onCosts?.apprenticeshipLevy.value ?? null),
      ),
    ];
    s.total(
      `${name}: on-costs`,
      onCosts,
      each(years, (y) => of(y)?.onCosts?.total.value ?? null),
    );
  }
  return s.sheet();
}

/** The month as shown; the plan's full-year pay award has none. */
function month(value: number | null | undefined): string | null {
  return value === null || value === undefined ? null : String(value);
}
