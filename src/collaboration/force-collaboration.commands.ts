import type { CollaborationPartner } from './force-collaboration.events';

/** The handler checks the force is registered before it runs this (the stream is keyed by it). */
export type ForceCollaborationCommand = {
  type: 'RecordCollaborationSpend';
  force: string;
  year: string;
  partner: CollaborationPartner;
  amount: string;
  description: string;
};
