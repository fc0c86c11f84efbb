import { and, asc, eq, isNull, lt } from 'drizzle-orm';
import type { Lang } from '../../../common/languages.js';
import type { Db } from '../../db/client.js';
import { project } from '../../db/schema/index.js';
import { helsinkiDate } from '../../export/dates.js';
import { enqueueMail } from '../mail/service.js';
import * as orgRepo from '../organisations/repo.js';
import { pageLink } from '../organisations/service.js';
import * as repo from './repo.js';

/**
 * "Has it ended?": e-mails the representatives of the lead organisation of each published project
 * that is still marked running after its end date (in Finland's time), once: a new end date or
 * status makes it due again (repo.updateProjectData). At most `limit` projects per run. Returns how
 * many projects.
 */
export async function sendProjectEndReminders(
  db: Db,
  ctx: { baseUrl: string },
  now = new Date(),
  limit = 100,
): Promise<number> {
  const today = helsinkiDate(now);
  const due = await db
    .select({ id: project.id, title: project.title, lead: project.leadOrganisationId })
    .from(project)
    .where(
      and(
        eq(project.state, 'published'),
        eq(project.status, 'running'),
        lt(project.endDate, today),
        isNull(project.reminderSentAt),
      ),
    )
    .orderBy(asc(project.endDate))
    .limit(limit);
  for (const p of due) {
    await db.transaction(async (tx) => {
      const members = p.lead ? await orgRepo.selectMembers(tx, p.lead) : [];
      for (const m of members) {
        const lang = m.lang as Lang;
        await enqueueMail(tx, {
          to: m.email,
          lang,
          message: 'projectEnded',
          vars: {
            name: m.name,
            project: p.title,
            link: pageLink(ctx.baseUrl, 'project', lang, { id: p.id }),
          },
        });
      }
      await repo.setProjectFields(tx, p.id, { reminderSentAt: now });
    });
  }
  return due.length;
}
