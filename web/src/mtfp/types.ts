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
    items: { itemId: string; kind: string; description: string; amount: Fig }[];
    costPressures: Fig;
    growth: Fig;
    savings: Fig;
    externalSavings: { code: string; name: string; amount: Fig; issue?: string }[];
    externalSavingsTotal: Fig;
    contributions: { code: string; name: string; amount: Fig; issue?: string }[];
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
    /** Specific and ring-fenced grants together (each is also in `specificGrants`). */
    specificGrantsTotal?: Fig;
    precept: { bandD: Fig; taxBase: Fig; income: Fig };
    collectionFund: Fig;
    total: Fig;
  };
  gap: Fig;
  reserveUse: { drawdowns: Fig; contributions: Fig; net: Fig };
  savingsToIdentify: Fig;
  surplus: Fig;
  reserves: { reserveId: string; name: string; kind: string; opening: Fig; contributions: Fig; drawdowns: Fig; closing: Fig }[];
  generalReserve: { closing: Fig; minimum: Fig | null; belowMinimum: boolean } | null;
  alerts: string[];
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
