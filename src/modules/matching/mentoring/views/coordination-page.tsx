import type { FieldErrors } from '../../../../core/errors.js';
import { href, usePage } from '../../../../core/http/page-context.js';
import { CsrfField, ErrorSummary, PageHeading, SelectField } from '../../../../ui/form.js';
import { LabelledSection } from '../../../../ui/section.js';
import type { Coordination, OpenOfferView } from '../use-cases/list-coordination.js';
import { cityLabel, focusLabel, languageLabel, listLabel } from './labels.js';

export interface MatchFormState {
  requestId: string;
  offerId: string;
  errors: FieldErrors;
}

/** The coordinator's desk: match open requests with offers, follow mentorships and help requests. */
export function CoordinationPage({ data, state }: { data: Coordination; state?: MatchFormState | undefined }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const none = t('matching_mentoring.coordination.none_given');
  const offerLabel = (offer: OpenOfferView) =>
    t('matching_mentoring.coordination.offer_option', {
      mentor: offer.organisationName ? `${offer.mentorName} (${offer.organisationName})` : offer.mentorName,
      free: offer.free,
      cities: listLabel(i18n, offer.cities, (c) => cityLabel(t, c), t('matching_mentoring.coordination.all_cities')),
      languages: listLabel(i18n, offer.languages, (l) => languageLabel(t, l), none),
    });
  return (
    <div class="kern-stack vr-mentoring">
      <PageHeading>{t('matching_mentoring.coordination.title')}</PageHeading>
      <p class="kern-body">{t('matching_mentoring.coordination.lead')}</p>
      {state &&
      !data.requests.some((request) => request.id === state.requestId && request.suitableOffers.length > 0) ? (
        <ErrorSummary
          errors={{
            _form: Object.values(state.errors)[0] ?? { key: 'matching_mentoring.validation.request_not_open' },
          }}
        />
      ) : null}

      <LabelledSection
        id="open-requests"
        heading={t('matching_mentoring.coordination.requests', { count: data.requests.length })}
      >
        {data.requests.length === 0 ? (
          <p class="kern-body">{t('matching_mentoring.coordination.no_requests')}</p>
        ) : null}
        {data.requests.map((request) => {
          const prefix = `match-${request.id}-`;
          const errors = state?.requestId === request.id ? state.errors : undefined;
          const headingId = `request-${request.id}`;
          return (
            <article class="vr-mentoring-card kern-stack" key={request.id} aria-labelledby={headingId}>
              <h3 class="kern-heading-small" id={headingId}>
                {t(`matching_mentoring.coordination.request_heading_${request.audience}`, {
                  requester: request.organisationName
                    ? `${request.requesterName} (${request.organisationName})`
                    : request.requesterName,
                  focus: focusLabel(t, request.focus),
                })}
              </h3>
              <p class="kern-body">
                {t('matching_mentoring.coordination.request_facts', {
                  date: i18n.formatDate(request.createdAt),
                  city: request.city ? cityLabel(t, request.city) : none,
                  languages: listLabel(i18n, request.languages, (l) => languageLabel(t, l), none),
                })}
              </p>
              {request.note ? (
                <p class="kern-body" dir="auto">
                  {request.note}
                </p>
              ) : null}
              {request.suitableOffers.length === 0 ? (
                <p class="kern-body">{t('matching_mentoring.coordination.no_suitable_offer')}</p>
              ) : (
                <form
                  method="post"
                  action={href(lang, '/mentoring/koordination/vermitteln')}
                  class="vr-form kern-stack"
                  noValidate
                  aria-labelledby={headingId}
                >
                  <CsrfField />
                  <ErrorSummary errors={errors} idPrefix={prefix} />
                  <input type="hidden" name="request_id" value={request.id} />
                  <SelectField
                    required
                    idPrefix={prefix}
                    name="offer_id"
                    label={t('matching_mentoring.coordination.choose_offer')}
                    options={request.suitableOffers.map((offer) => ({ value: offer.id, label: offerLabel(offer) }))}
                    value={state?.requestId === request.id ? state.offerId : ''}
                    errors={errors}
                  />
                  <div class="kern-btn-wrapper">
                    <button type="submit" class="kern-btn kern-btn--primary kern-btn--small">
                      <span class="kern-label">{t('matching_mentoring.coordination.match')}</span>
                    </button>
                  </div>
                </form>
              )}
            </article>
          );
        })}
      </LabelledSection>

      <LabelledSection
        id="free-offers"
        heading={t('matching_mentoring.coordination.offers', { count: data.offers.length })}
      >
        {data.offers.length === 0 ? (
          <p class="kern-body">{t('matching_mentoring.coordination.no_offers')}</p>
        ) : (
          <ul class="kern-list">
            {data.offers.map((offer) => (
              <li key={offer.id}>
                {offerLabel(offer)} – {i18n.list(offer.focus.map((f) => focusLabel(t, f)))} (
                {t(`matching_mentoring.mentor_kinds.${offer.mentorKind}`)})
              </li>
            ))}
          </ul>
        )}
      </LabelledSection>

      <LabelledSection
        id="active-mentorships"
        heading={t('matching_mentoring.coordination.mentorships', { count: data.mentorships.length })}
      >
        {data.mentorships.length === 0 ? (
          <p class="kern-body">{t('matching_mentoring.coordination.no_mentorships')}</p>
        ) : (
          <ul class="kern-list">
            {data.mentorships.map((m) => (
              <li key={m.id}>
                <a class="kern-link" href={href(lang, `/mentoring/patenschaften/${m.id}`)}>
                  {t('matching_mentoring.coordination.mentorship_line', {
                    mentor: m.mentorName,
                    mentee: m.menteeName,
                    focus: focusLabel(t, m.focus),
                  })}
                </a>{' '}
                {t('matching_mentoring.coordination.mentorship_follow_up', {
                  sessions: m.sessions,
                  problems: m.openProblems,
                })}
              </li>
            ))}
          </ul>
        )}
      </LabelledSection>

      <LabelledSection
        id="help-requests"
        heading={t('matching_mentoring.coordination.help', { count: data.helpRequests.length })}
      >
        <p class="kern-body">{t('matching_mentoring.coordination.help_lead')}</p>
        {data.helpRequests.length === 0 ? (
          <p class="kern-body">{t('matching_mentoring.coordination.no_help')}</p>
        ) : (
          <ul class="kern-list">
            {data.helpRequests.map((help) => (
              <li key={help.id}>
                <a class="kern-link" href={href(lang, `/mentoring/koordination/hilfe/${help.id}`)}>
                  {t('matching_mentoring.coordination.help_line', { date: i18n.formatDate(help.createdAt) })}
                </a>{' '}
                ({t(`matching_mentoring.status.help_${help.status}`)}
                {help.mediatorName
                  ? `, ${t('matching_mentoring.overview.mediator', { mediator: help.mediatorName })}`
                  : ''}
                )
              </li>
            ))}
          </ul>
        )}
      </LabelledSection>
    </div>
  );
}
