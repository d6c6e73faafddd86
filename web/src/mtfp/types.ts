/** The parts of the API's MTFP answer (GET /forces/{force}/mtfp) the screen shows; money is a decimal string. */
/** The answer is compact (no `sources`): the screen explains a figure with /mtfp/explain. */
export interface Fig {
  value: string;
}

export interface MtfpYearJson {
  year: string;
  withinPlanPeriod: boolean;
  expenditure: {
    lines: { code: string; name: string; kind: string; amount: Fig }[];
    pay: Fig;
    nonPay: Fig;
    /** inflation: the category the item's amount grows with (pay, non_pay or none). */
    items: { itemId: string; kind: string; description: string; amount: Fig; inflation?: string }[];
    costPressures: Fig;
    growth: Fig;
    savings: Fig;
    externalSavings: { code: string; name: string; amount: Fig; issue?: string }[];
    externalSavingsTotal: Fig;
    contributions: {
      code: string;
      name: string;
      amount: Fig;
      units?: { code: string; name: string; amount: Fig }[];
      replacesLines?: string[];
      issue?: string;
    }[];
    contributionsTotal: Fig;
    total: Fig;
  };
  income: { lines: { code: string; name: string; amount: Fig }[]; total: Fig };
  nre: Fig;
  funding: {
    coreGrant: Fig;
    formulaGrant: Fig;
    legacyCouncilTaxGrants: Fig;
    otherGeneralGrants: Fig;
    precept: { bandD: BandDFig; taxBase: Fig; income: Fig; councilTaxRequirement?: Fig };
    /** Specific and ring-fenced grants together (each is also in `specificGrants`). */
    specificGrantsTotal?: Fig;
    collectionFund: Fig;
    total: Fig;
  };
  gap: Fig;
  reserveUse: { drawdowns: Fig; contributions: Fig; net: Fig };
  savingsToIdentify: Fig;
  surplus: Fig;
  reserves: ReserveJson[];
  reservesByPurpose?: ReservePurposeJson[];
  generalReserve: {
    closing: Fig;
    minimum: Fig | null;
    belowMinimum: boolean;
    guidanceCeilingShareOfNre?: string;
    guidanceCeiling?: Fig;
    aboveGuidanceCeiling?: boolean;
  } | null;
  alerts: string[];
  /** The capital programme's charges to revenue (the base budget's debt charges are among `expenditure.lines`); in `expenditure.total`. */
  capitalFinancing?: { mrp: Fig; interest: Fig; revenueContribution: Fig; total: Fig };
}

export interface MtfpJson {
  force: string;
  asAt: { position: string | null };
  from: string;
  to: string;
  years: MtfpYearJson[];
  warnings: string[];
}

export interface AuditEntryJson {
  id: string;
  stream: string;
  type: string;
  position: string;
  data: Record<string, unknown>;
  metadata: { actor: string; recordedAt: string; reason?: string };
}

export interface ExplanationJson {
  year: string;
  line: string;
  figure: Fig;
  events: AuditEntryJson[];
  missingSources?: string[];
}

/** Band D with how it was set: approved, proposed, assumed (with the assumption), frozen, an override or none. */
export interface BandDFig extends Fig {
  basis?: string;
  assumption?: {
    kind: 'freeze' | 'percentage' | 'pound' | 'max_without_referendum';
    rate?: string;
    amount?: string;
    needsReferendum?: boolean;
  };
}

export type ReservePurpose = 'within_mtfp' | 'beyond_mtfp' | 'contingency' | 'unclassified';

/** Planned movements of a year, the actual where an outturn is recorded (else null), and actual − planned. */
export interface PlannedAndActualJson {
  planned: Fig;
  actual: Fig | null;
  variance: Fig | null;
}

export interface ReserveJson {
  reserveId: string;
  name: string;
  kind: string;
  purposeCategory?: ReservePurpose;
  opening: Fig;
  contributions: Fig;
  drawdowns: Fig;
  closing: Fig;
  plannedAndActual?: { contributions: PlannedAndActualJson; drawdowns: PlannedAndActualJson };
  plannedClosing?: Fig;
}

export interface ReservePurposeJson {
  purposeCategory: ReservePurpose;
  reserveIds: string[];
  opening: Fig;
  contributions: Fig;
  drawdowns: Fig;
  closing: Fig;
  plannedContributions: Fig;
  plannedDrawdowns: Fig;
}
