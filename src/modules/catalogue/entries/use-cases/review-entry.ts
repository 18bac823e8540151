import type { UserActor } from '../../../../core/auth/actor.js';
import type { AppServices } from '../../../../core/http/types.js';
import { entryPageUrl } from '../../shared/index.js';
import { authoriseEntry } from '../authorise.js';
import { editLink, loadEntry, mailEntryManagers, recordChange } from '../entry-records.js';

/** Who reviewed, as the provider reads it in the mail: the reviewing organisation's name. */
function reviewerName(actor: UserActor): string {
  return actor.organisation?.name ?? actor.displayName;
}

/**
 * The reviewing office (the coordination office, or the city office of one of the entry's
 * cities) publishes an entry, and the people who manage it hear so by mail.
 */
export async function publishEntry(options: {
  services: AppServices;
  actor: UserActor;
  entryId: string;
  ip: string;
}): Promise<void> {
  const { services, actor } = options;
  await services.db.transaction().execute(async (trx) => {
    const entry = await loadEntry(trx, options.entryId, { forUpdate: true });
    authoriseEntry(actor, 'review', entry);
    const now = new Date();
    await trx
      .updateTable('catalogue_entries')
      .set({ status: 'published', published_at: entry.published_at ?? now, review_note: null, updated_at: now })
      .where('id', '=', entry.id)
      .execute();
    await recordChange(trx, {
      entryId: entry.id,
      organisationId: entry.organisation_id,
      actorUserId: actor.userId,
      action: 'published',
      ip: options.ip,
    });
    await mailEntryManagers(services, trx, entry, (i18n, recipient) => {
      const values = {
        title: entry.title,
        reviewer: reviewerName(actor),
        name: recipient.name,
        link: entryPageUrl(services.config.baseUrl, recipient.lang, entry.id),
      };
      return {
        subject: i18n.t('catalogue_entries.mail.published.subject', values),
        text: i18n.t('catalogue_entries.mail.published.body', values),
      };
    });
  });
}

/** The reviewing office sends an entry back to draft with a note, which the people who manage it get by mail. */
export async function returnEntry(options: {
  services: AppServices;
  actor: UserActor;
  entryId: string;
  note: string;
  ip: string;
}): Promise<void> {
  const { services, actor, note } = options;
  await services.db.transaction().execute(async (trx) => {
    const entry = await loadEntry(trx, options.entryId, { forUpdate: true });
    authoriseEntry(actor, 'review', entry);
    await trx
      .updateTable('catalogue_entries')
      .set({ status: 'draft', review_note: note, updated_at: new Date() })
      .where('id', '=', entry.id)
      .execute();
    await recordChange(trx, {
      entryId: entry.id,
      organisationId: entry.organisation_id,
      actorUserId: actor.userId,
      action: 'returned',
      note,
      ip: options.ip,
    });
    await mailEntryManagers(services, trx, entry, (i18n, recipient) => {
      const values = {
        title: entry.title,
        note,
        reviewer: reviewerName(actor),
        name: recipient.name,
        link: editLink(services, recipient.lang, entry.id),
      };
      return {
        subject: i18n.t('catalogue_entries.mail.returned.subject', values),
        text: i18n.t('catalogue_entries.mail.returned.body', values),
      };
    });
  });
}
