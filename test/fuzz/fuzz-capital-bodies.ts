import { REQUEST_EXAMPLES } from '../../src/http/openapi/examples/request-examples';

/**
 * Valid bodies of the capital programme's writes: the OpenAPI request examples, with the scheme
 * the fuzz world records ("fleet") and a year inside its plan (fuzz-world.ts spreads them into VALID_BODIES).
 */
export const CAPITAL_PROGRAMME_BODIES: Record<string, object> = {
  'POST /forces/{force}/capital-schemes': { ...REQUEST_EXAMPLES['post /forces/{force}/capital-schemes'], schemeId: 'fleet' },
  'POST /forces/{force}/capital-schemes/{schemeId}/withdrawal':
    REQUEST_EXAMPLES['post /forces/{force}/capital-schemes/{schemeId}/withdrawal'],
  'POST /forces/{force}/capital-financing-assumptions': {
    ...REQUEST_EXAMPLES['post /forces/{force}/capital-financing-assumptions'],
    year: '2017/18',
  },
};
