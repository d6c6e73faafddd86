/** Injection tokens for the clock and id generator, so tests can fix both. */
export const CLOCK = Symbol('Clock');
export const ID_GENERATOR = Symbol('IdGenerator');
