import { randomUUID } from 'node:crypto';
import type request from 'supertest';
import { EVENT_STORE, type EventStore, type EventToAppend } from '../../src/event-store/event-store.port';
import type { AuthorisedHttp, TestApp } from './test-app';

/** Events already on one stream, as a test states them: stored type name ("X.v1") and data. */
export interface GivenStream {
  stream: string;
  /** An id may be fixed, so a test can expect the figures that cite it. */
  events: { id?: string; type: string; data: Record<string, unknown> }[];
}

/** An event the request recorded, as the spec expects it. */
export interface NewEvent {
  stream: string;
  type: string;
  data: unknown;
}

export interface ExpectedResponse {
  status: number;
  /** toEqual against the JSON body (asymmetric matchers welcome), or a function of the body for anything else. */
  body?: unknown;
  /** Every event the request recorded, in order (stream, type, data); [] asserts it recorded none. */
  newEvents?: NewEvent[];
}

/**
 * HTTP tests as specifications, in the style of Emmett's ApiSpecification:
 *
 *   await apiSpec(t)
 *     .given({ stream: 'force-herts', events: [{ type: 'ForceRegistered.v1', data: { code: 'herts', name: 'Herts' } }] })
 *     .when((http) => http.post('/forces/herts/plan-period').send({ firstYear: '2016/17', lastYear: '2019/20' }))
 *     .then({ status: 201, newEvents: [{ stream: 'force-finance-herts', type: 'PlanPeriodSet.v1', data: { ... } }] });
 *
 * `given` appends straight to the app's event store (its EVENT_STORE provider) with the
 * metadata the command runner writes, so no chain of setup requests is needed; the read side
 * folds them like any other event. `when` sends one request (as an admin unless `as` says
 * otherwise); `then` checks the response and the events the request recorded.
 */
export function apiSpec(t: TestApp) {
  const store = (): EventStore => t.app.get<symbol, EventStore>(EVENT_STORE);
  return {
    given(...streams: GivenStream[]) {
      return {
        when(send: (http: AuthorisedHttp) => request.Test, as: () => AuthorisedHttp = t.http) {
          return {
            async then(expected: ExpectedResponse): Promise<request.Response> {
              await givenEvents(t, ...streams);
              const before = await store().headPosition();
              const response = await send(as());
              expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status: expected.status });
              if (typeof expected.body === 'function') (expected.body as (body: unknown) => void)(response.body);
              else if (expected.body !== undefined) expect(response.body).toEqual(expected.body);
              if (expected.newEvents !== undefined) {
                const recorded = await store().readAll({ after: before ?? undefined });
                expect(recorded.map((e) => ({ stream: e.streamId, type: e.type, data: e.data }))).toEqual(expected.newEvents);
              }
              return response;
            },
          };
        },
      };
    },
  };
}

/** Appends events straight to the app's store as the command runner records them (also for a shared beforeAll). */
export async function givenEvents(t: TestApp, ...streams: GivenStream[]): Promise<void> {
  const store = t.app.get<symbol, EventStore>(EVENT_STORE);
  for (const given of streams) await appendGiven(store, given);
}

async function appendGiven(store: EventStore, given: GivenStream): Promise<void> {
  const correlationId = randomUUID();
  const events: EventToAppend[] = given.events.map((event) => ({
    id: event.id ?? randomUUID(),
    type: event.type,
    data: event.data,
    metadata: {
      actor: 'admin@test',
      recordedAt: new Date().toISOString(),
      correlationId,
      causationId: null,
      schemaVersion: schemaVersionOf(event.type),
    },
  }));
  await store.appendToStream(given.stream, events, 'any');
}

function schemaVersionOf(type: string): number {
  const version = /\.v(\d+)$/.exec(type);
  if (!version) throw new Error(`Given event type ${type} has no version suffix (".v1")`);
  return Number(version[1]);
}
