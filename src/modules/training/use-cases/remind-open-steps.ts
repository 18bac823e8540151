import type { AppServices } from '../../../core/http/types.js';
import { isLocale } from '../../../core/i18n/locales.js';
import { getTranslator } from '../../../core/i18n/translator.js';
import { enqueueMail } from '../../../core/mail/mailer.js';
import { days } from '../../../core/time/durations.js';
import { loadSteps } from '../records.js';

/** A step left unticked this long since the last progress (or the start) brings a reminder, at most this often. */
export const REMIND_AFTER_MS = days(14);

/**
 * Reminds companies whose next open step has waited 14 days: the path remembers the step (Mein Bereich shows it
 * until it is ticked) and the admins and the person who started the path get a mail in their language. At most
 * one reminder per path every 14 days. Row by row: one failure never stops the rest.
 */
export async function remindOpenSteps(options: {
  services: Pick<AppServices, 'db' | 'queue' | 'config' | 'logger'>;
  now?: Date;
}): Promise<number> {
  const { services } = options;
  const now = options.now ?? new Date();
  const before = new Date(now.getTime() - REMIND_AFTER_MS);
  const paths = await services.db
    .selectFrom('training_paths as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select(['p.organisation_id', 'p.started_at', 'p.started_by', 'o.name'])
    .where((eb) => eb.or([eb('p.reminded_at', 'is', null), eb('p.reminded_at', '<=', before)]))
    .where('p.started_at', '<=', before)
    .execute();
  if (paths.length === 0) return 0;
  const germanSteps = await loadSteps(services.db, 'de');
  let sent = 0;
  for (const path of paths) {
    try {
      const ticks = await services.db
        .selectFrom('training_path_ticks')
        .select(['step_id', 'ticked_at'])
        .where('organisation_id', '=', path.organisation_id)
        .execute();
      const next = germanSteps.find((step) => !ticks.some((tick) => tick.step_id === step.id));
      if (!next) continue;
      const lastProgress = Math.max(path.started_at.getTime(), ...ticks.map((tick) => tick.ticked_at.getTime()));
      if (lastProgress > before.getTime()) continue;
      await services.db.transaction().execute(async (trx) => {
        const recipients = await trx
          .selectFrom('memberships as m')
          .innerJoin('users as u', 'u.id', 'm.user_id')
          .select(['u.email', 'u.locale'])
          .where('m.organisation_id', '=', path.organisation_id)
          .where((eb) => eb.or([eb('m.role', '=', 'admin'), eb('u.id', '=', path.started_by ?? '')]))
          .execute();
        for (const recipient of recipients) {
          const lang = isLocale(recipient.locale) ? recipient.locale : 'de';
          const i18n = getTranslator(lang);
          const [step] = (await loadSteps(trx, lang)).filter((row) => row.id === next.id);
          await enqueueMail(services.queue, trx, {
            to: recipient.email,
            subject: i18n.t('training.reminder.subject', { name: path.name }),
            text: i18n.t('training.reminder.body', {
              name: path.name,
              step: step?.title ?? next.title,
              link: `${services.config.baseUrl}/${lang}/ausbilden/betrieb-werden/mein-weg`,
            }),
          });
        }
        await trx
          .updateTable('training_paths')
          .set({ reminded_at: now, reminded_step_id: next.id })
          .where('organisation_id', '=', path.organisation_id)
          .execute();
      });
      sent += 1;
    } catch (error) {
      services.logger.error({ err: error, organisation: path.organisation_id }, 'training path reminder failed');
    }
  }
  return sent;
}
