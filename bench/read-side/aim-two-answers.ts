import { answerJson } from '../../src/common/kept-json-text';
import { benefitsRealisation } from '../../src/benefits-realisation/benefits-realisation';
import { benefitsRealisationToJson } from '../../src/benefits-realisation/benefits-realisation.to-json';
import { DEFAULT_RAG_THRESHOLDS } from '../../src/benefits-realisation/rag-thresholds';
import { collaborationShares, collaborationSharesToJson } from '../../src/collaboration/collaboration-shares';
import { FinancialYear } from '../../src/common/financial-year';
import { mtfpToJson } from '../../src/mtfp';
import { PlanReader } from '../../src/planning/plan-reader';
import { preceptOptionsFrom } from '../../src/precept/http/precept-options.query';
import type { StreamFacts } from '../../src/projections/stream-facts.projection';

/**
 * The four answers of issue 15, aim 2, each rendered from the facts as its query handler does,
 * in one place so the benchmarks and the profiling script (bench/profile/answers-profile.ts)
 * time exactly the same work.
 */
export function mtfpAnswer(facts: StreamFacts, position: string | null, force: string, from: string, years: number): string {
  return answerJson(mtfpAnswerObject(facts, position, force, from, years));
}

/** The MTFP answer before it is written out (bench/profile/sources-by-reference.ts writes it two ways). */
export function mtfpAnswerObject(facts: StreamFacts, position: string | null, force: string, from: string, years: number) {
  return { force, asAt: { position }, ...mtfpToJson(new PlanReader(facts).mtfp(force, from, years)) };
}

export function preceptOptionsAnswer(facts: StreamFacts, position: string | null, force: string, year: string): string {
  const request = { year: FinancialYear.parse(year), groups: [] };
  return answerJson({ force, asAt: { position }, ...preceptOptionsFrom(new PlanReader(facts), force, request) });
}

function allianceOf(facts: StreamFacts, allianceCode: string) {
  const reader = new PlanReader(facts);
  const alliance = reader.alliance(allianceCode);
  if (!alliance) throw new Error(`No alliance ${allianceCode} in the facts`);
  return { reader, alliance };
}

export function sharesAnswer(facts: StreamFacts, allianceCode: string, year: string): string {
  const { reader, alliance } = allianceOf(facts, allianceCode);
  return answerJson(collaborationSharesToJson(collaborationShares(alliance, year, reader.nreForShareBases([alliance]))));
}

export function benefitsAnswer(facts: StreamFacts, allianceCode: string): string {
  const { reader, alliance } = allianceOf(facts, allianceCode);
  return answerJson(
    benefitsRealisationToJson(
      benefitsRealisation(alliance, { thresholds: DEFAULT_RAG_THRESHOLDS, nre: reader.nreForShareBases([alliance]) }),
    ),
  );
}
