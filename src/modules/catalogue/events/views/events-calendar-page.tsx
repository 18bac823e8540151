import { Fragment } from 'preact';
import { href, usePage } from '../../../../core/http/page-context.js';
import { CITIES } from '../../../../region/index.js';
import { Form, PageHeading, SelectField, SubmitButton } from '../../../../ui/form.js';
import { entryPagePath, eventFilterText, type EventFilter } from '../../shared/index.js';
import { FIELDS_OF_ACTION } from '../../taxonomy.js';
import type { EventsCalendarView, UpcomingEventView } from '../present.js';

/** The calendar page's own address for a filter and page: the same parameters its feed carries. */
export function eventsCalendarPath(lang: string, filter: EventFilter, page = 1): string {
  const params = new URLSearchParams();
  if (filter.city) params.set('city', filter.city);
  if (filter.field) params.set('field', filter.field);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return href(lang, `/veranstaltungen${query ? `?${query}` : ''}`);
}

function EventItem({ event }: { event: UpcomingEventView }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const original = !event.isTranslated && lang !== 'de';
  const cities = i18n.list(event.cities.map((city) => t(`organisations.cities.${city}`)));
  const where = [event.place, event.isOnline ? t('catalogue_events.calendar.online') : null, cities || null].filter(
    (part): part is string => part !== null && part !== '',
  );
  return (
    <li class="vr-search-hit kern-stack">
      <h3 class="kern-title vr-search-hit__title">
        <a
          class="kern-link"
          href={entryPagePath(lang, event.id)}
          lang={original ? 'de' : undefined}
          dir={original ? 'auto' : undefined}
        >
          {event.title}
        </a>
      </h3>
      <p class="kern-body vr-search-hit__meta">
        <time dateTime={event.startsAt.toISOString()}>
          {t('catalogue_events.calendar.starts', {
            time: i18n.formatDate(event.startsAt, { timeStyle: 'short' }),
          })}
        </time>
        {' · '}
        <bdi>{event.organiser}</bdi>
      </p>
      {where.length ? (
        <p class="kern-body kern-body--small">
          {where.map((part, index) => (
            <Fragment key={part}>
              {index > 0 ? ' · ' : null}
              <bdi>{part}</bdi>
            </Fragment>
          ))}
        </p>
      ) : null}
    </li>
  );
}

function Pages({ view }: { view: EventsCalendarView }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  if (view.pageCount <= 1) return null;
  return (
    <nav aria-label={t('catalogue_events.calendar.pages')} class="vr-search__pages">
      <ul class="kern-list kern-list--horizontal">
        {view.page > 1 ? (
          <li>
            <a class="kern-link" rel="prev" href={eventsCalendarPath(lang, view, view.page - 1)}>
              {t('catalogue_events.calendar.previous')}
            </a>
          </li>
        ) : null}
        <li aria-current="page">
          {t('catalogue_events.calendar.page_of', { page: view.page, count: view.pageCount })}
        </li>
        {view.page < view.pageCount ? (
          <li>
            <a class="kern-link" rel="next" href={eventsCalendarPath(lang, view, view.page + 1)}>
              {t('catalogue_events.calendar.next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

function EmptyCalendar({ city }: { city: string | null }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack">
      <p class="kern-body">
        {city
          ? t('catalogue_events.calendar.empty_city', { city: t(`organisations.cities.${city}`) })
          : t('catalogue_events.calendar.empty')}
      </p>
      <ul class="kern-list">
        {city ? (
          <li>
            <a class="kern-link" href={eventsCalendarPath(lang, { city: null, field: null })}>
              {t('catalogue_events.calendar.all_cities_link')}
            </a>
          </li>
        ) : null}
        <li>
          <a class="kern-link" href={href(lang, '/suche')}>
            {t('catalogue_events.calendar.search_link')}
          </a>
        </li>
      </ul>
    </div>
  );
}

/**
 * The feed of the chosen filter: a webcal:// link that a browser hands to the calendar program as a subscription,
 * the same address over https to paste into a web calendar, and the file itself.
 */
function FeedLinks({ view, feed }: { view: EventsCalendarView; feed: { webcal: string; https: string } }) {
  const { t, i18n } = usePage();
  const name = eventFilterText(i18n, 'catalogue_events.calendar.title', view);
  return (
    <section class="kern-stack" aria-labelledby="feed-heading">
      <h2 class="kern-heading-small" id="feed-heading">
        {t('catalogue_events.calendar.feed_heading')}
      </h2>
      <p class="kern-body">{t('catalogue_events.calendar.feed_hint')}</p>
      <ul class="kern-list">
        <li>
          <a class="kern-link" href={feed.webcal} type="text/calendar">
            {t('catalogue_events.calendar.feed_subscribe', { name })}
          </a>
        </li>
        <li>
          <a class="kern-link" href={feed.https} type="text/calendar" download>
            {t('catalogue_events.calendar.feed_download', { name })}
          </a>
        </li>
      </ul>
      <p class="kern-body kern-body--small">
        {t('catalogue_events.calendar.feed_address')} <code dir="ltr">{feed.https}</code>
      </p>
    </section>
  );
}

/** The public events calendar: by date, grouped by day, filtered by city and field of action, with one feed per filter. */
export function EventsCalendarPage({
  view,
  feed,
}: {
  view: EventsCalendarView;
  feed: { webcal: string; https: string };
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const cityName = view.city ? t(`organisations.cities.${view.city}`) : null;
  return (
    <div class="kern-stack">
      <PageHeading id="events-heading">{t('catalogue_events.calendar.title')}</PageHeading>
      <p class="kern-body">{t('catalogue_events.calendar.intro')}</p>
      <Form action={href(lang, '/veranstaltungen')} method="get" labelledBy="events-filter-heading">
        <h2 class="kern-heading-small" id="events-filter-heading">
          {t('catalogue_events.calendar.filter_heading')}
        </h2>
        <SelectField
          name="city"
          label={t('catalogue_events.calendar.city')}
          emptyLabel={t('catalogue_events.calendar.all_cities')}
          value={view.city ?? ''}
          options={CITIES.map((city) => ({ value: city, label: t(`organisations.cities.${city}`) }))}
        />
        <SelectField
          name="field"
          label={t('catalogue_events.calendar.field')}
          emptyLabel={t('catalogue_events.calendar.all_fields')}
          value={view.field ?? ''}
          options={FIELDS_OF_ACTION.map((field) => ({ value: field, label: t(`catalogue.fields_of_action.${field}`) }))}
        />
        <SubmitButton label={t('catalogue_events.calendar.apply')} variant="secondary" />
      </Form>
      <p class="kern-body" role="status">
        {cityName
          ? t('catalogue_events.calendar.count_city', { count: view.total, city: cityName })
          : t('catalogue_events.calendar.count', { count: view.total })}
      </p>
      <FeedLinks view={view} feed={feed} />
      {view.total === 0 ? <EmptyCalendar city={view.city} /> : null}
      {view.days.map((day) => (
        <section class="kern-stack" aria-labelledby={`day-${day.day}`} key={day.day}>
          <h2 class="kern-heading-medium" id={`day-${day.day}`}>
            <time dateTime={day.day}>{i18n.formatDate(day.firstStart, { dateStyle: 'full' })}</time>
          </h2>
          <ul class="kern-list vr-search__list">
            {day.events.map((event) => (
              <EventItem event={event} key={event.id} />
            ))}
          </ul>
        </section>
      ))}
      <Pages view={view} />
    </div>
  );
}
