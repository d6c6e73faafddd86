import { Inject, Injectable } from '@nestjs/common';
import type { AsAt } from '../projections/projection';
import { FACTS, type FactsRunner } from '../projections/projections.module';
import { PlanReader } from './plan-reader';

/** Hands query handlers a PlanReader over the facts as they stand now, or as they stood at a past moment. */
@Injectable()
export class Plans {
  constructor(@Inject(FACTS) private readonly facts: FactsRunner) {}

  async at(asAt: AsAt = { kind: 'latest' }): Promise<{ reader: PlanReader; position: string | null }> {
    const view = await this.facts.view(asAt);
    return { reader: new PlanReader(view.state), position: view.position?.toString() ?? null };
  }
}
