/** Precept options for the PCC office: bands, income, referendum test and effect on the MTFP gap. */
export { preceptOptions, PRECEPT_CONVENTIONS, type PreceptOptionsInput } from './precept-options';
export { preceptOptionsForForce, type PreceptOptionsForForceInput } from './precept-options-for-force';
export * from './precept-options-types';
export { preceptOptionsToJson, type PreceptOptionsJson } from './precept-options-to-json';
export { councilTaxBands, BAND_NINTHS, type CouncilTaxBand } from './council-tax-bands';
export {
  assessReferendum,
  isWithinPrinciple,
  largestBandDWithoutReferendum,
  limitBandD,
  percentChange,
  type ReferendumAssessment,
} from './referendum-test';
