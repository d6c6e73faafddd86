/** The MTFP engine: a pure projection of a force's finance facts, every figure citing its events. */
export { projectMtfp, MAX_MTFP_YEARS, type BandDOverride, type ProjectMtfpInput } from './project-mtfp';
export * from './mtfp-projection';
export { mtfpToJson, type MtfpJson } from './mtfp-to-json';
export { toJson, type Jsonified } from '../common/to-json';
export type { ExternalSavingsLine } from './external-savings-line';
export type { ContributionLine } from './contribution-line';
export type { MoneyFigure, RateFigure, QuantityFigure } from './figure';
export { bandDFor } from './funding-for-year';
export type * from './budget-monitoring.types';
