import { href, usePage } from '../../../../core/http/page-context.js';
import { CITIES } from '../../../../region/index.js';
import { Form, PageHeading, SelectField, SubmitButton } from '../../../../ui/form.js';
import { eventsFeedPath } from '../../formats/index.js';
import { entryPagePath } from '../../shared/index.js';
import type { EventsCalendarView, UpcomingEventView } from '../present.js';

/** The calendar page's own address for a filter and page: the same parameters its feed carries. */
export function eventsCalendarPath(lang: string, city: string | null, page = 1): string {
  const params = new URLSearchParams();
  if (city) params.set('city', city);
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
          <bdi>{where.join(' · ')}</bdi>
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
            <a class="kern-link" rel="prev" href={eventsCalendarPath(lang, view.city, view.page - 1)}>
              {t('catalogue_events.calendar.previous')}
            </a>
          </li>
        ) : null}
        <li aria-current="page">
          {t('catalogue_events.calendar.page_of', { page: view.page, count: view.pageCount })}
        </li>
        {view.page < view.pageCount ? (
          <li>
            <a class="kern-link" rel="next" href={eventsCalendarPath(lang, view.city, view.page + 1)}>
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
            <a class="kern-link" href={eventsCalendarPath(lang, null)}>
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

/** The public events calendar: by date, grouped by day, filtered by city, with one feed per filter. */
export function EventsCalendarPage({ view }: { view: EventsCalendarView }) {
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
        <SubmitButton label={t('catalogue_events.calendar.apply')} variant="secondary" />
      </Form>
      <p class="kern-body" role="status">
        {cityName
          ? t('catalogue_events.calendar.count_city', { count: view.total, city: cityName })
          : t('catalogue_events.calendar.count', { count: view.total })}
      </p>
      <p class="kern-body">
        <a class="kern-link" href={eventsFeedPath(view.city)} type="text/calendar">
          {cityName
            ? t('catalogue_events.calendar.feed_city', { city: cityName })
            : t('catalogue_events.calendar.feed')}
        </a>
        <br />
        <span class="kern-body kern-body--small">{t('catalogue_events.calendar.feed_hint')}</span>
      </p>
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
