import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPglite, openPostgres } from './db/client.js';
import { prepareDatabase } from './db/migrate.js';
import { appUser } from './db/schema/index.js';
import { hashPassword } from './modules/accounts/passwords.js';
import { goodPassword } from './test/accounts.js';
import { withDatabase } from './test/database-url.js';
import { runServer, startServer } from './test/process.js';

const template = inject('dbTemplate');
let dataDir: string;
let databaseUrl: string | undefined;
let dbName: string | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'kudos-main-'));
  if (template.kind === 'postgresql') {
    // Start from an empty database: the process must migrate and load everything itself.
    dbName = `kudos_main_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: template.serverUrl });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    await admin.end();
    databaseUrl = withDatabase(template.serverUrl, dbName);
  }
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  if (template.kind === 'postgresql' && dbName) {
    const admin = new pg.Client({ connectionString: template.serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
});

const dbEnv = (): Record<string, string> =>
  databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: dataDir };

describe('starting the server', () => {
  it('stops with one line naming a bad setting and exit code 2', async () => {
    const run = runServer({ PORT: 'abc' });
    expect(await run.exited).toBe(2);
    const lines = run.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^kudos: invalid setting PORT: /);
  });

  it('stops with exit code 2 when DATABASE_URL cannot be reached', async () => {
    const run = runServer({ DATABASE_URL: 'postgres://kudos@127.0.0.1:1/kudos' });
    expect(await run.exited).toBe(2);
    const out = run.output().trim();
    expect(out.split('\n')).toHaveLength(1);
    expect(out).toMatch(/^kudos: DATABASE_URL: cannot connect/);
    expect(out).not.toMatch(/\n\s+at /);
  });

  it('migrates, loads reference data, serves, and stops cleanly on SIGTERM; a second start loads nothing', async () => {
    const first = await startServer({ ...dbEnv(), WEB_DIST: '/nonexistent' });
    const ready = await fetch(`${first.url}/api/ready`);
    expect(ready.status).toBe(200);
    const regions = await (await fetch(`${first.url}/api/v1/regions`)).json();
    expect(regions.total).toBe(19);
    expect(first.output()).toContain('"reference data loaded"');
    // Every log line of a request carries its id.
    const res = await fetch(`${first.url}/api/health`);
    const id = res.headers.get('x-request-id');
    await new Promise((r) => setTimeout(r, 100));
    const lines = first
      .output()
      .split('\n')
      .filter((l) => l.includes(String(id)));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) expect(JSON.parse(l).reqId).toBe(id);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('stopping');

    const second = await startServer({ ...dbEnv(), WEB_DIST: '/nonexistent' });
    const again = await (await fetch(`${second.url}/api/v1/regions`)).json();
    expect(again).toEqual(regions);
    expect(second.output()).not.toContain('reference data loaded');
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });

  it('runs WORKERS app processes on one port on PostgreSQL and stops them all', async (ctx) => {
    if (!databaseUrl) ctx.skip();
    const server = await startServer({ ...dbEnv(), WEB_DIST: '/nonexistent', WORKERS: '2' });
    const agent = new Agent({ keepAlive: false });
    const pids = new Set<number>();
    for (let i = 0; i < 40 && pids.size < 2; i++) {
      const id = await new Promise<string>((resolve, reject) => {
        request(`${server.url}/api/health`, { agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(String(res.headers['x-request-id'])));
        })
          .on('error', reject)
          .end();
      });
      await new Promise((r) => setTimeout(r, 20));
      for (const line of server.output().split('\n')) {
        if (line.includes(id)) pids.add(JSON.parse(line).pid);
      }
    }
    expect(pids.size).toBe(2);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    agent.destroy();
  });

  it('lets a request in flight finish when asked to stop', async () => {
    const server = await startServer({ ...dbEnv(), WEB_DIST: '/nonexistent' });
    const body = JSON.stringify({ codes: ['00100', '33100'] });
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${server.url}/api/v1/postal-codes/lookup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (d) => {
          text += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      // Send half of the body; once the server has the request (it logs it when its headers
      // arrive), ask it to stop, and send the rest once it says it is stopping. A fixed wait
      // instead raced a busy machine: the stop could come before the request was taken.
      req.write(body.slice(0, 10));
      const logged = (text: string) => server.output().includes(text);
      const until = async (ready: () => boolean) => {
        while (!ready()) await new Promise((r) => setTimeout(r, 20));
      };
      until(() => logged('"incoming request"'))
        .then(() => {
          server.child.kill('SIGTERM');
          return until(() => logged('stopping'));
        })
        .then(() => req.end(body.slice(10)), reject);
    });
    const res = await response;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).items).toHaveLength(2);
    expect(await server.exited).toBe(0);
  });
});

describe('stopping with keep-alive connections open', () => {
  it('closes idle and finishing keep-alive connections at once and exits 0', async () => {
    const server = await startServer({ ...dbEnv(), WEB_DIST: '/nonexistent' });
    const body = JSON.stringify({ codes: ['00100'] });
    /** A request on its own keep-alive connection; `slow` sends the body only when told. */
    const call = (agent: Agent, slow?: Promise<void>) =>
      new Promise<{ status: number; connection: string | undefined; socketClosed: Promise<void> }>(
        (resolve, reject) => {
          const req = request(`${server.url}/api/v1/postal-codes/lookup`, {
            agent,
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
            },
          });
          let socketClosed!: Promise<void>;
          req.on('socket', (socket) => {
            socketClosed = new Promise((r) => socket.once('close', () => r()));
          });
          req.on('response', (res) => {
            res.resume();
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                connection: res.headers.connection,
                socketClosed,
              }),
            );
          });
          req.on('error', reject);
          if (!slow) return req.end(body);
          req.write(body.slice(0, 5));
          slow.then(() => req.end(body.slice(5)));
        },
      );
    const stopping = async () => {
      while (!server.output().includes('stopping')) await new Promise((r) => setTimeout(r, 20));
    };
    const idleAgent = new Agent({ keepAlive: true });
    const busyAgent = new Agent({ keepAlive: true });
    // One connection left idle after its answer, one with a request in flight when asked to stop.
    const idle = await call(idleAgent);
    expect(idle.connection).toBe('keep-alive');
    let idleClosedFirst = false;
    const inFlight = call(
      busyAgent,
      stopping().then(async () => {
        await idle.socketClosed;
        idleClosedFirst = true;
      }),
    );
    // Asked to stop once the server has the request in flight (it logs it when its headers arrive).
    const incoming = () => server.output().split('"incoming request"').length - 1;
    while (incoming() < 2) await new Promise((r) => setTimeout(r, 20));
    server.child.kill('SIGTERM');
    const finished = await inFlight;
    // The idle connection was closed as the stop began, before the request in flight finished.
    expect(idleClosedFirst).toBe(true);
    expect(finished.status).toBe(200);
    expect(finished.connection).toBe('close');
    // Without closing those connections the stop waits for the 10 s grace and exits with 1.
    expect(await server.exited).toBe(0);
    idleAgent.destroy();
    busyAgent.destroy();
  });
});

describe('stopping during an import', () => {
  it('rolls the import back, tells its client, and still exits 0', async () => {
    // A coordinator in the database before the server opens it.
    const setup = databaseUrl ? await openPostgres(databaseUrl, 1) : await openPglite(dataDir);
    const email = `stopper.${Date.now()}@example.org`;
    try {
      await prepareDatabase(setup);
      await setup.db.insert(appUser).values({
        email,
        name: 'Pysäyttäjä',
        passwordHash: await hashPassword(goodPassword),
        role: 'coordinator',
        emailVerifiedAt: new Date(),
      });
    } finally {
      await setup.close();
    }
    const server = await startServer({ ...dbEnv(), WEB_DIST: '/nonexistent' });
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kudos-csrf': '1' },
      body: JSON.stringify({ email, password: goodPassword }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const csv = `name,municipality\n${Array.from({ length: 30_000 }, (_, i) => `Keskeytyvä Osuuskunta ${i},Helsinki`).join('\n')}\n`;
    const res = await fetch(
      `${server.url}/api/v1/organisations/import?mapping=${encodeURIComponent('{"name":0,"municipality":1}')}`,
      {
        method: 'POST',
        headers: { 'content-type': 'text/csv', cookie, 'x-kudos-csrf': '1' },
        body: csv,
      },
    );
    expect(res.status).toBe(200);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    // Ask the server to stop once the first thousand rows are in the import's transaction.
    while (!text.includes('"running"')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    server.child.kill('SIGTERM');
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    const last = JSON.parse(text.trim().split('\n').at(-1) ?? '{}');
    expect(last.state).toBe('failed');
    const code = await server.exited;
    if (code !== 0) console.log(server.output().slice(-3000));
    expect(code).toBe(0);

    const again = await startServer({ ...dbEnv(), WEB_DIST: '/nonexistent' });
    const found = await (
      await fetch(`${again.url}/api/v1/organisations?q=${encodeURIComponent('Keskeytyvä')}`)
    ).json();
    expect(found.total).toBe(0);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  }, 120_000);
});
