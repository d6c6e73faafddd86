import type { SavingsProgrammeContext, ScenarioForceContext } from '../scenario-context';
import type { ScenarioOverrideCommand } from '../scenario.commands';
import type { CreateScenarioDto } from './create-scenario.dto';
import type { ScenarioRequest } from './scenario-command.message';
import type { ScenarioOverrideDto } from './scenario-override.dto';

/**
 * The one mapping from the scenario DTOs to what the handler and the decider take. The DTOs are
 * validated already; the decider checks the rules (a year in the plan, a reserve that exists…).
 */
export function toCreateScenarioRequest(dto: CreateScenarioDto): Extract<ScenarioRequest, { type: 'CreateScenario' }> {
  return {
    type: 'CreateScenario',
    scenarioId: dto.id,
    name: dto.name,
    description: dto.description,
    force: dto.force,
    basedOn: dto.basedOn === 'baseline' ? 'baseline' : { scenarioId: dto.basedOn },
    asOf: dto.asOf,
  };
}

/** What an override needs from other streams, looked up by the handler only when its kind asks for it. */
export interface OverrideLookups {
  force: ScenarioForceContext;
  /** The programme a savings slippage names (null when unknown); refuses one of an alliance the force is not in. */
  programme(allianceCode: string, programmeCode: string): SavingsProgrammeContext | null;
  /** An id for an extra item sent without one. */
  newItemId(): string;
}

export function toOverrideCommand(scenarioId: string, dto: ScenarioOverrideDto, lookups: OverrideLookups): ScenarioOverrideCommand {
  const on = { scenarioId };
  const force = lookups.force;
  switch (dto.kind) {
    case 'assumptions': {
      const { payAward, nonPayInflation, incomeInflation, grantChange, taxBaseGrowth } = dto;
      return {
        ...on,
        type: 'OverrideAssumptions',
        force,
        year: dto.year as string,
        payAward,
        nonPayInflation,
        incomeInflation,
        grantChange,
        taxBaseGrowth,
      };
    }
    case 'precept-strategy':
      return {
        ...on,
        type: 'SetPreceptStrategy',
        force,
        year: dto.year as string,
        strategy: {
          kind: dto.strategy as string,
          ...(dto.rate !== undefined ? { rate: dto.rate } : {}),
          ...(dto.amount !== undefined ? { amount: dto.amount } : {}),
        },
      };
    case 'savings-slippage': {
      const allianceCode = dto.alliance as string;
      return {
        ...on,
        type: 'SlipSavings',
        allianceCode,
        programmeCode: dto.programme as string,
        programme: lookups.programme(allianceCode, dto.programme as string),
        year: dto.year as string,
        share: dto.share as string,
        mode: dto.mode as string,
      };
    }
    case 'extra-item':
      return {
        ...on,
        type: 'AddExtraBudgetItem',
        force,
        itemId: dto.itemId ?? lookups.newItemId(),
        kind: dto.itemKind as string,
        fromYear: dto.fromYear as string,
        amount: dto.amount as string,
        recurrence: dto.recurrence as string,
        description: dto.description,
      };
    case 'extra-drawdown':
      return {
        ...on,
        type: 'AddExtraReserveDrawdown',
        force,
        reserveId: dto.reserveId as string,
        year: dto.year as string,
        amount: dto.amount as string,
        description: dto.description,
      };
  }
}
