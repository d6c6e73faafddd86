import { Dec } from '../common/decimal';
import type { AllianceFacts } from '../collaboration/alliance.state';
import { DEFAULT_RAG_THRESHOLDS, type RagThresholds } from './rag-thresholds';

/**
 * The RAG thresholds a benefits report uses, and whose they are:
 *  - board: recorded by the alliance's board (RagThresholdsSet.v1), with its reason and event;
 *  - default: the board has recorded none, so the common 95 % / 80 % apply;
 *  - what_if: the caller asked for other thresholds (`green=`, `amber=`) to see what they would show;
 *    nothing is recorded and the board's thresholds are named beside them.
 */
export interface ThresholdsInUse {
  thresholds: RagThresholds;
  basis: 'board' | 'default' | 'what_if';
  /** The board's recorded thresholds, when it has recorded any (also under a what-if). */
  board: { green: Dec; amber: Dec; reason: string; source: string | null; recordedAt: string | null } | null;
}

export function thresholdsInUse(facts: AllianceFacts, whatIf?: RagThresholds): ThresholdsInUse {
  const recorded = facts.ragThresholds;
  const board = recorded ? { ...recorded, green: new Dec(recorded.green), amber: new Dec(recorded.amber) } : null;
  if (whatIf) return { thresholds: whatIf, basis: 'what_if', board };
  if (board) return { thresholds: { green: board.green, amber: board.amber }, basis: 'board', board };
  return { thresholds: DEFAULT_RAG_THRESHOLDS, basis: 'default', board: null };
}
