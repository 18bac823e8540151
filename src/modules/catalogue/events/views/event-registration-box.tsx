import { href, usePage } from '../../../../core/http/page-context.js';
import { signInHref } from '../../../../core/http/return-address.js';
import { eventCalendarPath } from '../../formats/index.js';
import { ButtonForm } from '../../../../ui/form.js';
import type { EventRegistrationView } from '../present.js';

/**
 * The registration part of an event's page: free places, the viewer's own status and the
 * button to register, join the waiting list or cancel. Takes what getEventRegistration returns.
 */
export function EventRegistrationBox({ view }: { view: EventRegistrationView }) {
  const { t, i18n, path, search } = usePage();
  const lang = i18n.locale.code;
  const base = `/veranstaltungen/${view.eventId}`;
  const isFull = view.freePlaces !== null && view.freePlaces <= 0;
  return (
    <section class="vr-event-registration kern-stack" aria-labelledby="event-registration-heading">
      <h2 class="kern-heading-medium" id="event-registration-heading">
        {t('catalogue_events.box.title')}
      </h2>
      <p class="kern-body">
        {view.capacity === null
          ? t('catalogue_events.box.unlimited', { registered: view.registeredCount })
          : t('catalogue_events.box.places', { free: view.freePlaces ?? 0, capacity: view.capacity })}
        {view.waitlistCount > 0 ? ` ${t('catalogue_events.box.waitlist_count', { count: view.waitlistCount })}` : null}
      </p>
      {view.viewerStatus === 'registered' ? (
        <p class="kern-body kern-body--bold">{t('catalogue_events.status.registered_you')}</p>
      ) : null}
      {view.viewerStatus === 'waitlisted' ? (
        <p class="kern-body kern-body--bold">
          {t('catalogue_events.status.waitlisted_you', { position: view.viewerPosition ?? 0 })}
        </p>
      ) : null}
      {view.closedReason ? (
        <p class="kern-body">{t(`catalogue_events.box.closed_${view.closedReason}`)}</p>
      ) : view.viewerStatus ? (
        <ButtonForm
          action={href(lang, `${base}/abmelden`)}
          label={t(
            view.viewerStatus === 'waitlisted'
              ? 'catalogue_events.actions.leave_waitlist'
              : 'catalogue_events.actions.cancel',
          )}
          variant="secondary"
        />
      ) : view.isSignedIn ? (
        <>
          {isFull ? <p class="kern-body">{t('catalogue_events.box.full_hint')}</p> : null}
          <ButtonForm
            action={href(lang, `${base}/anmelden`)}
            label={t(isFull ? 'catalogue_events.actions.join_waitlist' : 'catalogue_events.actions.register')}
            variant="primary"
          />
        </>
      ) : (
        <p class="kern-body">
          <a class="kern-link" href={signInHref(lang, href(lang, path) + search)}>
            {t('catalogue_events.box.sign_in')}
          </a>
        </p>
      )}
      <p class="kern-body">
        <a class="kern-link" href={eventCalendarPath(view.eventId)} type="text/calendar" download>
          {t('catalogue_events.box.add_to_calendar')}
        </a>
        <br />
        <span class="kern-body kern-body--small">{t('catalogue_events.box.add_to_calendar_hint')}</span>
      </p>
      {view.viewerIsOrganiser ? (
        <p class="kern-body">
          <a class="kern-link" href={href(lang, `${base}/teilnehmende`)}>
            {t('catalogue_events.box.participants_link')}
          </a>
        </p>
      ) : null}
    </section>
  );
}
