import type { UserActor } from '../../../../core/auth/actor.js';
import type { AppServices } from '../../../../core/http/types.js';
import { authoriseEntry } from '../authorise.js';
import { editLink, loadEntry, mailOrganisationAdmins, recordChange } from '../entry-records.js';

/** The cooperation office publishes an entry it has reviewed. */
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
  });
}

/** The office sends an entry back to draft with a note, which its organisation's admins get by mail. */
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
    await mailOrganisationAdmins(services, trx, entry.organisation_id, (i18n, recipient) => {
      const values = {
        title: entry.title,
        note,
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
