import { eq } from 'drizzle-orm';
import { indicatorByCode } from '../../../common/indicators.js';
import {
  type OfferedChange,
  offeredChanges,
  prefillFrom,
  registryPatch,
} from '../../../common/surveys/registry-facts.js';
import type { Db } from '../../db/client.js';
import { organisation } from '../../db/schema/index.js';
import { AppError } from '../../errors.js';
import type { Caller } from '../accounts/policy.js';
import type { RequestMeta } from '../audit/service.js';
import { canEdit } from '../organisations/policy.js';
import { loadVisible, updateOrganisation } from '../organisations/service.js';
import * as repo from './repo.js';
import { type Access, answeringOf, load } from './responses.service.js';

/**
 * The registry and a response, both ways: what the registry knows prefills a new response, and
 * the submitted values that differ from it are offered back as an update of the organisation's
 * profile, written (as a revision, by the person who confirms it) only by someone who may edit
 * the profile: a representative signed in, or a coordinator of its region. A link alone never
 * changes the registry.
 */

async function registryData(db: Db, organisationId: string) {
  const [row] = await db
    .select({ data: organisation.data, version: organisation.version })
    .from(organisation)
    .where(eq(organisation.id, organisationId));
  return row;
}

/** What a link (or a representative) opens, with the registry's facts for a new response. */
export async function getAnsweringWithPrefill(db: Db, caller: Caller | null, access: Access) {
  const l = await load(db, caller, access);
  const answering = answeringOf(l);
  if (l.response) return answering;
  const org = await registryData(db, l.invitation.organisationId);
  return { ...answering, prefill: org ? prefillFrom(l.definition, org.data) : {} };
}

async function offered(db: Db, caller: Caller | null, access: Access) {
  const l = await load(db, caller, access);
  const organisationId = l.invitation.organisationId;
  const org = await registryData(db, organisationId);
  if (!org) throw new AppError('invitation_not_found');
  const rows = l.response?.state === 'submitted' ? await repo.selectValues(db, l.response.id) : [];
  const values = Object.fromEntries(rows.map((r) => [r.indicator, r.value]));
  let mayApply = false;
  if (caller) {
    try {
      mayApply = canEdit(caller, (await loadVisible(db, caller, organisationId)).scope);
    } catch {
      mayApply = false;
    }
  }
  return { organisationId, org, changes: offeredChanges(values, org.data), mayApply };
}

/** The submitted values that differ from the registry (none before submission). */
export async function registryChanges(db: Db, caller: Caller | null, access: Access) {
  const o = await offered(db, caller, access);
  return {
    organisationId: o.organisationId,
    changes: o.changes.map((c) => ({
      ...c,
      label: indicatorByCode(c.indicator)?.label ?? {
        fi: c.indicator,
        sv: c.indicator,
        en: c.indicator,
      },
    })),
    mayApply: o.mayApply,
    version: o.org.version,
  };
}

/**
 * Writes the chosen changes to the profile as one revision by the caller (401 without a session,
 * 403 for someone who may not edit it; 409 when the profile changed since `version`). Changes
 * no longer offered (the profile says the same now) are left out.
 */
export async function applyRegistryChanges(
  db: Db,
  caller: Caller | null,
  meta: RequestMeta,
  body: Access & { indicators: string[]; version: number },
) {
  if (!caller) throw new AppError('not_authenticated');
  const o = await offered(db, caller, body);
  if (!o.mayApply) throw new AppError('forbidden');
  const wanted = new Set(body.indicators);
  const chosen: OfferedChange[] = o.changes.filter((c) => wanted.has(c.indicator));
  if (chosen.length > 0) {
    await updateOrganisation(db, meta, caller, o.organisationId, {
      ...registryPatch(chosen, o.org.data),
      version: body.version,
    });
  }
  return registryChanges(db, caller, body);
}
