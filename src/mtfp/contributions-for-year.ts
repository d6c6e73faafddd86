import type { FinancialYear } from '../common/financial-year';
import { moneyFigure } from './figure';
import type { MtfpBudgetLine, MtfpContribution, MtfpReplacedLine } from './mtfp-projection';
import type { ValidContribution } from './valid-contributions';
import type { Warnings } from './warnings';

/**
 * A year's contributions to alliances' joint units, and what they do to the force's own base
 * budget lines. Each alliance's contribution is one line (its units beside it) added to
 * expenditure. Where the force has marked base-budget lines as replaced by an alliance's
 * contribution, those lines are left out from the marking's `fromYear` (the first year the force
 * contributes) and listed as replaced, citing the marking – so a cost budgeted by the force and
 * paid as a share of a unit budget is counted once, at the unit's figure.
 */
export function contributionsForYear(
  contributions: readonly ValidContribution[],
  year: FinancialYear,
  lines: readonly MtfpBudgetLine[],
  warnings: Warnings,
): { counted: MtfpContribution[]; kept: MtfpBudgetLine[]; replaced: MtfpReplacedLine[] } {
  const ofYear = contributions.filter((c) => c.year.equals(year));
  const replacing = ofYear.filter((c) => c.replaces !== undefined && !c.replaces.fromYear.isAfter(year));
  const replaced: MtfpReplacedLine[] = [];
  const replacedCodes = new Set<string>();
  for (const c of replacing) {
    const marking = c.replaces as NonNullable<ValidContribution['replaces']>;
    const found = lines.filter((l) => marking.lineCodes.includes(l.code) && !replacedCodes.has(l.code));
    if (found.length === 0 && marking.lineCodes.length > 0) {
      warnings.add(
        `${c.name} replaces budget lines ${marking.lineCodes.map((l) => `"${l}"`).join(', ')}, but the base budget used for ${year} has none of them, so in ${year} it is added to the base budget as it stands`,
      );
    }
    for (const line of found) {
      replacedCodes.add(line.code);
      replaced.push({
        ...line,
        amount: moneyFigure(line.amount.value, line.amount.sources, marking.sources),
        replacedBy: c.code,
        reason: marking.reason,
      });
    }
  }
  for (const c of ofYear) if (c.issue !== undefined) warnings.add(c.issue);
  const counted = ofYear.map((c): MtfpContribution => ({
    code: c.code,
    name: c.name,
    amount: moneyFigure(c.amount, c.sources),
    units: c.units.map((u) => ({ code: u.code, name: u.name, amount: moneyFigure(u.amount, u.sources) })),
    replacesLines: replaced.filter((r) => r.replacedBy === c.code).map((r) => r.code),
    ...(c.issue !== undefined ? { issue: c.issue } : {}),
  }));
  return { counted, kept: lines.filter((l) => !replacedCodes.has(l.code)), replaced };
}
