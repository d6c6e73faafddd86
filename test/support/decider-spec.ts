import type { Decider, DomainEvent } from '../../src/event-sourcing/decider';

/**
 * Given/when/then for deciders:
 *   spec(forceDecider).given([registered]).when(command).then([expected])
 *   spec(forceDecider).given([...]).when(command).thenNothingHappened()   (decide returns no events)
 *   spec(forceDecider).given([...]).when(command).thenThrows(RuleViolationError, /beyond its balance/)
 */
export function spec<C, S, E extends DomainEvent>(decider: Decider<C, S, E>) {
  return {
    given(events: E[]) {
      const state = events.reduce((s, e) => decider.evolve(s, e), decider.initialState());
      return {
        when(command: C) {
          const run = () => decider.decide(command, state);
          return {
            then(expected: E[]) {
              expect(run()).toEqual(expected);
            },
            /** The command is accepted and changes nothing (e.g. a repeat of what is already recorded). */
            thenNothingHappened() {
              expect(run()).toEqual([]);
            },
            thenThrows(errorType: abstract new (...args: never[]) => Error, message?: RegExp) {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(errorType);
              if (message) expect((thrown as Error).message).toMatch(message);
            },
          };
        },
      };
    },
  };
}
