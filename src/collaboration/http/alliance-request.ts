import type { Sent } from '../../common/sent';
import type { AllianceCommand } from '../alliance.commands';
import type { CollaborationAveragesCommand } from '../collaboration-averages.commands';
import type { ForceCollaborationCommand, ForceCollaborationCommandOf } from '../force-collaboration.commands';

/** Collaboration commands as callers send them: strings as they arrive, before to-command parses them. */
type WithoutKnownForces<C> = C extends unknown ? Omit<C, 'knownForces'> : never;

/** An alliance command as a caller sends it, with the registered forces decide needs (the worked example names its own). */
export type SentAllianceCommand = Sent<AllianceCommand>;
/** An alliance command as a controller builds it; the handler adds the registered forces. */
export type AllianceRequest = WithoutKnownForces<SentAllianceCommand>;
/** A force's marking of the lines its contribution replaces, as a controller builds it; the handler adds what other streams say. */
export type MarkContributionReplacesRequest = Omit<
  Sent<ForceCollaborationCommandOf<'MarkContributionReplaces'>>,
  'memberOf' | 'budgetLines'
>;
/** A force's collaboration command as a controller builds it. */
export type ForceCollaborationRequest = Sent<ForceCollaborationCommandOf<'RecordCollaborationSpend'>> | MarkContributionReplacesRequest;
/** A force's collaboration spend or marking, or the national averages, as a caller sends them. */
export type CollaborationRequest = ForceCollaborationRequest | Sent<CollaborationAveragesCommand>;
export type CollaborationCommand = ForceCollaborationCommand | CollaborationAveragesCommand;

export type Request<T extends AllianceRequest['type']> = Extract<AllianceRequest, { type: T }>;
