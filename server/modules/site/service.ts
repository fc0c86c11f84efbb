import { isDeepStrictEqual } from 'node:util';
import {
  type AboutData,
  type AboutPage,
  type AccessibilityData,
  type AccessibilityStatement,
  aboutOutputSchema,
  accessibilityOutputSchema,
  type SitePageKey,
} from '../../../common/schemas/site.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { Caller } from '../accounts/policy.js';
import { type RequestMeta, recordAudit } from '../audit/service.js';
import { canEditSitePages } from './policy.js';
import * as repo from './repo.js';

const outputSchemas = { accessibility: accessibilityOutputSchema, about: aboutOutputSchema };

interface Pages {
  accessibility: { data: AccessibilityData; page: AccessibilityStatement };
  about: { data: AboutData; page: AboutPage };
}

async function load<K extends SitePageKey>(db: Db, key: K) {
  const row = await repo.selectSiteContent(db, key);
  // The migration installs every page; a missing row is a broken database, not a user's mistake.
  if (!row) throw new Error(`site content "${key}" is missing`);
  return row;
}

function toPage<K extends SitePageKey>(
  caller: Caller | null,
  key: K,
  row: repo.SiteContentRow,
): Pages[K]['page'] {
  const data = outputSchemas[key].parse(row.data);
  return {
    ...data,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    permissions: { edit: canEditSitePages(caller) },
  } as Pages[K]['page'];
}

/** A page's content as anyone may read it, with the caller's permission to edit it. */
export async function getSitePage<K extends SitePageKey>(
  db: Db,
  caller: Caller | null,
  key: K,
): Promise<Pages[K]['page']> {
  return toPage(caller, key, await load(db, key));
}

/**
 * Replaces a page's content (administrators). Based on `version`: a stale one gets 409 with the
 * content as saved now, so the editor can compare. A change that changes nothing keeps the version.
 */
export async function updateSitePage<K extends SitePageKey>(
  db: Db,
  meta: RequestMeta,
  caller: Caller,
  key: K,
  body: Pages[K]['data'] & { version: number },
): Promise<Pages[K]['page']> {
  if (!canEditSitePages(caller)) throw new AppError('forbidden');
  const { version, ...data } = body;
  return db.transaction(async (tx) => {
    const row = await load(tx, key);
    if (row.version !== version) {
      throw new AppError('version_conflict', { current: toPage(caller, key, row) });
    }
    const before = row.data as Record<string, unknown>;
    const fields = Object.keys(data).filter(
      (field) => !isDeepStrictEqual(before[field], (data as Record<string, unknown>)[field]),
    );
    if (fields.length === 0) return toPage(caller, key, row);
    const updated = await repo.updateSiteContent(tx, key, version, data, caller.id);
    // Someone saved between our read and our write.
    if (!updated) {
      throw new AppError('version_conflict', {
        current: toPage(caller, key, await load(tx, key)),
      });
    }
    await recordAudit(tx, meta, {
      action: `site.${key}_updated`,
      actorId: caller.id,
      targetType: 'site_page',
      targetId: key,
      details: { fields },
    });
    return toPage(caller, key, updated);
  });
}
