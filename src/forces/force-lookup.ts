import { Inject, Injectable } from '@nestjs/common';
import { FACTS, type FactsRunner } from '../projections/projections.module';
import { registeredForces, requireForce, type ForceView } from './http/force.queries';

/**
 * For command handlers of other capabilities: is this force registered (404 if not), and what
 * is it called. Reads the projection after catching up, so a force registered a moment ago is found.
 */
@Injectable()
export class ForceLookup {
  constructor(@Inject(FACTS) private readonly facts: FactsRunner) {}

  async require(code: string): Promise<ForceView> {
    return requireForce((await this.facts.view()).state, code);
  }

  async knownCodes(): Promise<string[]> {
    return registeredForces((await this.facts.view()).state).map((f) => f.code);
  }
}
