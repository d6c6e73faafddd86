import type { Decider, DomainEvent } from '../../src/event-sourcing/decider';
import { spec } from './decider-spec';

/** A counter that refuses to go below zero and ignores a rise of nothing: enough to show every ending of a spec. */
type Added = DomainEvent<'Added.v1', { by: number }>;
class BelowZero extends Error {}
const counter: Decider<{ add: number }, number, Added> = {
  initialState: () => 0,
  evolve: (total, event) => total + event.data.by,
  decide: (command, total) => {
    if (total + command.add < 0) throw new BelowZero(`cannot take ${-command.add} from ${total}`);
    return command.add === 0 ? [] : [{ type: 'Added.v1', data: { by: command.add } }];
  },
};
const added = (by: number): Added => ({ type: 'Added.v1', data: { by } });

describe('the decider spec helper', () => {
  it('then: the events decide returns', () => {
    spec(counter)
      .given([added(2)])
      .when({ add: 3 })
      .then([added(3)]);
  });

  it('thenNothingHappened: decide accepts the command and returns no events', () => {
    spec(counter)
      .given([added(2)])
      .when({ add: 0 })
      .thenNothingHappened();
  });

  it('thenThrows: decide refuses the command with this error', () => {
    spec(counter)
      .given([added(2)])
      .when({ add: -3 })
      .thenThrows(BelowZero, /cannot take 3 from 2/);
  });
});
