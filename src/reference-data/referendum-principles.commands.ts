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

export type ReferendumPrinciplesCommand = SetReferendumPrinciple | WithdrawReferendumPrinciple;
