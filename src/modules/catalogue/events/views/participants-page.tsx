import { usePage } from '../../../../core/http/page-context.js';
import { DataTable } from '../../../../ui/data-table.js';
import { PageHeading } from '../../../../ui/form.js';
import type { ParticipantListView } from '../present.js';

const WHEN = { dateStyle: 'medium', timeStyle: 'short' } as const;

function PersonTable({
  caption,
  people,
  empty,
  withPosition,
}: {
  caption: string;
  people: { position?: number; name: string; email: string; since: Date }[];
  empty: string;
  withPosition: boolean;
}) {
  const { t, i18n } = usePage();
  return (
    <DataTable
      isCaptionVisible
      caption={caption}
      rows={people}
      rowKey={(person, index) => `${person.email}-${index}`}
      empty={empty}
      columns={[
        withPosition && {
          header: t('catalogue_events.participants.position'),
          isNumeric: true,
          cell: (person) => person.position,
        },
        { header: t('catalogue_events.participants.name'), isRowHeader: true, cell: (person) => person.name },
        {
          header: t('catalogue_events.participants.email'),
          cell: (person) => (
            <a class="kern-link" href={`mailto:${person.email}`}>
              {person.email}
            </a>
          ),
        },
        { header: t('catalogue_events.participants.since'), cell: (person) => i18n.formatDate(person.since, WHEN) },
      ]}
    />
  );
}

/** The organiser's list: names and addresses of participants and of the waiting list. */
export function ParticipantsPage({ list }: { list: ParticipantListView }) {
  const { t, i18n } = usePage();
  const { event } = list;
  return (
    <div class="kern-stack">
      <PageHeading>{t('catalogue_events.participants.title', { event: event.title })}</PageHeading>
      <p class="kern-body">
        {event.startsAt ? `${i18n.formatDate(event.startsAt, { dateStyle: 'full', timeStyle: 'short' })}. ` : null}
        {event.capacity === null
          ? t('catalogue_events.participants.summary_unlimited', {
              registered: list.registered.length,
              waitlisted: list.waitlisted.length,
            })
          : t('catalogue_events.participants.summary', {
              registered: list.registered.length,
              capacity: event.capacity,
              waitlisted: list.waitlisted.length,
            })}
      </p>
      <p class="kern-body kern-body--small">{t('catalogue_events.participants.privacy_note')}</p>
      <section class="kern-stack" aria-labelledby="registered-heading">
        <h2 class="kern-heading-medium" id="registered-heading">
          {t('catalogue_events.participants.registered_heading')}
        </h2>
        <PersonTable
          caption={t('catalogue_events.participants.registered_caption', { event: event.title })}
          people={list.registered}
          empty={t('catalogue_events.participants.none')}
          withPosition={false}
        />
      </section>
      <section class="kern-stack" aria-labelledby="waitlist-heading">
        <h2 class="kern-heading-medium" id="waitlist-heading">
          {t('catalogue_events.participants.waitlist_heading')}
        </h2>
        <PersonTable
          caption={t('catalogue_events.participants.waitlist_caption', { event: event.title })}
          people={list.waitlisted}
          empty={t('catalogue_events.participants.waitlist_empty')}
          withPosition
        />
      </section>
    </div>
  );
}
