/** Reference data: referendum principles for police precepts (stream `reference-referendum-principles`). */
export * from './referendum-principle';
export * from './referendum-principles.commands';
export * from './referendum-principles.events';
export * from './referendum-principles.state';
export { referendumPrinciplesDecider, decideReferendumPrinciples } from './referendum-principles.decider';
export { REFERENDUM_PRINCIPLES_ENGLAND } from './referendum-principles-england';
export { principlesForYear, principlesFromTable, principlesApplyingTo, principlesForForce, groupsOfForce } from './principles-for-year';
