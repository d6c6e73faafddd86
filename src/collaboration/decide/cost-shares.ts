import { Dec } from '../../common/decimal';
import { InvalidInputError, RuleViolationError } from '../../common/errors';
import type { AllianceCommandOf } from '../alliance.commands';
import type { AllianceEvent } from '../alliance.events';
import { isMemberIn, membersIn } from '../alliance.readers';
import type { UnitFacts } from '../alliance.state';
import { forceCode, nonNegativeDecimal, year } from '../collaboration-input';
import { percentInWords } from '../collaboration-format';
import { COST_SHARE_BASIS_KINDS, type CostShareBasis, type MeasureBasisKind } from '../cost-share-basis';
import { unitOf, type FormedAlliance } from './formed';

export function decideSetCostShareBasis(command: AllianceCommandOf<'SetCostShareBasis'>, facts: FormedAlliance): AllianceEvent[] {
  const unit = unitOf(facts, command.unitCode);
  const fromYear = year(command.fromYear, 'fromYear');
  const basis = validBasis(command.basis as unknown, { unit, fromYear, facts });
  return [{ type: 'CostShareBasisSet.v1', data: { unitCode: unit.unitCode, fromYear, basis } }];
}

/** The unit whose cost is shared, the year the basis starts, and the alliance as it stands. */
interface BasisContext {
  unit: UnitFacts;
  fromYear: string;
  facts: FormedAlliance;
}

type RawEntry = Record<string, unknown>;

/** Checks a basis against the alliance as it stands in `fromYear`, and normalises its figures. */
function validBasis(input: unknown, context: BasisContext): CostShareBasis {
  const basis = (input ?? {}) as RawEntry;
  const kind = basis.kind as CostShareBasis['kind'];
  if (!COST_SHARE_BASIS_KINDS.includes(kind))
    throw new InvalidInputError('basis.kind', `must be one of ${COST_SHARE_BASIS_KINDS.join(', ')}`);
  switch (kind) {
    case 'fixed':
      return fixedBasis(basis.percentages, context);
    case 'net_revenue_budget':
      return { kind, year: year(basis.year, 'basis.year') };
    default:
      return measureBasis(kind, basis.figures, context);
  }
}

function fixedBasis(list: unknown, context: BasisContext): CostShareBasis {
  const percentages = forceEntries(list, 'basis.percentages', context, (e, f) => ({
    share: nonNegativeDecimal(e.share, `${f}.share`),
  }));
  const total = percentages.reduce((sum, p) => sum.plus(p.share), new Dec(0));
  if (!total.equals(1)) {
    throw new RuleViolationError(
      `The fixed shares of ${context.unit.name} from ${context.fromYear} total ${total.toFixed()} (${percentInWords(total)}); agreed shares must total exactly 1 (100 %).`,
      'basis.percentages',
    );
  }
  return { kind: 'fixed', percentages: percentages.map((p) => ({ force: p.force, share: p.share.toFixed() })) };
}

function measureBasis(measure: MeasureBasisKind, list: unknown, context: BasisContext): CostShareBasis {
  const figures = forceEntries(list, 'basis.figures', context, (e, f) => ({ value: nonNegativeDecimal(e.value, `${f}.value`) }));
  if (figures.every((f) => f.value.isZero())) {
    throw new RuleViolationError(
      `The ${measure} figures for ${context.unit.name} from ${context.fromYear} are all zero, so they cannot share its cost.`,
      'basis.figures',
    );
  }
  return { kind: measure, figures: figures.map((f) => ({ force: f.force, value: f.value.toFixed() })) };
}

/** Reads a list of per-force entries: each force named once, and each a member in the basis's first year. */
function forceEntries<T>(
  list: unknown,
  field: string,
  context: BasisContext,
  read: (entry: RawEntry, field: string) => T,
): (T & { force: string })[] {
  if (!Array.isArray(list) || list.length === 0) throw new InvalidInputError(field, 'must list at least one member force');
  const seen = new Set<string>();
  return list.map((raw, i) => {
    const entry = (raw ?? {}) as RawEntry;
    const force = forceCode(entry.force, `${field}[${i}].force`);
    if (seen.has(force)) throw new InvalidInputError(field, `"${force}" is listed more than once`);
    seen.add(force);
    requireMember(force, `${field}[${i}].force`, context);
    return { force, ...read(entry, `${field}[${i}]`) };
  });
}

function requireMember(force: string, field: string, { unit, fromYear, facts }: BasisContext): void {
  if (facts.members.some((m) => m.force === force && isMemberIn(m, fromYear))) return;
  const members = membersIn(facts, fromYear);
  throw new RuleViolationError(
    `"${force}" is not a member of ${facts.name} in ${fromYear} (members then: ${members.join(', ') || 'none'}), so it cannot bear a share of ${unit.name}.`,
    field,
  );
}
