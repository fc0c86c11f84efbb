// `npm run db:migrate`: applies migrations and reference data to the configured database, then exits.
import { ConfigError, loadConfig } from '../config.js';
import { DatabaseOpenError, openDatabase } from './client.js';
import { prepareDatabase } from './migrate.js';

try {
  const config = loadConfig(process.env);
  const database = await openDatabase(config);
  const { loaded } = await prepareDatabase(database);
  await database.close();
  const where = config.databaseUrl ? 'DATABASE_URL' : config.dataDir;
  process.stdout.write(
    `migrations applied (${where}); reference data ${loaded.length ? `loaded: ${loaded.join(', ')}` : 'unchanged'}\n`,
  );
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`kudos: invalid setting ${err.message}\n`);
    process.exit(2);
  }
  if (err instanceof DatabaseOpenError) {
    process.stderr.write(`kudos: database: ${err.message}\n`);
    process.exit(2);
  }
  throw err;
}
