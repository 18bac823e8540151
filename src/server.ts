import { loadConfig } from './core/config.js';
import { startPlatform } from './platform.js';
import { loadDemoDataIfEmpty } from './seed/demo.js';

const config = loadConfig();
const platform = await startPlatform({ config, logger: true });
if (config.loadDemoData)
  await loadDemoDataIfEmpty(platform.database.db, (line) => console.log(line), platform.app.services.storage);
await platform.app.listen({ port: config.port, host: config.host });
console.log(`Vielfalt Ruhr läuft auf ${config.baseUrl} (Datenbank: ${platform.database.kind})`);

/** Open requests and the database get this long to finish; a hung database (a full disk) must not keep the process. */
const SHUTDOWN_DEADLINE_MS = 10_000;

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) {
    console.error(`${signal} again: exiting without waiting`);
    process.exit(1);
  }
  stopping = true;
  console.log(`${signal}: finishing open requests and closing the database`);
  setTimeout(() => {
    console.error(`${signal}: not finished after ${SHUTDOWN_DEADLINE_MS / 1000} s, exiting`);
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
  await platform.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
