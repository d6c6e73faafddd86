import type { MtfpProjection } from './mtfp-projection';
import { toJson, type Jsonified } from '../common/to-json';

/** The MTFP as the API returns it: money in pence strings (half-up), rates as fraction strings, tax bases to 2 dp. */
export type MtfpJson = Jsonified<MtfpProjection>;

export function mtfpToJson(projection: MtfpProjection): MtfpJson {
  return toJson(projection);
}
