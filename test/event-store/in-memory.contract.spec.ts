import { InMemoryEventStore } from '../../src/event-store/in-memory-event-store';
import { eventStoreContract } from './event-store.contract';

eventStoreContract('in-memory', async () => new InMemoryEventStore());
