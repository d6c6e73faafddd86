import collaboration from './collaboration-herts-2016-17.json';
import collaborationShares from './collaboration-shares-bch-2017-18.json';
import mtfp from './mtfp-herts-2017-18.json';
import preceptOptions from './precept-options-herts-2017-18.json';

/**
 * Answers of the worked example (Hertfordshire and BCH on a fresh store), shown in the OpenAPI
 * document beside the schema of the operation they answer. Each is the service's real answer to
 * `url`: test/e2e/openapi-examples.e2e.spec.ts checks so, and rewrites the files when run with
 * UPDATE_OPENAPI_EXAMPLES=1 after the worked example changes.
 */
export interface OperationExample {
  /** What was asked, as a path and query. */
  url: string;
  /** The file it is kept in, in this folder. */
  file: string;
  value: unknown;
}

export const OPERATION_EXAMPLES: Record<string, OperationExample> = {
  'get /forces/{force}/mtfp': { url: '/forces/herts/mtfp?from=2017/18&years=1', file: 'mtfp-herts-2017-18.json', value: mtfp },
  'get /forces/{force}/precept-options': {
    url: '/forces/herts/precept-options?year=2017/18&poundRise=5.00',
    file: 'precept-options-herts-2017-18.json',
    value: preceptOptions,
  },
  'get /forces/{force}/collaboration': {
    url: '/forces/herts/collaboration?from=2016/17&years=1',
    file: 'collaboration-herts-2016-17.json',
    value: collaboration,
  },
  'get /alliances/{alliance}/collaboration-shares': {
    url: '/alliances/bch/collaboration-shares?year=2017/18',
    file: 'collaboration-shares-bch-2017-18.json',
    value: collaborationShares,
  },
};
