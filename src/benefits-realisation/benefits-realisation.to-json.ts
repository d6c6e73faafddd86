import { percent, ratio4 } from '../collaboration/collaboration-format';
import { Dec } from '../common/decimal';
import { keptFor } from '../common/kept-for';
import { keepJsonText } from '../common/kept-json-text';
import type { AllianceBenefits, BenefitsFigures, MemberBenefits, ProgrammeBenefits, ProgrammeYearBenefits } from './benefits-realisation';
import type { NetBenefit } from './net-benefit';
import type { RagStatus } from './rag-thresholds';

/** The JSON shape of a benefits-realisation answer: money as pence strings, shares and delivery as exact decimals and percentages. */

export interface BenefitsFiguresJson {
  planned: string;
  forecast: string;
  realised: string | null;
  bestEstimate: string;
  variance: string;
  /** Best estimate / plan, exact, and as a percentage to one place. */
  delivery: string | null;
  deliveryPercent: string | null;
  rag: RagStatus | null;
}

/** One-off costs to achieve, and best-estimate savings net of them. */
export interface NetBenefitJson {
  costsToAchieve: string;
  netBenefit: string;
}

export interface VarianceExplanationJson {
  explanation: string;
  recordedAt: string | null;
  source: string | null;
}

export interface MemberBenefitsJson extends NetBenefitJson {
  force: string;
  share?: string;
  sharePercent?: string;
  planned: string;
  forecast: string;
  realised: string | null;
  bestEstimate: string;
  variance: string;
  /** On a year: the member's part of the programme's effect on that year's budget. */
  budgetEffect?: string;
}

export interface AllianceBenefitsJson {
  allianceCode: string;
  name: string;
  /** `basis`: the board's recorded thresholds, the default, or a what-if asked for; `board`: what the board recorded, and why. */
  thresholds: {
    green: string;
    amber: string;
    basis: 'board' | 'default' | 'what_if';
    board: { green: string; amber: string; reason: string; source: string | null; recordedAt: string | null } | null;
  };
  programmes: {
    programmeCode: string;
    name: string;
    unitCode: string | null;
    cashable: boolean;
    startYear: string;
    owner: string | null;
    recurrence: 'recurring' | 'one_off';
    years: (BenefitsFiguresJson &
      NetBenefitJson & {
        year: string;
        ended: boolean | null;
        cumulative: BenefitsFiguresJson & NetBenefitJson;
        varianceExplanation: VarianceExplanationJson | null;
        budgetEffect: string;
        /** Whether this year's figure recurs in later years; `recurrenceBasis`: said for the year, or the programme's. */
        recurrence: 'recurring' | 'one_off';
        recurrenceBasis: 'year' | 'programme';
        sharing: ProgrammeYearBenefits['sharing'];
        members: MemberBenefitsJson[];
        notes: string[];
        issues: string[];
        sources: string[];
      })[];
    total: BenefitsFiguresJson & NetBenefitJson;
    members: MemberBenefitsJson[];
    revisions: {
      year: string;
      previous: string;
      amount: string;
      change: string;
      reason: string;
      recordedAt: string | null;
      source: string | null;
    }[];
    realisations: { year: string; amount: string; evidence: string; recordedAt: string | null; source: string | null }[];
    varianceExplanations: (VarianceExplanationJson & { year: string; current: boolean })[];
    issues: string[];
    sources: string[];
  }[];
  total: BenefitsFiguresJson & NetBenefitJson;
  cashableTotal: BenefitsFiguresJson & NetBenefitJson;
  nonCashableTotal: BenefitsFiguresJson & NetBenefitJson;
  members: MemberBenefitsJson[];
}

function netJson(n: NetBenefit): NetBenefitJson {
  return { costsToAchieve: n.costsToAchieve.toPence(), netBenefit: n.netBenefit.toPence() };
}

/**
 * Figures' JSON, kept per figures object: a programme's running totals and total do not depend on
 * how it is shared, so they stand when its members' parts are worked out again (no one changes
 * a figures object once made).
 */
const figuresJsonOf = new WeakMap<BenefitsFigures & NetBenefit, BenefitsFiguresJson & NetBenefitJson>();

function withNetJson(f: BenefitsFigures & NetBenefit): BenefitsFiguresJson & NetBenefitJson {
  return keptFor(figuresJsonOf, f, () => ({ ...figuresJson(f), ...netJson(f) }));
}

function figuresJson(f: BenefitsFigures): BenefitsFiguresJson {
  return {
    planned: f.planned.toPence(),
    forecast: f.forecast.toPence(),
    realised: f.realised?.toPence() ?? null,
    bestEstimate: f.bestEstimate.toPence(),
    variance: f.variance.toPence(),
    ...(f.delivery ? deliveryJson(f.delivery) : { delivery: null, deliveryPercent: null }),
    rag: f.rag,
  };
}

/** A delivery ratio as written, kept per ratio (a year's stands while its savings do). */
const deliveryTextOf = new WeakMap<Dec, { delivery: string; deliveryPercent: string }>();

function deliveryJson(delivery: Dec): { delivery: string; deliveryPercent: string } {
  // A presentation value: 4 dp (the arithmetic keeps every digit).
  return keptFor(deliveryTextOf, delivery, () => ({
    delivery: delivery.toDecimalPlaces(4, Dec.ROUND_HALF_UP).toFixed(4),
    deliveryPercent: percent(delivery, 1),
  }));
}

/** A share as written, kept per share: a unit's shares for a year split every programme of the unit, and stay while its basis does. */
const shareTextOf = new WeakMap<Dec, { share: string; sharePercent: string }>();

function shareJson(share: Dec): { share: string; sharePercent: string } {
  return keptFor(shareTextOf, share, () => ({ share: ratio4(share), sharePercent: percent(share, 2) }));
}

function memberJson(m: MemberBenefits): MemberBenefitsJson {
  // Field by field rather than by spreading the optional parts in: an answer writes hundreds of these.
  const json = { force: m.force } as MemberBenefitsJson;
  if (m.share) {
    const share = shareJson(m.share);
    json.share = share.share;
    json.sharePercent = share.sharePercent;
  }
  json.planned = m.planned.toPence();
  json.forecast = m.forecast.toPence();
  json.realised = m.realised?.toPence() ?? null;
  json.bestEstimate = m.bestEstimate.toPence();
  json.variance = m.variance.toPence();
  if (m.budgetEffect) json.budgetEffect = m.budgetEffect.toPence();
  json.costsToAchieve = m.costsToAchieve.toPence();
  json.netBenefit = m.netBenefit.toPence();
  return json;
}

export function benefitsRealisationToJson(b: AllianceBenefits): AllianceBenefitsJson {
  return {
    allianceCode: b.allianceCode,
    name: b.name,
    thresholds: thresholdsJson(b),
    programmes: b.programmes.map(programmeJson),
    total: withNetJson(b.total),
    cashableTotal: withNetJson(b.cashableTotal),
    nonCashableTotal: withNetJson(b.nonCashableTotal),
    members: b.members.map(memberJson),
  };
}

type ProgrammeBenefitsJson = AllianceBenefitsJson['programmes'][number];

/** A programme's JSON, kept with its benefits (which benefits-realisation.ts keeps while their inputs stand). */
const programmeJsonOf = new WeakMap<ProgrammeBenefits, ProgrammeBenefitsJson>();

function programmeJson(p: ProgrammeBenefits): ProgrammeBenefitsJson {
  // Kept as text too: most of the answer is its programmes, and most stand from one answer to the next.
  return keptFor(programmeJsonOf, p, () => keepJsonText(programmeJsonOnce(p)));
}

function programmeJsonOnce(p: ProgrammeBenefits): ProgrammeBenefitsJson {
  return {
    programmeCode: p.programmeCode,
    name: p.name,
    unitCode: p.unitCode,
    cashable: p.cashable,
    startYear: p.startYear,
    owner: p.owner,
    recurrence: p.recurrence,
    years: p.years.map(yearJson),
    total: withNetJson(p.total),
    members: p.members.map(memberJson),
    ...historyJson(p),
    varianceExplanations: p.varianceExplanations,
    issues: p.issues,
    sources: p.sources,
  };
}

/** A programme's revisions and realisations as JSON, kept per list (they stand while its savings do). */
const revisionsJsonOf = new WeakMap<ProgrammeBenefits['revisions'], ProgrammeBenefitsJson['revisions']>();
const realisationsJsonOf = new WeakMap<ProgrammeBenefits['realisations'], ProgrammeBenefitsJson['realisations']>();

function historyJson(p: ProgrammeBenefits): Pick<ProgrammeBenefitsJson, 'revisions' | 'realisations'> {
  return {
    revisions: keptFor(revisionsJsonOf, p.revisions, (revisions) =>
      revisions.map((r) => ({ ...r, previous: r.previous.toPence(), amount: r.amount.toPence(), change: r.change.toPence() })),
    ),
    realisations: keptFor(realisationsJsonOf, p.realisations, (realisations) =>
      realisations.map((r) => ({ ...r, amount: r.amount.toPence() })),
    ),
  };
}

function yearJson(y: ProgrammeYearBenefits): ProgrammeBenefitsJson['years'][number] {
  return {
    year: y.year,
    ...figuresJson(y),
    ...netJson(y),
    ended: y.ended,
    cumulative: withNetJson(y.cumulative),
    varianceExplanation: y.varianceExplanation,
    budgetEffect: y.budgetEffect.toPence(),
    recurrence: y.recurrence,
    recurrenceBasis: y.recurrenceBasis,
    sharing: y.sharing,
    members: y.members.map(memberJson),
    notes: y.notes,
    issues: y.issues,
    sources: y.sources,
  };
}

function thresholdsJson(b: AllianceBenefits): AllianceBenefitsJson['thresholds'] {
  const { basis, board } = b.thresholdsInUse;
  return {
    green: b.thresholds.green.toFixed(),
    amber: b.thresholds.amber.toFixed(),
    basis,
    board: board ? { ...board, green: board.green.toFixed(), amber: board.amber.toFixed() } : null,
  };
}
