import { Dec } from '../../common/decimal';
import { InvalidInputError, RuleViolationError } from '../../common/errors';
import type { AllianceCommandOf } from '../alliance.commands';
import type { AllianceEvent } from '../alliance.events';
import { isMemberIn, membersIn } from '../alliance.readers';
import type { UnitFacts } from '../alliance.state';
import { percentInWords } from '../collaboration-format';
import type { CostShareBasis, MeasureBasisKind } from '../cost-share-basis';
import type { CostShareBasisInput } from '../alliance.commands';
import { unitOf, type FormedAlliance } from './formed';

export function decideSetCostShareBasis(command: AllianceCommandOf<'SetCostShareBasis'>, facts: FormedAlliance): AllianceEvent[] {
  const unit = unitOf(facts, command.unitCode);
  const fromYear = command.fromYear.toString();
  const basis = validBasis(command.basis, { unit, fromYear, facts });
  return [{ type: 'CostShareBasisSet.v1', data: { unitCode: unit.unitCode, fromYear, basis } }];
}

/** The unit whose cost is shared, the year the basis starts, and the alliance as it stands. */
interface BasisContext {
  unit: UnitFacts;
  fromYear: string;
  facts: FormedAlliance;
}

/** Checks a basis against the alliance as it stands in `fromYear`, and normalises its figures. */
function validBasis(basis: CostShareBasisInput, context: BasisContext): CostShareBasis {
  switch (basis.kind) {
    case 'fixed':
      return fixedBasis(basis.percentages, context);
    case 'net_revenue_budget':
      return { kind: basis.kind, year: basis.year.toString() };
    default:
      return measureBasis(basis.kind, basis.figures, context);
  }
}

function fixedBasis(list: { force: string; share: Dec }[], context: BasisContext): CostShareBasis {
  const percentages = forceEntries(list, 'basis.percentages', context);
  const total = percentages.reduce((sum, p) => sum.plus(p.share), new Dec(0));
  if (!total.equals(1)) {
    throw new RuleViolationError(
      `The fixed shares of ${context.unit.name} from ${context.fromYear} total ${total.toFixed()} (${percentInWords(total)}); agreed shares must total exactly 1 (100 %).`,
      'basis.percentages',
    );
  }
  return { kind: 'fixed', percentages: percentages.map((p) => ({ force: p.force, share: p.share.toFixed() })) };
}

function measureBasis(measure: MeasureBasisKind, list: { force: string; value: Dec }[], context: BasisContext): CostShareBasis {
  const figures = forceEntries(list, 'basis.figures', context);
  if (figures.every((f) => f.value.isZero())) {
    throw new RuleViolationError(
      `The ${measure} figures for ${context.unit.name} from ${context.fromYear} are all zero, so they cannot share its cost.`,
      'basis.figures',
    );
  }
  return { kind: measure, figures: figures.map((f) => ({ force: f.force, value: f.value.toFixed() })) };
}

/** Checks a list of per-force entries: each force named once, and each a member in the basis's first year. */
function forceEntries<T extends { force: string }>(list: T[], field: string, context: BasisContext): T[] {
  const seen = new Set<string>();
  for (const [i, { force }] of list.entries()) {
    if (seen.has(force)) throw new InvalidInputError(field, `"${force}" is listed more than once`);
    seen.add(force);
    requireMember(force, `${field}[${i}].force`, context);
  }
  return list;
}

function requireMember(force: string, field: string, { unit, fromYear, facts }: BasisContext): void {
  if (facts.members.some((m) => m.force === force && isMemberIn(m, fromYear))) return;
  const members = membersIn(facts, fromYear);
  throw new RuleViolationError(
    `"${force}" is not a member of ${facts.name} in ${fromYear} (members then: ${members.join(', ') || 'none'}), so it cannot bear a share of ${unit.name}.`,
    field,
  );
}
