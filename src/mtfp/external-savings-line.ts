/**
 * A savings line that reaches a force's MTFP from outside its own decisions – today, its share
 * of an alliance savings programme. The collaboration capability produces these; the MTFP
 * engine subtracts them from expenditure in their year (and, when recurring, every later
 * year) and cites their sources.
 */
export interface ExternalSavingsLine {
  /** Stable code for the line, e.g. "alliance:bch:programme:jps-savings". */
  code: string;
  /** What a finance officer reads, e.g. "BCH – Joint Protective Services savings (Hertfordshire share)". */
  name: string;
  /** Financial year the saving falls in, "2017/18". */
  year: string;
  /** The saving in pounds as an exact decimal string; positive reduces expenditure. */
  amount: string;
  /** Ids of the events the figure came from (programme plan, revisions, realisations, shares). */
  sources: string[];
  /**
   * Set when the figure could not be worked out from another party's records (a fellow member
   * of the alliance with no NRE for the year, say): what is missing and whom it concerns. The
   * amount is then "0" – the saving is left out, visibly – and the MTFP repeats this in its
   * warnings, instead of refusing the force's whole plan over someone else's gap.
   */
  issue?: string;
  /** Set when the amount is a realised (delivered) figure rather than a forecast or plan: delivery risk no longer applies to it. */
  realised?: true;
  /**
   * Set when the amount is an incremental recurring saving from `year` on: it reduces `year` and
   * every later year (as a recurring budget-item saving does). Without it the saving is one-off
   * and reduces `year` only – what every line meant before recurrence was recorded.
   */
  recurring?: true;
}
