import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATION_EXAMPLES } from '../../src/http/openapi/examples/examples';
import { startTestApp, type TestApp } from '../support/test-app';

const UPDATE = process.env.UPDATE_OPENAPI_EXAMPLES === '1';
const FOLDER = join(__dirname, '..', '..', 'src', 'http', 'openapi', 'examples');

/**
 * The examples in the OpenAPI document are the worked example's real answers: each is what the
 * service answers to its URL on a fresh store. When the worked example changes, run this spec
 * with UPDATE_OPENAPI_EXAMPLES=1 to write them again (then `npx prettier --write` the files).
 */
describe('the OpenAPI examples', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seedExampleWhenEmpty: true });
  });
  afterAll(() => t.close());

  it.each(Object.entries(OPERATION_EXAMPLES))('%s: the example is the answer to its URL', async (operation, example) => {
    const answer = (await t.http().get(example.url).expect(200)).body;
    if (UPDATE) writeFileSync(join(FOLDER, example.file), `${JSON.stringify(answer)}\n`);
    else expect(example.value).toEqual(answer);
  });

  it('are in the document, beside the schema of the answer', async () => {
    const doc = (await t.http().get('/docs-json').expect(200)).body;
    for (const [operation, example] of Object.entries(OPERATION_EXAMPLES)) {
      const [method, path] = operation.split(' ');
      expect([operation, doc.paths[path][method].responses['200'].content['application/json'].example]).toEqual([operation, example.value]);
    }
  });
});
