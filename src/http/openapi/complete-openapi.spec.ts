import type { OpenAPIObject } from '@nestjs/swagger';
import { completeOpenApi } from './complete-openapi';
import { OPERATION_EXAMPLES } from './examples/examples';

/**
 * The built service compiles with the @nestjs/swagger plugin, which gives every handler's answer
 * a schema inferred from its return type: a bare object for the projections, and for each export
 * type too. The schemas named in answer-schemas.ts must win over it.
 */
describe('completeOpenApi over what the compiler plugin inferred', () => {
  const bare = { schema: { type: 'object' as const } };
  const doc: OpenAPIObject = {
    openapi: '3.0.0',
    info: { title: 'test', version: '1' },
    paths: {
      '/forces/{force}/mtfp': {
        get: {
          parameters: [{ name: 'force', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: '',
              content: {
                'application/json': bare,
                'text/csv': bare,
                'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': bare,
              },
            },
          },
        },
      },
    },
  };

  it('documents the MTFP with its schema and the worked example, and the exports as files', () => {
    const content = (completeOpenApi(doc).paths['/forces/{force}/mtfp'].get?.responses['200'] as { content: Record<string, unknown> })
      .content;
    expect(content).toEqual({
      'application/json': { schema: { $ref: '#/components/schemas/Mtfp' }, example: OPERATION_EXAMPLES['get /forces/{force}/mtfp'].value },
      'text/csv': { schema: { type: 'string', description: 'CSV with a header row' } },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: { type: 'string', format: 'binary', description: 'An XLSX workbook' },
      },
    });
  });
});
