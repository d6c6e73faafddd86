import { toJson, type Jsonified } from '../common/to-json';
import type { PreceptOptions } from './precept-options-types';

/** Precept options as the API returns them: money to the penny (half-up), percentages to 2 dp, rates exact. */
export type PreceptOptionsJson = Jsonified<PreceptOptions>;

export function preceptOptionsToJson(options: PreceptOptions): PreceptOptionsJson {
  return toJson(options);
}
