import Ajv, { type ValidateFunction } from 'ajv';
import type request from 'supertest';

interface Doc {
  paths: Record<
    string,
    Record<
      string,
      {
        responses: Record<string, { $ref?: string; content?: Record<string, unknown> }>;
        requestBody?: { content?: Record<string, unknown> };
      }
    >
  >;
  components: { responses?: Record<string, { content?: Record<string, unknown> }> };
}

/**
 * Checks answers against the service's own OpenAPI document: the path and method are
 * documented, the status is one the operation lists, and a JSON body matches the schema the
 * document gives for that status (ajv; OpenAPI 3.0's `nullable` is an ajv keyword).
 * `problems` collects every mismatch of a flow, so one test reports them all at once.
 */
export class OpenApiContract {
  readonly problems: string[] = [];
  readonly checked = new Set<string>();
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, validateSchema: false });
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly templates: { template: string; pattern: RegExp; params: number }[];

  constructor(private readonly doc: Doc) {
    this.ajv.addSchema(doc as object, 'openapi.json');
    this.templates = Object.keys(doc.paths)
      .map((template) => ({
        template,
        pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^/}]+\}/g, '[^/]+')}$`),
        params: (template.match(/\{/g) ?? []).length,
      }))
      .sort((a, b) => a.params - b.params);
  }

  /** Checks one answer; returns it so a flow can go on using it. */
  check(method: string, url: string, res: request.Response): request.Response {
    const path = url.split('?')[0];
    const template = this.templates.find((t) => t.pattern.test(path))?.template;
    const where = `${method.toUpperCase()} ${url} -> ${res.status}`;
    const operation = template ? this.doc.paths[template][method.toLowerCase()] : undefined;
    if (!template || !operation) {
      this.problems.push(`${where}: not in the document`);
      return res;
    }
    this.checked.add(`${method.toUpperCase()} ${template} ${res.status}`);
    const status = String(res.status);
    const documented = operation.responses[status] ?? operation.responses[`${status[0]}XX`] ?? operation.responses.default;
    if (!documented) {
      this.problems.push(`${where}: status not documented (documents ${Object.keys(operation.responses).join(', ')})`);
      return res;
    }
    if (!/^application\/json/.test(String(res.headers['content-type'] ?? ''))) return res;
    const pointer = this.schemaPointer(template, method.toLowerCase(), status, documented);
    if (!pointer) {
      this.problems.push(`${where}: a JSON answer with no schema documented`);
      return res;
    }
    const validate = this.validator(pointer);
    if (!validate(res.body)) {
      const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
      this.problems.push(`${where}: body does not match its schema: ${errors.join('; ')}`);
    }
    return res;
  }

  /**
   * The problems a JSON request body has against the operation's documented request schema
   * ("POST /forces/{force}/tax-base"); none when it matches, or when the operation documents no JSON body.
   */
  requestProblems(operation: string, body: unknown): string[] {
    const [method, template] = operation.split(' ');
    const documented = this.doc.paths[template]?.[method.toLowerCase()];
    if (!documented) return [`${operation}: not in the document`];
    if (!documented.requestBody?.content?.['application/json']) return [];
    const validate = this.validator(`/paths/${escape(template)}/${method.toLowerCase()}/requestBody/content/application~1json/schema`);
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${operation}: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  }

  private schemaPointer(
    template: string,
    method: string,
    status: string,
    documented: { $ref?: string; content?: Record<string, unknown> },
  ) {
    if (documented.$ref) {
      const name = documented.$ref.split('/').pop() as string;
      const shared = this.doc.components.responses?.[name];
      return shared?.content?.['application/json'] ? `/components/responses/${name}/content/application~1json/schema` : null;
    }
    const key = documented === this.doc.paths[template][method].responses[status] ? status : 'default';
    if (!documented.content?.['application/json']) return null;
    return `/paths/${escape(template)}/${method}/responses/${key}/content/application~1json/schema`;
  }

  private validator(pointer: string): ValidateFunction {
    let validate = this.compiled.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `openapi.json#${pointer.split('/').map(encodeURIComponent).join('/')}` });
      this.compiled.set(pointer, validate);
    }
    return validate;
  }
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
