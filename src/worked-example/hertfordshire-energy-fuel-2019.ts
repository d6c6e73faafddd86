import { Money } from '../common/money';
import type { BaseBudgetLine } from '../force-finance/force-finance.events';
import { HERTS } from './example-forces';
import { financeOf, type ExampleStep } from './example-step';
import { HERTS_2019_20_WITH_BCH_LINE } from './bch-contributions';
import { HERTFORDSHIRE_PAY_MODEL_2019 } from './hertfordshire-pay-model-2019';

const herts = financeOf(HERTS);

/** Illustrative: the energy (premises) and fuel (vehicles) in Plan 2019's £31.2m supplies, which the plan does not break down. */
export const SUPPLIES_ENERGY_2019_20 = '2500000.00';
export const SUPPLIES_FUEL_2019_20 = '1500000.00';

/** The 2019/20 budget's lines as recorded before this step, with supplies split into its energy, fuel and the rest. */
function withSuppliesSplit(lines: readonly BaseBudgetLine[]): BaseBudgetLine[] {
  return lines.flatMap((line): BaseBudgetLine[] => {
    if (line.code !== 'supplies') return [{ ...line }];
    // £31.2m − £2.5m − £1.5m = £27.2m.
    const rest = Money.of(line.amount).minus(Money.of(SUPPLIES_ENERGY_2019_20)).minus(Money.of(SUPPLIES_FUEL_2019_20)).toPence();
    return [
      {
        ...line,
        name: 'Supplies, contracted services, premises and vehicles (less energy and fuel)',
        amount: rest,
      },
      { code: 'supplies-energy', name: 'Premises energy', kind: 'non_pay', amount: SUPPLIES_ENERGY_2019_20, inflationCategory: 'energy' },
      { code: 'supplies-fuel', name: 'Vehicle fuel', kind: 'non_pay', amount: SUPPLIES_FUEL_2019_20, inflationCategory: 'fuel' },
    ];
  });
}

/** The 2019/20 budget's lines as last recorded before this step: the pay model's (by pay group), else the BCH line's. */
const recordedLines = [HERTS_2019_20_WITH_BCH_LINE, ...HERTFORDSHIRE_PAY_MODEL_2019]
  .map((step) => step.command as { type: string; year?: string; lines?: BaseBudgetLine[] })
  .filter((command) => command.type === 'SetBaseBudget' && command.year === '2019/20')
  .at(-1)?.lines as BaseBudgetLine[];

/**
 * Inflation by category (illustrative, phase 2): Hertfordshire's 2019/20 budget again, its lines
 * as last recorded (by pay group, hertfordshire-pay-model-2019.ts) but supplies (£31.2m as published) split into premises energy £2.5m and vehicle fuel
 * £1.5m, which name their inflation categories, and the rest £27.2m. The year's total and net
 * revenue expenditure stand (£221.1m, £208.1m): in its base year a line is not inflated. From
 * 2020/21 energy and fuel move by the force's category rates – none is recorded yet, since
 * 2020/21 is beyond the plan period, so the MTFP falls back to the plan's non-pay inflation and
 * says so in a warning naming each line.
 */
export const HERTFORDSHIRE_ENERGY_FUEL_2019: readonly ExampleStep[] = [
  {
    ...herts(
      { type: 'SetBaseBudget', year: '2019/20', lines: withSuppliesSplit(recordedLines) },
      'Illustrative: Plan 2019 does not break supplies (£31.2m) down; £2.5m premises energy and £1.5m vehicle fuel are shown apart so they can move by energy and fuel inflation in later years. Every other line, and the total, as published',
    ),
    key: 'worked-example:herts:base-budget-2019-20:energy-fuel-split',
  },
];
