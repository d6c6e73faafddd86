import type { MtfpProjection } from './mtfp-projection';
import { quantityAtPrecision, toJson, type Jsonified } from '../common/to-json';

/** The MTFP as the API returns it: money in pence strings (half-up), rates as fraction strings, tax bases at the precision used. */
export type MtfpJson = Jsonified<MtfpProjection>;

export function mtfpToJson(projection: MtfpProjection): MtfpJson {
  const json = toJson(projection);
  projection.years.forEach((year, i) => {
    json.years[i].funding.precept.taxBase.value = quantityAtPrecision(year.funding.precept.taxBase.value);
    year.funding.precept.byBillingAuthority.forEach((authority, j) => {
      json.years[i].funding.precept.byBillingAuthority[j].taxBase.value = quantityAtPrecision(authority.taxBase.value);
    });
  });
  return json;
}
