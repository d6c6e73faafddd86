import { mayAccess, type Membership, type Permission, type Target } from './access-rules';
import { ROLES, type Role } from './principal';

/** What each permission lets its holder do, as the subject of a sentence ("… is for the pcc_office role"). */
export const PERMISSION_ACTIONS: Record<Permission, string> = {
  'forces.register': 'Registering or renaming a force',
  'force.finance.write': "Changing a force's plan period, budgets, assumptions, budget items, grant settlements and reserves",
  'force.precept.write': "Setting a force's precept, tax base and collection fund",
  'force.collaboration.write': "Recording a force's collaboration spend",
  'force.read': "Reading a force's plan",
  'force.collaboration.read': "Reading a force's collaboration figures",
  'force.membership.answer': "Accepting or declining a force's invitation to an alliance",
  'alliance.form': 'Forming an alliance',
  'alliance.write': "Changing an alliance's invitations, departures, units, cost shares, budgets and programmes",
  'alliance.read': 'Reading an alliance',
  'reference.write': "Changing reference data, or reading the service's own records,",
  'directory.read': 'Reading the directory',
  'scenario.write': "Changing a force's scenarios and running its stress tests",
  'scenario.read': "Reading a force's scenarios and stress tests",
};

const NO_MEMBERSHIP: Membership = { membersOf: () => [], alliancesOf: () => [] };

/**
 * The roles (besides admin, who may do everything) that may do `permission` to `target` when
 * their scope is that target. Asked of the rules themselves, so it cannot drift from them.
 */
export function rolesThatMay(permission: Permission, target: Target): Role[] {
  return ROLES.filter(
    (role) =>
      role !== 'admin' &&
      mayAccess({ subject: 'who-may', role, force: target.force, alliance: target.alliance }, permission, target, NO_MEMBERSHIP),
  );
}
