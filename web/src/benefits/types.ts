/** The API's benefits realisation (GET /alliances/{alliance}/benefits-realisation); money as decimal strings. */
export type Rag = 'green' | 'amber' | 'red' | 'no_outturn';

export interface Totals {
  planned: string;
  forecast: string;
  realised: string | null;
  bestEstimate: string;
  variance: string;
  /** Null where nothing was planned (e.g. no non-cashable programme): not rated, shown as a dash. */
  deliveryPercent: string | null;
  rag: Rag | null;
  /** One-off costs of delivering the savings, and the savings (best estimate) net of them. */
  costsToAchieve: string;
  netBenefit: string;
}

/** Why a year's savings differ from plan, as the board last explained it, and when. */
export interface VarianceExplanation {
  explanation: string;
  recordedAt: string;
  source: string;
}

export type Recurrence = 'recurring' | 'one_off';

export interface ProgrammeYear extends Totals {
  year: string;
  varianceExplanation: VarianceExplanation | null;
  /** Whether the year's saving recurs into later years or is one-off (the year's own, else the programme's). */
  recurrence?: Recurrence;
}

export interface Revision {
  year: string;
  previous: string;
  amount: string;
  change: string;
  reason: string;
  recordedAt: string;
}

export interface Programme {
  programmeCode: string;
  name: string;
  owner: string;
  unitCode?: string | null;
  cashable: boolean;
  recurrence?: Recurrence;
  years: ProgrammeYear[];
  total: Totals;
  revisions: Revision[];
  members: ({ force: string } & Omit<Totals, 'deliveryPercent' | 'rag'>)[];
}

export interface BenefitsJson {
  allianceCode: string;
  name: string;
  programmes: Programme[];
  total: Totals;
  cashableTotal: Totals;
  nonCashableTotal: Totals;
  members: ({ force: string } & Omit<Totals, 'deliveryPercent' | 'rag'>)[];
}

export interface SharesJson {
  year: string;
  units: {
    unitCode: string;
    name: string;
    budget: string | null;
    /** What the unit spent (null until an outturn is recorded) and outturn − budget. */
    outturn: string | null;
    variance: string | null;
    shares: { force: string; sharePercent: string; contribution: string; outturn: string | null }[];
  }[];
  memberTotals: { force: string; total: string; outturn: string | null }[];
}

/** The part of GET /alliances/{code} the shares panel reads: which years each unit has a budget for. */
export interface AllianceUnitBudgetsJson {
  units: { code: string; budgets: { year: string; amount: string }[] }[];
}

export interface InvitationsJson {
  invitations: { force: string; fromYear: string; status?: string; invitedAt?: string }[];
}

export interface AuditJson {
  events: { id: string; type: string; data: Record<string, unknown>; metadata: { actor: string; recordedAt: string; reason?: string } }[];
}
