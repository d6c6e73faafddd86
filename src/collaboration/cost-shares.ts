import { prepareWeights, sharesOf, type PreparedWeights } from '../common/allocation';
import { Dec } from '../common/decimal';
import { keptFor } from '../common/kept-for';
import type { Weight } from '../common/allocation';
import { basisInForce, findUnit, membersIn, membershipSources } from './alliance.readers';
import type { AllianceFacts, CostShareBasisFact, ProgrammeFacts, UnitFacts } from './alliance.state';
import { pounds } from './collaboration-format';
import { describeBasis } from './cost-share-basis';
import { nreOf, type NreByForceAndYear } from './net-revenue-expenditure';
import { fixedWeights, sharesFixedFor } from './fixed-shares';

/**
 * Who bears what proportion of a unit's cost (or a programme's savings) in a year. Only the
 * members in that year take part. Weights come from the basis in force; the shares are
 * weight / Σweights, settled to 30 places by largest remainder so they total exactly 1.
 *  - A fixed basis naming a force that has since left is scaled up over the remaining members
 *    (their agreed proportions to one another are kept); a note says so.
 *  - A member not named in a fixed or measured basis (say it joined after the basis was set)
 *    bears nothing; a note says so.
 *  - A programme with no unit is shared equally between the members of the year. Equal, not
 *    by NRE: a programme's savings flow into each member's MTFP and so into its NRE, and
 *    shares by that same NRE would make the two depend on each other.
 */
export interface MemberShare {
  force: string;
  weight: Dec;
  /** Exact to 30 places; the shares of one year total exactly 1. */
  share: Dec;
}

export type SharesInYear =
  | {
      ok: true;
      year: string;
      method: 'unit_basis' | 'equal_shares';
      /** The basis in force, for a unit's shares. */
      basis: CostShareBasisFact | null;
      members: MemberShare[];
      notes: string[];
      sources: string[];
    }
  | { ok: false; year: string; issue: string; sources: string[] };

export function weightsOf(shares: readonly MemberShare[]): Weight[] {
  return shares.map((s) => ({ key: s.force, weight: s.weight }));
}

/**
 * The members' weights checked and scaled for allocation (allocatePence), once per list of
 * shares: the same list splits every figure of every programme of a unit in the years its basis
 * stands (withShares gives the same list for the same weights).
 */
const preparedOf = new WeakMap<readonly MemberShare[], PreparedWeights>();

export function preparedWeightsOf(shares: readonly MemberShare[]): PreparedWeights {
  return keptFor(preparedOf, shares, () => prepareWeights(weightsOf(shares)));
}

export function unitSharesIn(facts: AllianceFacts, unit: UnitFacts, year: string, nre: NreByForceAndYear): SharesInYear {
  const members = membersIn(facts, year);
  const unitSources = unit.source ? [unit.source] : [];
  if (members.length === 0) return { ok: false, year, issue: `${facts.name} has no members in ${year}.`, sources: unitSources };
  const basis = basisInForce(unit, year);
  if (!basis) return { ok: false, year, issue: `${unit.name} has no cost-share basis in force for ${year}.`, sources: unitSources };
  const sources = [...unitSources, ...(basis.source ? [basis.source] : []), ...membershipSources(facts, year)];
  const notes: string[] = [];
  let weights: { force: string; weight: Dec }[];

  switch (basis.basis.kind) {
    case 'fixed':
    case 'population':
    case 'headcount':
    case 'usage': {
      const named = new Map(
        basis.basis.kind === 'fixed'
          ? basis.basis.percentages.map((p) => [p.force, p.share] as const)
          : basis.basis.figures.map((f) => [f.force, f.value] as const),
      );
      weights = members.map((force) => ({ force, weight: new Dec(named.get(force) ?? '0') }));
      for (const force of members) {
        if (!named.has(force))
          notes.push(
            `"${force}" is not named in the ${describeBasis(basis.basis)} basis of ${unit.name} from ${basis.fromYear}, so it bears no share in ${year}.`,
          );
      }
      const departed = [...named.keys()].filter((f) => !members.includes(f));
      if (departed.length > 0) {
        notes.push(
          `${departed.map((f) => `"${f}"`).join(', ')} ${departed.length === 1 ? 'is' : 'are'} no longer ${departed.length === 1 ? 'a member' : 'members'} in ${year}; ${unit.name}'s ${describeBasis(basis.basis)} basis is shared over the remaining members in proportion.`,
        );
      }
      break;
    }
    case 'net_revenue_budget': {
      const nreYear = basis.basis.year;
      const fixed = sharesFixedFor(unit, year, basis);
      if (fixed) {
        weights = fixedWeights(fixed, members, unit.name, notes);
        if (fixed.source) sources.push(fixed.source);
        break;
      }
      weights = [];
      for (const force of members) {
        const figure = nreOf(nre, force, nreYear);
        if (!figure) {
          return {
            ok: false,
            year,
            issue: `${unit.name} is shared by ${nreYear} net revenue budgets, but the ${nreYear} net revenue budget of "${force}" was not available.`,
            sources,
          };
        }
        if (figure.isNegative()) {
          return {
            ok: false,
            year,
            issue: `The ${nreYear} net revenue budget of "${force}" is ${pounds(figure)}; a negative budget cannot share ${unit.name}'s cost.`,
            sources,
          };
        }
        weights.push({ force, weight: figure.value });
      }
      break;
    }
  }

  if (weights.every((w) => w.weight.isZero())) {
    return {
      ok: false,
      year,
      issue: `None of the members in ${year} has a share of ${unit.name} under its ${describeBasis(basis.basis)} basis from ${basis.fromYear}.`,
      sources,
    };
  }
  return { ok: true, year, method: 'unit_basis', basis, members: withShares(weights), notes, sources };
}

export function programmeSharesIn(facts: AllianceFacts, programme: ProgrammeFacts, year: string, nre: NreByForceAndYear): SharesInYear {
  if (programme.unitCode !== null) {
    const unit = findUnit(facts, programme.unitCode);
    if (!unit)
      return {
        ok: false,
        year,
        issue: `${programme.name} belongs to unit "${programme.unitCode}", which ${facts.name} does not have.`,
        sources: [],
      };
    return unitSharesIn(facts, unit, year, nre);
  }
  const members = membersIn(facts, year);
  const sources = membershipSources(facts, year);
  if (members.length === 0) return { ok: false, year, issue: `${facts.name} has no members in ${year}.`, sources };
  return {
    ok: true,
    year,
    method: 'equal_shares',
    basis: null,
    members: withShares(members.map((force) => ({ force, weight: new Dec(1) }))),
    notes: [
      `${programme.name} belongs to no single unit, so its savings are shared equally between the ${members.length} members in ${year}.`,
    ],
    sources,
  };
}

/**
 * The shares of given weights, worked out once per weights: a unit keeps one basis for several
 * years, and its shares are asked for in each (settling 30 places is not free). The same
 * MemberShare objects are given each time; no one changes them. Bounded, and emptied when full.
 */
const sharesByWeights = new Map<string, MemberShare[]>();
const SHARES_KEPT = 10_000;

function withShares(weights: { force: string; weight: Dec }[]): MemberShare[] {
  const key = weights.map((w) => `${w.force}=${w.weight.toFixed()}`).join(';');
  let members = sharesByWeights.get(key);
  if (!members) {
    const shares = sharesOf(weights.map((w) => ({ key: w.force, weight: w.weight })));
    members = weights.map((w, i) => ({ force: w.force, weight: w.weight, share: shares[i].share }));
    if (sharesByWeights.size >= SHARES_KEPT) sharesByWeights.clear();
    sharesByWeights.set(key, members);
  }
  return members;
}
