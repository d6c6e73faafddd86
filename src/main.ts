import 'reflect-metadata';
import { createApp } from './app.factory';
import { loadConfig } from './config/app-config';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port);
  const where = config.eventStore.kind === 'sqlite' ? `SQLite file ${config.eventStore.path}` : 'EventStoreDB';
  console.log(JSON.stringify({ level: 'info', msg: `Listening on http://localhost:${config.port} (API docs at /docs), events in ${where}` }));
}

void main();
