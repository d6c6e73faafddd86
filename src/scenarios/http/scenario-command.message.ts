import type { WriteContext } from '../../event-sourcing/write-context';
import type { ScenarioOverrideDto } from './scenario-override.dto';

/**
 * What the HTTP shell asks of a scenario; the handler adds what the decision needs to know from
 * other streams (the parent scenario, the force's plan period and reserves, the programme) and
 * the time, and turns it into a ScenarioCommand.
 */
export type ScenarioRequest =
  | {
      type: 'CreateScenario';
      scenarioId: string;
      name: string;
      description?: string;
      force: string;
      basedOn: 'baseline' | { scenarioId: string };
      /** As sent: an ISO time or a global position. */
      asOf?: string;
    }
  | { type: 'Override'; scenarioId: string; override: ScenarioOverrideDto }
  | { type: 'KeepScenario'; scenarioId: string }
  | { type: 'DiscardScenario'; scenarioId: string };

/** Carries a scenario request and its write context over the CommandBus. */
export class ScenarioCommandMessage {
  constructor(
    readonly request: ScenarioRequest,
    readonly context: WriteContext,
  ) {}
}
