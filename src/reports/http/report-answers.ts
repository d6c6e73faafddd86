import { Injectable } from '@nestjs/common';
import { benefitsRealisation } from '../../benefits-realisation/benefits-realisation';
import { benefitsRealisationToJson } from '../../benefits-realisation/benefits-realisation.to-json';
import type { BenefitsRealisationAnswer } from '../../benefits-realisation/http/benefits-realisation.query';
import type { RagThresholds } from '../../benefits-realisation/rag-thresholds';
import { asAtDate } from '../../benefits-realisation/year-closure';
import { requireAlliance } from '../../collaboration/http/require-alliance';
import { Money } from '../../common/money';
import { ForceLookup } from '../../forces/force-lookup';
import { mtfpToJson } from '../../mtfp/mtfp-to-json';
import type { MtfpAnswer } from '../../mtfp/http/mtfp.queries';
import { Plans } from '../../planning/plans.service';
import type { PreceptOptionsRequest } from '../../precept/http/precept-options-request';
import { preceptOptionsFrom, type PreceptOptionsAnswer } from '../../precept/http/precept-options.query';
import { weeklyCouncilTax } from '../../precept/weekly-council-tax';
import type { AsAt } from '../../projections/projection';
import { scenarioNote } from '../../planning/scenario-param';
import { inForce, type ScenarioLookup } from '../../scenarios/scenario-lookup';
import type { BenefitsReportInput } from '../benefits-report';
import type { PreceptReportInput } from '../precept-report';

/**
 * The JSON answers a report lays out, read from one plan view (one position), with the same
 * functions the JSON endpoints use: the precept options and the MTFP year of one force, the
 * benefits realisation of one alliance. No figure is worked out here.
 */
@Injectable()
export class ReportAnswers {
  constructor(
    private readonly forces: ForceLookup,
    private readonly plans: Plans,
  ) {}

  async precept(force: string, request: PreceptOptionsRequest, asAt: AsAt, scenarioId?: string): Promise<PreceptReportInput> {
    const { name } = await this.forces.require(force);
    const { reader, position, scenario } = await this.plans.at(asAt, inForce(force, scenarioId));
    const options: PreceptOptionsAnswer = {
      force,
      asAt: { position },
      ...scenarioNote(scenario),
      ...preceptOptionsFrom(reader, force, request),
    };
    const mtfp: MtfpAnswer = { force, asAt: { position }, ...mtfpToJson(reader.mtfp(force, request.year, 1)) };
    const proposal = chooseProposal(options, request);
    const weekly = proposal ? weeklyCouncilTax(Money.parse(proposal.bandD)) : null;
    return {
      force: { code: force, name },
      options,
      proposal,
      weeklyBands: weekly ? Object.fromEntries(Object.entries(weekly).map(([band, m]) => [band, m.toPence()])) : null,
      mtfpYear: mtfp.years[0] ?? null,
      generatedAt: new Date().toISOString(),
    };
  }

  async benefits(
    allianceCode: string,
    thresholds: RagThresholds | undefined,
    asAt: AsAt,
    lookup?: ScenarioLookup,
  ): Promise<BenefitsReportInput> {
    const { reader, position, scenario } = await this.plans.at(asAt, lookup);
    const alliance = requireAlliance(reader, allianceCode);
    const report = benefitsRealisationToJson(
      benefitsRealisation(alliance, {
        ...(thresholds ? { thresholds } : {}),
        nre: reader.nreForShareBases([alliance]),
        asAt: asAtDate(asAt),
      }),
    );
    const benefits: BenefitsRealisationAnswer = { ...report, asAt: { position }, ...scenarioNote(scenario) };
    return { benefits, position, generatedAt: new Date().toISOString() };
  }
}

/** The option put to the panel: the rise asked for (a £ rise before a % rise), else the Band D recorded for the year. */
function chooseProposal(options: PreceptOptionsAnswer, request: PreceptOptionsRequest): PreceptOptionsAnswer['options'][number] | null {
  const kind = request.poundRise ? 'pound_rise' : request.percentageRise ? 'percentage_rise' : 'recorded';
  return options.options.find((o) => o.kind === kind) ?? null;
}
