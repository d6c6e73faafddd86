import type { GridColumn, GridRow } from '../grid/FinanceGrid';
import { formatQuantity, formatRate } from '../format/money';
import type { Fig, MtfpYearJson, PayGroup, PayGroupJson } from './types';

export const PAY_GROUP_WORDS: Record<PayGroup, string> = { officers: 'Police officers', staff: 'Police staff', pcsos: 'PCSOs' };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** One column per pay group the year has. */
export function payGroupColumns(year: MtfpYearJson): GridColumn[] {
  return (year.expenditure.payGroups ?? []).map((g) => ({ key: g.group, label: PAY_GROUP_WORDS[g.group] ?? g.group }));
}

function figures(
  groups: PayGroupJson[],
  id: string,
  label: string,
  pick: (g: PayGroupJson) => Fig | null | undefined,
  extra: Partial<GridRow> = {},
): GridRow {
  return { id, label, values: Object.fromEntries(groups.map((g) => [g.group, pick(g)?.value ?? null])), ...extra };
}

function words(groups: PayGroupJson[], id: string, label: string, say: (g: PayGroupJson) => string): GridRow {
  return { id, label, text: true, values: Object.fromEntries(groups.map((g) => [g.group, say(g)])) };
}

/** Short enough for a figure column: "2 % from Sep (7/12)", "1 % full year (plan)", or "none (base year)". */
export function awardInWords(g: PayGroupJson): string {
  if (!g.award) return 'none (base year)';
  const rate = formatRate(g.award.rate.value);
  if (g.award.effectiveMonth === null) return `${rate} full year (plan)`;
  return `${rate} from ${MONTHS[g.award.effectiveMonth - 1]} (${g.award.monthsInYear}/12)`;
}

/**
 * A year's pay by group as grid rows, each row's id the /mtfp/explain path under
 * `expenditure/payGroups/{group}/` (a figure's line is the id with the group put in): how the
 * pay moves from base to the year's total, then the employer on-costs on it.
 */
export function payGroupRows(year: MtfpYearJson): GridRow[] {
  const groups = year.expenditure.payGroups ?? [];
  const scheme = (g: PayGroupJson) => (g.onCosts?.pensionScheme === 'police' ? 'police' : 'LGPS');
  return [
    ...establishmentRows(groups),
    figures(groups, 'base', 'Base budget pay', (g) => g.base),
    figures(groups, 'opening', 'Opening pay (earlier awards and drift in full)', (g) => g.opening),
    figures(groups, 'drift', 'Incremental drift', (g) => g.drift),
    words(groups, 'award', 'Pay award', awardInWords),
    figures(groups, 'awardFullYear', 'Award, full-year effect', (g) => g.awardFullYear),
    figures(groups, 'awardInYear', 'Award, in-year effect', (g) => g.awardInYear),
    figures(groups, 'total', 'Pay', (g) => g.total, { total: true }),
    words(groups, 'onCosts/pensionRate', 'Employer pension rate', (g) =>
      g.onCosts ? `${formatRate(g.onCosts.pensionRate.value)} (${scheme(g)})` : '–',
    ),
    words(groups, 'onCosts/nationalInsuranceRate', 'Employer NI rate', (g) =>
      g.onCosts ? formatRate(g.onCosts.nationalInsuranceRate.value) : '–',
    ),
    figures(groups, 'onCosts/pension', 'Employer pension', (g) => g.onCosts?.pension),
    figures(groups, 'onCosts/nationalInsurance', 'Employer national insurance', (g) => g.onCosts?.nationalInsurance),
    figures(groups, 'onCosts/apprenticeshipLevy', 'Apprenticeship levy', (g) => g.onCosts?.apprenticeshipLevy),
    figures(groups, 'onCosts/total', 'On-costs', (g) => g.onCosts?.total, { total: true }),
    ...pensionFundingRows(groups),
  ];
}

/** Each group's FTE beside the base year's and what the change adds to pay; no rows where no group's pay is scaled by FTE. */
function establishmentRows(groups: PayGroupJson[]): GridRow[] {
  if (!groups.some((g) => g.establishment)) return [];
  const fte = (pick: (e: NonNullable<PayGroupJson['establishment']>) => string) => (g: PayGroupJson) =>
    g.establishment ? pick(g.establishment) : '–';
  return [
    words(
      groups,
      'establishment/baseFte',
      'Base budget FTE',
      fte((e) => formatQuantity(e.baseFte.value)),
    ),
    words(
      groups,
      'establishment/fte',
      'FTE in the year',
      fte((e) => formatQuantity(e.fte.value)),
    ),
    words(
      groups,
      'establishment/ratio',
      'FTE against the base (ratio)',
      fte((e) => e.ratio),
    ),
    figures(groups, 'establishment/effect', 'Effect of the FTE change on pay', (g) => g.establishment?.effect),
  ];
}

/** The specific grant against the employer pension (the officers' pensions grant) and the net the budget bears; none where no grant funds it. */
function pensionFundingRows(groups: PayGroupJson[]): GridRow[] {
  if (!groups.some((g) => g.onCosts?.funding)) return [];
  return [
    figures(
      groups,
      'onCosts/funding/pension/granted',
      'Pension grant against the employer pension',
      (g) => g.onCosts?.funding?.pension.granted,
    ),
    figures(groups, 'onCosts/funding/pension/net', 'Employer pension net of grant', (g) => g.onCosts?.funding?.pension.net, {
      total: true,
    }),
  ];
}
