import { unreachable, type Decider } from '../event-sourcing/decider';
import type { AllianceCommand } from './alliance.commands';
import type { AllianceEvent } from './alliance.events';
import { evolveAlliance, initialAllianceFacts, type AllianceFacts } from './alliance.state';
import { decideExplainSavingsVariance, decideRecordUnitOutturn, decideSetProgrammeCostsToAchieve } from './decide/board-figures';
import { decideSetRagThresholds, decideSetSavingsRecurrence } from './decide/board-settings';
import { decideSetCostShareBasis } from './decide/cost-shares';
import { formed } from './decide/formed';
import {
  decideAcceptInvitation,
  decideDeclineInvitation,
  decideFormAlliance,
  decideInviteMember,
  decideLeaveAlliance,
  decideWithdrawInvitation,
} from './decide/membership';
import {
  decidePlanSavings,
  decideRecordRealisedSavings,
  decideReviseSavingsForecast,
  decideStartSavingsProgramme,
} from './decide/programmes';
import { decideFixUnitShares, sharesFixedWithBasis, sharesFixedWithBudget } from './decide/unit-shares';
import { decideEstablishUnit, decideSetUnitBudget } from './decide/units';

/** An alliance's stream: membership, joint units and their cost shares, savings programmes. */
export const allianceDecider: Decider<AllianceCommand, AllianceFacts, AllianceEvent> = {
  initialState: initialAllianceFacts,
  evolve: evolveAlliance,
  decide(command, state) {
    if (command.type === 'FormAlliance') return decideFormAlliance(command, state);
    const facts = formed(state, command.allianceCode);
    switch (command.type) {
      case 'InviteMember':
        return decideInviteMember(command, facts);
      case 'AcceptInvitation':
        return decideAcceptInvitation(command, facts);
      case 'DeclineInvitation':
        return decideDeclineInvitation(command, facts);
      case 'WithdrawInvitation':
        return decideWithdrawInvitation(command, facts);
      case 'LeaveAlliance':
        return decideLeaveAlliance(command, facts);
      case 'EstablishUnit':
        return decideEstablishUnit(command, facts);
      case 'SetCostShareBasis':
        return [...decideSetCostShareBasis(command, facts), ...sharesFixedWithBasis(command, facts)];
      case 'SetUnitBudget':
        return [...decideSetUnitBudget(command, facts), ...sharesFixedWithBudget(command, facts)];
      case 'FixUnitShares':
        return decideFixUnitShares(command, facts);
      case 'StartSavingsProgramme':
        return decideStartSavingsProgramme(command, facts);
      case 'PlanSavings':
        return decidePlanSavings(command, facts);
      case 'ReviseSavingsForecast':
        return decideReviseSavingsForecast(command, facts);
      case 'RecordRealisedSavings':
        return decideRecordRealisedSavings(command, facts);
      case 'SetSavingsRecurrence':
        return decideSetSavingsRecurrence(command, facts);
      case 'SetRagThresholds':
        return decideSetRagThresholds(command, facts);
      case 'SetProgrammeCostsToAchieve':
        return decideSetProgrammeCostsToAchieve(command, facts);
      case 'RecordUnitOutturn':
        return decideRecordUnitOutturn(command, facts);
      case 'ExplainSavingsVariance':
        return decideExplainSavingsVariance(command, facts);
      default:
        return unreachable(command, 'alliance command');
    }
  },
};
