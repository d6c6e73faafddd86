/**
 * Figures worked out from facts, kept with them. Facts are never changed once folded (a new
 * event makes new facts), so what is worked out from one facts object stays true for it: kept
 * per facts object (a WeakMap, so facts no one holds any more take their figures with them),
 * under a key naming what was worked out, with the other inputs it read written out as text
 * (`inputs`); worked out again when those inputs differ. Only the latest inputs are kept per
 * key, so a figure whose inputs move on every read is worked out on every read, as before.
 * What may be kept with is only what no one changes afterwards: a scenario changes its private
 * copy of a stream's facts only while it is being applied, before anything is worked out from
 * them (scenarios/copy-on-write-facts.ts).
 */
export class KeptPerFacts<Facts extends object, Figures> {
  private readonly kept = new WeakMap<Facts, Map<string, { inputs: string; figures: Figures }>>();

  get(facts: Facts, key: string, inputs: string, workOut: () => Figures): Figures {
    let ofFacts = this.kept.get(facts);
    if (!ofFacts) {
      ofFacts = new Map();
      this.kept.set(facts, ofFacts);
    }
    const found = ofFacts.get(key);
    if (found && found.inputs === inputs) return found.figures;
    const figures = workOut();
    ofFacts.set(key, { inputs, figures });
    return figures;
  }
}
