import type { UserActor } from '../../../../core/auth/actor.js';
import type { AppServices } from '../../../../core/http/types.js';
import { authoriseEntry } from '../authorise.js';
import { editLink, loadEntry, mailEntryManagers, recordChange } from '../entry-records.js';

/**
 * The owner hands a draft over for review (to the coordination office and the city offices of its
 * cities); the people who manage the entry get a mail saying what happens next.
 */
export async function submitEntry(options: {
  services: AppServices;
  actor: UserActor;
  entryId: string;
  ip: string;
}): Promise<void> {
  const { services, actor } = options;
  await services.db.transaction().execute(async (trx) => {
    const entry = await loadEntry(trx, options.entryId, { forUpdate: true });
    authoriseEntry(actor, 'submit', entry);
    await trx
      .updateTable('catalogue_entries')
      .set({ status: 'in_review', updated_at: new Date() })
      .where('id', '=', entry.id)
      .execute();
    await recordChange(trx, {
      entryId: entry.id,
      organisationId: entry.organisation_id,
      actorUserId: actor.userId,
      action: 'submitted',
      ip: options.ip,
    });
    await mailEntryManagers(services, trx, entry, (i18n, recipient) => {
      const values = { title: entry.title, name: recipient.name, link: editLink(services, recipient.lang, entry.id) };
      return {
        subject: i18n.t('catalogue_entries.mail.submitted.subject', values),
        text: i18n.t('catalogue_entries.mail.submitted.body', values),
      };
    });
  });
}
