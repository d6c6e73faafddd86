import type { Sheet } from '../export-document';
import { negated, unionBy, YearSheet } from '../year-sheet';
import type { MtfpYearJson } from './mtfp-sheets';

const each = (years: readonly MtfpYearJson[], value: (y: MtfpYearJson) => string | null): (string | null)[] => years.map(value);

const PURPOSE_NAMES: Record<string, string> = {
  within_mtfp: 'Earmarked for planned spend within the MTFP',
  beyond_mtfp: 'Earmarked for projects beyond the MTFP',
  contingency: 'General contingency',
  unclassified: 'Purpose not recorded',
};

/**
 * Reserves as the Home Office reserves guidance (2018) asks them published: by purpose, each
 * closing balance a formula over its opening and movements, with the planned use; then the
 * general reserve against 5 % of NRE.
 */
export function reservesByPurpose(years: readonly MtfpYearJson[]): Sheet {
  const s = new YearSheet(
    'Reserves by purpose',
    years.map((y) => y.year),
  );
  for (const { key } of unionBy(
    years.map((y) => y.reservesByPurpose),
    (g) => g.purposeCategory,
  )) {
    const of = (y: MtfpYearJson) => y.reservesByPurpose.find((g) => g.purposeCategory === key);
    const name = PURPOSE_NAMES[key] ?? key;
    const code = `reservesByPurpose/${key}`;
    const opening = s.line(
      `${name}: opening`,
      code,
      key,
      each(years, (y) => of(y)?.opening.value ?? null),
    );
    const plus = s.line(
      `${name}: contributions`,
      code,
      key,
      each(years, (y) => of(y)?.contributions.value ?? null),
    );
    const less = s.line(
      `${name}: less drawdowns`,
      code,
      key,
      each(years, (y) => negated(of(y)?.drawdowns.value ?? null)),
    );
    s.total(
      `${name}: closing`,
      [opening, plus, less],
      each(years, (y) => of(y)?.closing.value ?? null),
    );
    s.line(
      `${name}: planned use (drawdowns as planned)`,
      `${code}/plannedDrawdowns`,
      'not summed',
      each(years, (y) => of(y)?.plannedDrawdowns.value ?? null),
    );
  }
  s.line(
    'General reserves: 5 % of NRE (above it, the guidance asks for justification)',
    'generalReserve/guidanceCeiling',
    'not summed',
    each(years, (y) => y.generalReserve?.guidanceCeiling.value ?? null),
  );
  return s.sheet();
}

/**
 * Each reserve's movements as planned beside the outturn: the actual counts in the balance for
 * its year only, and the plan stays, so the variance shows.
 */
export function reservesPlanAndOutturn(years: readonly MtfpYearJson[]): Sheet {
  const s = new YearSheet(
    'Reserves plan and outturn',
    years.map((y) => y.year),
  );
  s.line(
    'Net use of reserves as planned',
    'reserveUse/planned/net',
    'not summed',
    each(years, (y) => y.reserveUse.planned.net.value),
  );
  s.line(
    'Variance of net use from plan',
    'reserveUse/variance',
    'not summed',
    each(years, (y) => y.reserveUse.variance.value),
  );
  for (const { key, first } of unionBy(
    years.map((y) => y.reserves),
    (r) => r.reserveId,
  )) {
    const of = (y: MtfpYearJson) => y.reserves.find((r) => r.reserveId === key);
    for (const direction of ['drawdowns', 'contributions'] as const) {
      const pa = (y: MtfpYearJson) => of(y)?.plannedAndActual[direction];
      s.line(
        `${first.name}: ${direction} planned`,
        key,
        'not summed',
        each(years, (y) => pa(y)?.planned.value ?? null),
      );
      s.line(
        `${first.name}: ${direction} actual`,
        key,
        'not summed',
        each(years, (y) => pa(y)?.actual?.value ?? null),
      );
      s.line(
        `${first.name}: ${direction} variance`,
        key,
        'not summed',
        each(years, (y) => pa(y)?.variance?.value ?? null),
      );
    }
    s.line(
      `${first.name}: closing had the plan held`,
      key,
      'not summed',
      each(years, (y) => of(y)?.plannedClosing.value ?? null),
    );
  }
  return s.sheet();
}
