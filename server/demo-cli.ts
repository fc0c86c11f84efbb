// `npm run demo:load` / `npm run demo:unload`: adds or removes the demo registry (made-up
// organisations in every region, marked as demo on every page) on the configured database.
import { ConfigError, loadConfig } from './config.js';
import { DatabaseOpenError, openDatabase } from './db/client.js';
import { prepareDatabase } from './db/migrate.js';
import { loadDemoData, unloadDemoData } from './modules/demo/service.js';

function fail(message: string): never {
  process.stderr.write(`kudos: ${message}\n`);
  process.exit(2);
}

const command = process.argv[2];
if (command !== 'load' && command !== 'unload') fail('usage: demo-cli.ts load|unload');

const meta = { ip: null, userAgent: `npm run demo:${command}` };
const list = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');

try {
  const config = loadConfig(process.env);
  const database = await openDatabase(config);
  try {
    await prepareDatabase(database);
    if (command === 'load') {
      const added = await loadDemoData(database.db, meta);
      const none = Object.values(added).every((n) => n === 0);
      process.stdout.write(
        none
          ? 'demo data is already loaded; nothing added (remove it with `npm run demo:unload`)\n'
          : `demo data loaded: ${list(added)}. Every page says so until \`npm run demo:unload\`.\n`,
      );
    } else {
      const deleted = await unloadDemoData(database.db, meta);
      process.stdout.write(`demo data removed: ${list(deleted)}\n`);
    }
  } finally {
    await database.close();
  }
} catch (err) {
  if (err instanceof ConfigError) fail(`invalid setting ${err.message}`);
  if (err instanceof DatabaseOpenError) fail(`database: ${err.message}`);
  throw err;
}
