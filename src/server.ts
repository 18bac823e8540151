import { loadConfig } from './core/config.js';
import { startPlatform } from './platform.js';
import { loadDemoDataIfEmpty } from './seed/demo.js';

const config = loadConfig();
const platform = await startPlatform({ config, logger: true });
if (config.loadDemoData)
  await loadDemoDataIfEmpty(platform.database.db, (line) => console.log(line), platform.app.services.storage);
await platform.app.listen({ port: config.port, host: config.host });
console.log(`Vielfalt Ruhr läuft auf ${config.baseUrl} (Datenbank: ${platform.database.kind})`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing open requests and closing the database`);
  await platform.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
