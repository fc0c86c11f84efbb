// `npm run admin:create -- --email you@example.org --name "Your Name"`: makes an administrator and
// prints a single-use link (1 hour) to choose the password; no password ever goes on a command line.
import { parseArgs } from 'node:util';
import { emailSchema, nameSchema } from '../common/schemas/accounts.js';
import { ConfigError, loadConfig } from './config.js';
import { DatabaseOpenError, openDatabase } from './db/client.js';
import { prepareDatabase } from './db/migrate.js';
import { makeAdmin } from './modules/accounts/auth.service.js';

function fail(message: string): never {
  process.stderr.write(`kudos: ${message}\n`);
  process.exit(2);
}

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
const email = emailSchema.safeParse(values.email ?? '');
if (!email.success) fail('admin:create needs --email with a valid e-mail address');
const name = nameSchema.safeParse(values.name ?? values.email);
if (!name.success) fail('--name is too long');

try {
  const config = loadConfig(process.env);
  const database = await openDatabase(config);
  await prepareDatabase(database);
  const link = await makeAdmin(database.db, config.baseUrl, email.data, name.data);
  await database.close();
  process.stdout.write(
    `${email.data} is now an administrator. Choose the password within an hour:\n${link}\n`,
  );
} catch (err) {
  if (err instanceof ConfigError) fail(`invalid setting ${err.message}`);
  if (err instanceof DatabaseOpenError) fail(`database: ${err.message}`);
  throw err;
}
