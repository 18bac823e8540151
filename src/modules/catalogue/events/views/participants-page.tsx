import { usePage } from '../../../../core/http/page-context.js';
import { PageHeading } from '../../../../ui/form.js';
import type { ParticipantListView } from '../present.js';

const BERLIN = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' } as const;

function PersonTable({ caption, people, withPosition }: { caption: string; people: { position?: number; name: string; email: string; since: Date }[]; withPosition: boolean }) {
  const { t, i18n } = usePage();
  return (
    <div class="vr-table-wrap">
      <table class="kern-table">
        <caption class="kern-title">{caption}</caption>
        <thead class="kern-table__header">
          <tr class="kern-table__row">
            {withPosition ? <th class="kern-table__header" scope="col">{t('catalogue_events.participants.position')}</th> : null}
            <th class="kern-table__header" scope="col">{t('catalogue_events.participants.name')}</th>
            <th class="kern-table__header" scope="col">{t('catalogue_events.participants.email')}</th>
            <th class="kern-table__header" scope="col">{t('catalogue_events.participants.since')}</th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {people.map((person, index) => (
            <tr class="kern-table__row" key={`${person.email}-${index}`}>
              {withPosition ? <td class="kern-table__cell">{person.position}</td> : null}
              <th class="kern-table__cell" scope="row">{person.name}</th>
              <td class="kern-table__cell"><a class="kern-link" href={`mailto:${person.email}`}>{person.email}</a></td>
              <td class="kern-table__cell">{i18n.formatDate(person.since, BERLIN)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
        {event.startsAt ? `${i18n.formatDate(event.startsAt, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Berlin' })}. ` : null}
        {event.capacity === null
          ? t('catalogue_events.participants.summary_unlimited', { registered: list.registered.length, waitlisted: list.waitlisted.length })
          : t('catalogue_events.participants.summary', { registered: list.registered.length, capacity: event.capacity, waitlisted: list.waitlisted.length })}
      </p>
      <p class="kern-body kern-body--small">{t('catalogue_events.participants.privacy_note')}</p>
      <section class="kern-stack" aria-labelledby="registered-heading">
        <h2 class="kern-heading-medium" id="registered-heading">{t('catalogue_events.participants.registered_heading')}</h2>
        {list.registered.length === 0 ? (
          <p class="kern-body">{t('catalogue_events.participants.none')}</p>
        ) : (
          <PersonTable caption={t('catalogue_events.participants.registered_caption', { event: event.title })} people={list.registered} withPosition={false} />
        )}
      </section>
      <section class="kern-stack" aria-labelledby="waitlist-heading">
        <h2 class="kern-heading-medium" id="waitlist-heading">{t('catalogue_events.participants.waitlist_heading')}</h2>
        {list.waitlisted.length === 0 ? (
          <p class="kern-body">{t('catalogue_events.participants.waitlist_empty')}</p>
        ) : (
          <PersonTable caption={t('catalogue_events.participants.waitlist_caption', { event: event.title })} people={list.waitlisted} withPosition />
        )}
      </section>
    </div>
  );
}
