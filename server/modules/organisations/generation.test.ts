import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../test/accounts.js';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { createOrg } from '../../test/organisations.js';
import { registryGeneration } from './cache.js';

let t: TestApp;
let ids: string[];
beforeAll(async () => {
  t = await buildTestApp();
  const { cookie } = await signUp(t, { role: 'coordinator' });
  ids = [];
  for (const name of [
    'Ensimmäinen Kirjoittaja Oy',
    'Toinen Kirjoittaja Oy',
    'Kolmas Kirjoittaja Oy',
  ]) {
    ids.push((await createOrg(t, cookie, { name })).id);
  }
});
afterAll(() => t.close());

const touch = (db: typeof t.database.db, id: string) =>
  db.execute(sql`update organisation set reminder_sent_at = now() where id = ${id}`);

describe('the registry generation', () => {
  it('moves on when a change commits, and not when it rolls back', async () => {
    const before = await registryGeneration(t.database.db);
    await touch(t.database.db, ids[0] as string);
    const after = await registryGeneration(t.database.db);
    expect(BigInt(after)).toBeGreaterThan(BigInt(before));
    await t.database.db
      .transaction(async (tx) => {
        await touch(tx, ids[0] as string);
        throw new Error('roll back');
      })
      .catch(() => {});
    expect(await registryGeneration(t.database.db)).toBe(after);
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    'lets writers of different organisations work at once; readers see the change only after commit',
    async () => {
      const db = t.database.db;
      const before = await registryGeneration(db);
      let release!: () => void;
      const held = new Promise<void>((r) => {
        release = r;
      });
      let started!: () => void;
      const hasWritten = new Promise<void>((r) => {
        started = r;
      });
      // A long transaction (an import, say) that has written and not yet committed.
      const long = db.transaction(async (tx) => {
        await touch(tx, ids[0] as string);
        started();
        await held;
      });
      await hasWritten;
      // Another writer must not wait for it: with one hot row this timed out.
      await db.transaction(async (tx) => {
        await tx.execute(sql`set local lock_timeout = '2s'`);
        await touch(tx, ids[1] as string);
      });
      const middle = await registryGeneration(db);
      expect(BigInt(middle)).toBe(BigInt(before) + 1n);
      release();
      await long;
      expect(BigInt(await registryGeneration(db))).toBe(BigInt(before) + 2n);
    },
  );
});
