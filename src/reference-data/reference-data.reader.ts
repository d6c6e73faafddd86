import type { StreamReader } from '../projections/stream-folds';
import { referendumPrinciplesDecider } from './referendum-principles.decider';
import { REFERENDUM_PRINCIPLES_STREAM } from './referendum-principles.events';
import type { ReferendumPrinciplesState } from './referendum-principles.state';

/** The referendum principles as recorded (none yet: the empty state). */
export function referendumPrinciplesOf(plan: StreamReader): ReferendumPrinciplesState {
  return plan.stream<ReferendumPrinciplesState>(REFERENDUM_PRINCIPLES_STREAM) ?? referendumPrinciplesDecider.initialState();
}
