import type { ExampleForce } from './example-step';

/** The three forces of the BCH strategic alliance, as the worked example registers them. */
export const HERTS: ExampleForce = { code: 'herts', name: 'Hertfordshire Constabulary' };
export const BEDS: ExampleForce = { code: 'beds', name: 'Bedfordshire Police' };
export const CAMBS: ExampleForce = { code: 'cambs', name: 'Cambridgeshire Constabulary' };

export const BCH_FORCES: readonly ExampleForce[] = [BEDS, CAMBS, HERTS];

export const BCH_ALLIANCE = 'bch';
