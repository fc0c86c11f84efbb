import cluster from 'node:cluster';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { startControlSocket } from './backup/control-socket.js';
import { ConfigError, loadConfig } from './config.js';
import { type Database, DatabaseOpenError, openDatabase } from './db/client.js';
import { prepareDatabase } from './db/migrate.js';
import { startDailyJobs } from './jobs/daily.js';
import { createSetupLink } from './modules/accounts/auth.service.js';
import { createMailTransport, startMailWorker } from './modules/mail/worker.js';
import { networkIndex } from './modules/networks/search.js';
import { sendFreshnessReminders } from './modules/organisations/freshness.service.js';
import { directoryIndex } from './modules/organisations/search.js';
import { sendProjectEndReminders } from './modules/projects/freshness.service.js';
import { projectIndex } from './modules/projects/search.js';
import { sendDueReminders } from './modules/surveys/invitations.service.js';
import { analyser } from './search/analysis.js';
import { resetFutureChangeMarks } from './search/live-index.js';

/** A bad setting stops the process with one line naming it and exit code 2, never a stack trace. */
function fail(message: string): never {
  process.stderr.write(`kudos: ${message}\n`);
  process.exit(2);
}

async function main() {
  // Pages are drawn on the server with React (plugins/web-render.ts), whose development build is
  // several times slower; tests and tools that start the server set NODE_ENV themselves.
  process.env.NODE_ENV ??= 'production';
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) fail(`invalid setting ${err.message}`);
    throw err;
  }
  if (config.workers > 1 && cluster.isPrimary) {
    runWorkers(config.workers);
    return;
  }
  // One process (or the first of several) also runs the background jobs and speaks to the user.
  const first = !cluster.isWorker || process.env.KUDOS_WORKER_ROLE === 'first';

  let database: Database;
  try {
    database = await openDatabase(config);
  } catch (err) {
    if (err instanceof DatabaseOpenError) {
      fail(`${config.databaseUrl ? 'DATABASE_URL' : 'DATA_DIR'}: ${err.message}`);
    }
    throw err;
  }

  const { loaded } = await prepareDatabase(database);
  const app = await buildApp({ config, database });
  // Without its database thread the process can serve nothing: stop, with a failure exit code, so
  // that a supervisor starts it again.
  database.onFailure?.((err) => {
    app.log.fatal({ err }, 'the database thread stopped; stopping the process');
    process.exitCode = 1;
    process.kill(process.pid, 'SIGTERM');
  });
  if (loaded.length > 0) app.log.info({ loaded }, 'reference data loaded');

  const transport = createMailTransport(config, app.log);
  const stopMail =
    config.mailWorker && first ? startMailWorker(database.db, transport, app.log) : async () => {};
  // Reminders (confirm a year-old profile; has a running project past its end ended? a survey not
  // answered yet) go out with the mail worker (same switch).
  const ctx = { baseUrl: config.baseUrl };
  const stopReminders =
    config.mailWorker && first
      ? startDailyJobs(
          [
            { name: 'organisation freshness', run: () => sendFreshnessReminders(database.db, ctx) },
            { name: 'project end', run: () => sendProjectEndReminders(database.db, ctx) },
            { name: 'survey reminders', run: () => sendDueReminders(database.db, ctx) },
          ],
          app.log,
        )
      : () => {};
  // `npm run backup` asks this process for a snapshot of the embedded database (PGlite only).
  const stopControlSocket = await startControlSocket(config.dataDir, database, app.log);

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'stopping after an error');
    else app.log.info({ signal }, 'stopping: finishing requests in flight');
    app.beginShutdown();
    await app.close();
    stopReminders();
    await stopMail();
    await stopControlSocket();
    await database.close();
  });

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    await database.close();
    if (e.code === 'EADDRINUSE') fail(`PORT: ${config.port} is already in use`);
    if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND')
      fail(`HOST: cannot listen on ${config.host}`);
    if (e.code === 'EACCES') fail(`PORT: no permission to listen on ${config.port}`);
    throw err;
  }
  if (!first) {
    warmSearch(app, database);
    return;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // With PORT=0 the system picks the port: show the real one unless BASE_URL was set.
  const url = config.port === 0 ? `http://localhost:${port}` : config.baseUrl;
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  const mail =
    transport.kind === 'log'
      ? 'e-mail: no SMTP_URL set, so messages go to the outbox table and this log'
      : 'e-mail: sent through SMTP_URL';
  process.stdout.write(
    `\nKudos is running. Open ${url}/ in your browser.\nAPI docs: ${url}/api/docs · database: ${where}\n${mail}\n\n`,
  );
  warmSearch(app, database);
  const setupLink = await createSetupLink(database.db, url);
  if (setupLink) {
    process.stdout.write(
      `No administrator yet. Create the first one within an hour with this single-use link:\n${setupLink}\n(or run: npm run admin:create -- --email you@example.org --name "Your Name")\n\n`,
    );
  }
}

/** The directory's search index is built now rather than on the first search (search/live-index.ts). */
function warmSearch(app: Awaited<ReturnType<typeof buildApp>>, database: Database) {
  const started = Date.now();
  resetFutureChangeMarks(database.db)
    .then(() =>
      Promise.all([
        directoryIndex(database.db).warm(),
        projectIndex(database.db).warm(),
        networkIndex(database.db).warm(),
      ]),
    )
    .then(
      () =>
        app.log.info({ ms: Date.now() - started, analyser: analyser().kind }, 'search index ready'),
      (err) => app.log.error({ err }, 'search index: first load failed; the first search retries'),
    );
}

/**
 * WORKERS > 1 (PostgreSQL only): this process starts that many app processes sharing the port,
 * each with its own exact search index, starts a new one when one dies, and stops them all on
 * SIGTERM or SIGINT. The first runs the background jobs (mail, reminders) and is replaced as such.
 */
function runWorkers(count: number) {
  let stopping = false;
  const roles = new Map<number, string>();
  const fork = (role: string) => {
    const worker = cluster.fork({ KUDOS_WORKER_ROLE: role });
    roles.set(worker.id, role);
  };
  for (let i = 0; i < count; i++) fork(i === 0 ? 'first' : 'other');
  cluster.on('exit', (worker, code) => {
    const role = roles.get(worker.id) ?? 'other';
    roles.delete(worker.id);
    if (!stopping && code === 2) {
      // A setting the worker refused (it said which): stop everything with the same code.
      process.exitCode = 2;
      stop();
    } else if (!stopping) {
      process.stderr.write(`kudos: an app process stopped (exit ${code}); starting another\n`);
      fork(role);
    }
    if (stopping && roles.size === 0) process.exit();
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err) => {
  process.stderr.write(`kudos: could not start: ${(err as Error).message}\n`);
  process.exit(1);
});
