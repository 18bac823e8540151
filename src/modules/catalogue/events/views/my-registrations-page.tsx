import { href, usePage } from '../../../../core/http/page-context.js';
import { entryPagePath } from '../../shared/index.js';
import { DataTable, RowActionForm } from '../../../../ui/data-table.js';
import { PageHeading } from '../../../../ui/form.js';
import type { MyRegistrationView } from '../present.js';

/** The signed-in person's own registrations and waiting-list places. */
export function MyRegistrationsPage({ registrations }: { registrations: MyRegistrationView[] }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack">
      <PageHeading>{t('catalogue_events.mine.title')}</PageHeading>
      <DataTable
        caption={t('catalogue_events.mine.caption')}
        rows={registrations}
        rowKey={(registration) => registration.eventId}
        empty={
          <>
            {t('catalogue_events.mine.empty')}{' '}
            <a class="kern-link" href={href(lang, '/veranstaltungen')}>
              {t('catalogue_events.mine.find_events')}
            </a>
          </>
        }
        columns={[
          {
            header: t('catalogue_events.mine.event'),
            isRowHeader: true,
            cell: (registration) => (
              <a class="kern-link" href={entryPagePath(lang, registration.eventId)} lang="de" dir="ltr">
                {registration.title}
              </a>
            ),
          },
          {
            header: t('catalogue_events.mine.when'),
            cell: (registration) =>
              registration.startsAt
                ? i18n.formatDate(registration.startsAt, { dateStyle: 'medium', timeStyle: 'short' })
                : '',
          },
          {
            header: t('catalogue_events.mine.status'),
            cell: (registration) =>
              registration.status === 'waitlisted'
                ? t('catalogue_events.status.waitlisted', { position: registration.position ?? 0 })
                : t('catalogue_events.status.registered'),
          },
          {
            header: t('catalogue_events.mine.actions'),
            cell: (registration) =>
              registration.canCancel ? (
                <RowActionForm
                  action={href(lang, `/veranstaltungen/${registration.eventId}/abmelden`)}
                  label={t('catalogue_events.actions.cancel_named', { event: registration.title })}
                />
              ) : (
                t('catalogue_events.mine.past')
              ),
          },
        ]}
      />
    </div>
  );
}
