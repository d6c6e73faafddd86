import type { WriteContext } from '../../event-sourcing/write-context';
import type { ScenarioScope } from '../scenario-lookup';
import type { ScenarioOverrideDto } from './scenario-override.dto';

/**
 * What the HTTP shell asks of a scenario; the handler adds what the decision needs to know from
 * other streams (the parent scenario, the force's plan period and reserves, the programme) and
 * the time, and turns it into a ScenarioCommand. A new scenario's id is looked for in its force
 * only; any other request's in `scope`, where its caller may look.
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
  | { type: 'Override'; scenarioId: string; scope: ScenarioScope; override: ScenarioOverrideDto }
  | { type: 'KeepScenario'; scenarioId: string; scope: ScenarioScope }
  | { type: 'DiscardScenario'; scenarioId: string; scope: ScenarioScope };

/** Carries a scenario request and its write context over the CommandBus. */
export class ScenarioCommandMessage {
  constructor(
    readonly request: ScenarioRequest,
    readonly context: WriteContext,
  ) {}
}
