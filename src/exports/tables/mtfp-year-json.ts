import type { MtfpJson } from '../../mtfp/mtfp-to-json';

/** One year of the MTFP answer, as the sheets read it. */
export type MtfpYearJson = MtfpJson['years'][number];
