import { EventStoreDbEventStore } from '../../src/event-store/eventstoredb-event-store';
import { eventStoreContract } from './event-store.contract';

/**
 * The contract against a real EventStoreDB / KurrentDB server, when one is configured. The
 * suite writes only to streams with random names, so a shared development server is fine.
 */
const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (!connectionString) {
  // Straight to stderr: jest drops the buffered console of a file whose tests are all skipped
  // when it runs several files, and this line must be seen.
  process.stderr.write(
    '\nEventStoreDB contract leg SKIPPED: EVENTSTORE_CONNECTION_STRING is not set; start a server (docker compose -f docker-compose.yml -f docker-compose.eventstoredb-local.yml up -d eventstoredb, which publishes it on 127.0.0.1 only) and set it to run this leg, e.g. EVENTSTORE_CONNECTION_STRING="esdb://localhost:2113?tls=false"\n\n',
  );
}

eventStoreContract('EventStoreDB', async () => new EventStoreDbEventStore(connectionString ?? ''), undefined, {
  // Its idempotency is per stream: it cannot refuse an id already used in another stream.
  eventIdsUniqueAcrossStreams: false,
  skip: !connectionString,
});
