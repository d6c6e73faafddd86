/** A fact with the ids of the events it came from, so each figure derived from it can cite them. */
export interface Sourced {
  sources: string[];
}
