import { href, usePage } from '../../../../core/http/page-context.js';
import { entryPagePath } from '../../formats/links.js';
import { CsrfField, PageHeading } from '../../../../ui/form.js';
import type { MyRegistrationView } from '../present.js';

/** The signed-in person's own registrations and waiting-list places. */
export function MyRegistrationsPage({ registrations }: { registrations: MyRegistrationView[] }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack">
      <PageHeading>{t('catalogue_events.mine.title')}</PageHeading>
      {registrations.length === 0 ? (
        <p class="kern-body">{t('catalogue_events.mine.empty')}</p>
      ) : (
        <div class="vr-table-wrap">
          <table class="kern-table">
            <caption class="kern-sr-only">{t('catalogue_events.mine.caption')}</caption>
            <thead class="kern-table__header">
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">{t('catalogue_events.mine.event')}</th>
                <th class="kern-table__header" scope="col">{t('catalogue_events.mine.when')}</th>
                <th class="kern-table__header" scope="col">{t('catalogue_events.mine.status')}</th>
                <th class="kern-table__header" scope="col">{t('catalogue_events.mine.actions')}</th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {registrations.map((registration) => (
                <tr class="kern-table__row" key={registration.eventId}>
                  <th class="kern-table__cell" scope="row">
                    <a class="kern-link" href={entryPagePath(lang, registration.eventId)} lang="de" dir="ltr">{registration.title}</a>
                  </th>
                  <td class="kern-table__cell">
                    {registration.startsAt ? i18n.formatDate(registration.startsAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }) : ''}
                  </td>
                  <td class="kern-table__cell">
                    {registration.status === 'waitlisted'
                      ? t('catalogue_events.status.waitlisted', { position: registration.position ?? 0 })
                      : t('catalogue_events.status.registered')}
                  </td>
                  <td class="kern-table__cell">
                    {registration.canCancel ? (
                      <form method="post" action={href(lang, `/veranstaltungen/${registration.eventId}/abmelden`)} class="vr-inline-form">
                        <CsrfField />
                        <button type="submit" class="kern-btn kern-btn--tertiary kern-btn--x-small">
                          <span class="kern-label">{t('catalogue_events.actions.cancel_named', { event: registration.title })}</span>
                        </button>
                      </form>
                    ) : (
                      t('catalogue_events.mine.past')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
