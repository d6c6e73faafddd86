/** Fields as the API sends them; decide() validates them again. */
export interface SetReferendumPrinciple {
  type: 'SetReferendumPrinciple';
  year: string;
  limit: { kind: 'percentage'; rate: string } | { kind: 'amount'; amount: string };
  comparison: string;
  appliesTo: string;
  note?: string;
}

export interface WithdrawReferendumPrinciple {
  type: 'WithdrawReferendumPrinciple';
  year: string;
  appliesTo: string;
}

/** The PCCs (force codes) a year's group principle applies to; the list replaces any recorded before. */
export interface SetReferendumGroupMembers {
  type: 'SetReferendumGroupMembers';
  year: string;
  appliesTo: string;
  forces: string[];
}

export type ReferendumPrinciplesCommand = SetReferendumPrinciple | WithdrawReferendumPrinciple | SetReferendumGroupMembers;
