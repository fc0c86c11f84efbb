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
      // Long reads take every read connection (the test database has four).
      let aReadDone = false;
      const reads = Promise.all(
        Array.from({ length: 6 }, () =>
          t.database.db.execute(sql`select pg_sleep(3)`).then(() => {
            aReadDone = true;
          }),
        ),
      );
      await new Promise((r) => setTimeout(r, 300));
      const edit = await patchOrg(t, cookie, org.id, { version: org.version, foundedYear: 1999 });
      expect(edit.statusCode).toBe(200);
      // The change did not wait for a read connection to come free.
      expect(aReadDone).toBe(false);
      await reads;
    },
  );
});
