import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openPglite } from '../db/client.js';
import { organisation } from '../db/schema/index.js';
import { signUp } from '../test/accounts.js';
import { type TableChecksums, tableChecksums } from '../test/checksums.js';
import { runTool } from '../test/cli.js';
import { buildDataDirApp } from '../test/data-dir.js';
import { createOrg } from '../test/organisations.js';

let base: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'kudos-snapshot-'));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function countBackupOrgs(database: Database) {
  const rows = await database.db
    .select({ id: organisation.id })
    .from(organisation)
    .where(like(organisation.name, 'Varmuuskopio %'));
  return rows.length;
}

describe('a backup taken while Kudos writes', () => {
  it('holds exactly the data of one moment between two writes', { timeout: 180_000 }, async () => {
    const source = path.join(base, 'source');
    const t = await buildDataDirApp(source, { controlSocket: true });
    const { cookie } = await signUp(t, { role: 'coordinator' });

    // Each write is one request (organisation, revision, audit event, registry generation in one
    // transaction); after each, the checksums of every table are taken.
    const states: TableChecksums[] = [await tableChecksums(t.database.db)];
    const write = async () => {
      await createOrg(t, cookie, { name: `Varmuuskopio ${states.length}` });
      states.push(await tableChecksums(t.database.db));
    };
    await write();
    // The backup starts after the first write and the writes go on until three more have followed
    // it, so the snapshot falls strictly between writes.
    const file = path.join(base, 'during-writes.tar.gz');
    let backupDone = false;
    const backup = runTool('server/backup/backup-cli.ts', ['--out', file], {
      DATA_DIR: source,
    }).finally(() => {
      backupDone = true;
    });
    let writesAfter = 0;
    while (writesAfter < 3 && states.length < 500) {
      await write();
      if (backupDone) writesAfter += 1;
    }
    const run = await backup;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Kudos took a snapshot');
    await t.close();

    const target = path.join(base, 'restored');
    const restore = await runTool('server/backup/restore-cli.ts', [file], { DATA_DIR: target });
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    const restored = await openPglite(target);
    try {
      const k = await countBackupOrgs(restored);
      expect(k).toBeGreaterThanOrEqual(1);
      expect(k).toBeLessThanOrEqual(states.length - 3);
      expect(await tableChecksums(restored.db)).toEqual(states[k]);
    } finally {
      await restored.close();
    }
  });
});
