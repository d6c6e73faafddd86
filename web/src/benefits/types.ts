/** The API's benefits realisation (GET /alliances/{alliance}/benefits-realisation); money as decimal strings. */
export type Rag = 'green' | 'amber' | 'red' | 'no_outturn';

export interface Totals {
  planned: string;
  forecast: string;
  realised: string | null;
  bestEstimate: string;
  variance: string;
  deliveryPercent: string;
  rag: Rag;
}

export interface ProgrammeYear extends Totals {
  year: string;
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
  members: ({ force: string } & Omit<Totals, 'deliveryPercent' | 'rag'>)[];
}

export interface SharesJson {
  year: string;
  units: {
    unitCode: string;
    name: string;
    budget: string | null;
    shares: { force: string; sharePercent: string; contribution: string }[];
  }[];
}

export interface InvitationsJson {
  invitations: { force: string; fromYear: string; status?: string; invitedAt?: string }[];
}

export interface AuditJson {
  events: { id: string; type: string; data: Record<string, unknown>; metadata: { actor: string; recordedAt: string; reason?: string } }[];
}
