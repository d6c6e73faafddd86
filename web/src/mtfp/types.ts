/** The parts of the API's MTFP answer (GET /forces/{force}/mtfp) the screen shows; money is a decimal string. */
/** The answer is compact (no `sources`): the screen explains a figure with /mtfp/explain. */
export interface Fig {
  value: string;
}

export interface MtfpYearJson {
  year: string;
  withinPlanPeriod: boolean;
  expenditure: {
    lines: { code: string; name: string; kind: string; amount: Fig; inflationCategory?: InflationCategoryJson }[];
    pay: Fig;
    nonPay: Fig;
    /** inflation: the category the item's amount grows with (pay, non_pay or none). */
    items: {
      itemId: string;
      kind: string;
      description: string;
      amount: Fig;
      inflation?: string;
      inflationCategory?: InflationCategoryJson;
      recurrence?: 'recurring' | 'one_off';
    }[];
    costPressures: Fig;
    growth: Fig;
    savings: Fig;
    externalSavings: { code: string; name: string; amount: Fig; issue?: string; yearRecurrence?: 'recurring' | 'one_off' }[];
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
    payGroups?: PayGroupJson[];
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
    specificGrants?: SpecificGrantJson[];
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
  /** Budget monitoring of the year: null when no forecast or actual outturn is recorded. */
  monitoring?: MonitoringJson | null;
  /** The capital programme's charges to revenue (the base budget's debt charges are among `expenditure.lines`); in `expenditure.total`. */
  capitalFinancing?: { mrp: Fig; interest: Fig; revenueContribution: Fig; total: Fig };
  capitalProgramme?: CapitalProgrammeJson;
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
  /** Each reserve's actual where recorded (else its plan); actual and variance null while none of them has an outturn. */
  plannedAndActual?: { contributions: PlannedAndActualJson; drawdowns: PlannedAndActualJson };
}

/** A budget line or item as budgeted beside its outturn; variance positive is an overspend (less income or saving counts as over). */
export interface MonitoringRowJson {
  name: string;
  budget: Fig;
  outturn: Fig;
  /** Whether the forecast or actual names it; else it is taken as on budget. */
  reported: boolean;
  variance: Fig;
}

export interface MonitoringTotalJson {
  budget: Fig;
  outturn: Fig;
  variance: Fig;
}

/** The year's budget monitoring: the plan as budget, the latest forecast outturn or the year-end actual, and the variance. */
export interface MonitoringJson {
  basis: 'forecast' | 'actual';
  asAtMonth: number | null;
  asAtMonthName: string | null;
  lines: (MonitoringRowJson & { code: string; kind: string })[];
  items: (MonitoringRowJson & { itemId: string; kind: string })[];
  expenditure: MonitoringTotalJson;
  income: MonitoringTotalJson;
  nre: MonitoringTotalJson;
  position: 'overspend' | 'underspend' | 'on_budget';
  generalReserve: {
    closing: Fig;
    basis: 'projected' | 'recorded';
    closingAfterOutturn: Fig;
    belowMinimumAfterOutturn: boolean;
    note: string;
  } | null;
}

export type PayGroup = 'officers' | 'staff' | 'pcsos';

/** One pay group's pay in a year: total = opening + drift + award in year; on-costs on the total. */
export interface PayGroupJson {
  group: PayGroup;
  lineCodes: string[];
  base: Fig;
  opening: Fig;
  award: {
    basis: 'recorded' | 'plan';
    rate: Fig;
    effectiveMonth: number | null;
    monthsInYear: number;
    incrementalDrift: Fig;
  } | null;
  drift: Fig;
  awardFullYear: Fig;
  awardInYear: Fig;
  total: Fig;
  onCosts: {
    ratesFrom: string;
    pensionScheme: 'police' | 'lgps';
    pensionRate: Fig;
    nationalInsuranceRate: Fig;
    pension: Fig;
    nationalInsurance: Fig;
    apprenticeshipLevy: Fig;
    total: Fig;
    /** The on-costs specific grants fund (the pensions grant against the employer pension); null when none do. */
    funding?: { pension: { cost: Fig; granted: Fig; net: Fig } } | null;
  } | null;
  /** The group's FTE beside the base year's and what the change adds to pay; null where none scales it. */
  establishment?: { baseFte: Fig; baseFteFrom: string; fte: Fig; fteFrom: string; ratio: string; effect: Fig } | null;
}

/** The category a line or item grows with and the rate that moved it into the year (null in its first year). */
export interface InflationCategoryJson {
  category: 'energy' | 'fuel' | 'ict_contracts' | 'general_cpi';
  rate: Fig | null;
  basis: 'category' | 'non_pay_inflation' | null;
}

/** How a capital spend is funded, by source. */
export interface CapitalFundingJson {
  capitalGrant: Fig;
  capitalReceipts: Fig;
  revenueContribution: Fig;
  reserves: Fig;
  borrowing: Fig;
}

/** The capital schemes of a year with their cost and funding, and the year's totals. */
export interface CapitalProgrammeJson {
  schemes: {
    schemeId: string;
    name: string;
    cost: Fig;
    funding: CapitalFundingJson;
    fromReserve: string | null;
    assetLifeYears: number | null;
  }[];
  spend: Fig;
  funding: CapitalFundingJson;
}

/** A specific or ring-fenced grant of the year, with the spend it is tied to (null: untied). */
export interface SpecificGrantJson {
  grantId: string;
  name: string;
  kind: string;
  amount: Fig;
  funds: { budgetLine?: string; item?: string; name: string; spend: Fig } | null;
  conditions?: string;
}
