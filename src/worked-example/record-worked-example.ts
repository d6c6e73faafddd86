import { loadConfig } from '../config/app-config';
import { CommandRunner } from '../event-sourcing/command-runner';
import { randomIds, systemClock } from '../event-sourcing/ids';
import { createEventStore } from '../event-store/create-event-store';
import { describeWorkedExample, recordWorkedExample } from './record-worked-example-steps';

/**
 * `npm run example`: records the worked example into the configured store (DATA_DIR,
 * EVENT_STORE_PATH or EVENTSTORE_CONNECTION_STRING, as the service reads them) and says what it
 * recorded. Safe to run again, and while the service is running: what is already there is
 * recognised and not recorded twice.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const where = config.eventStore.kind === 'sqlite' ? `SQLite file ${config.eventStore.path}` : 'EventStoreDB';
  const store = createEventStore(config.eventStore);
  try {
    const summary = await recordWorkedExample(new CommandRunner(store, systemClock, randomIds));
    console.log(`Event store: ${where}`);
    for (const line of describeWorkedExample(summary)) console.log(line);
    console.log(`Streams: ${summary.streams.join(', ')}`);
    console.log(
      `Phase 1 (the plan as it stood in 2016) ends at position ${summary.endOfPhase1Position}; the example's last event is at position ${summary.lastPosition}.`,
    );
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
