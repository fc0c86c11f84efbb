import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../test/accounts.js';
import { buildTestApp, type TestApp } from '../test/app.js';
import { createOrg, patchOrg } from '../test/organisations.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('connections to a PostgreSQL server', () => {
  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    'serve a change while every read connection is busy',
    async () => {
      const { cookie } = await signUp(t, { role: 'coordinator' });
      const org = await createOrg(t, cookie, { name: 'Kiireetön Osuuskunta' });
      // Reads hold every read connection (the test database has four) until released.
      let release!: () => void;
      const held = new Promise<void>((r) => {
        release = r;
      });
      const started: Promise<void>[] = [];
      const reads = Array.from({ length: 4 }, () => {
        let begun!: () => void;
        started.push(
          new Promise<void>((r) => {
            begun = r;
          }),
        );
        return t.database.db.transaction(async (tx) => {
          await tx.execute(sql`select 1`);
          begun();
          await held;
        });
      });
      await Promise.all(started);
      // The change is answered while they still hold them: it did not wait for a read connection.
      const edit = await Promise.race([
        patchOrg(t, cookie, org.id, { version: org.version, foundedYear: 1999 }),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('the change waited for a read connection')), 15_000),
        ),
      ]);
      expect(edit.statusCode).toBe(200);
      release();
      await Promise.all(reads);
    },
  );
});
