import { href, usePage } from '../../../../core/http/page-context.js';
import { signInHref } from '../../../../core/http/return-address.js';
import { LabelledSection } from '../../../../ui/section.js';
import { PageHeading } from '../../../../ui/form.js';
import type { MyMentoring } from '../use-cases/list-my-mentoring.js';
import { ButtonForm } from '../../../../ui/form.js';
import { focusLabel } from './labels.js';

export interface OverviewLinks {
  canOffer: boolean;
  canRequest: boolean;
  canCompanyMentoring: boolean;
  canAskHelp: boolean;
  canCoordinate: boolean;
}

/** Mentoring start page: what it is, what the visitor may do, and their own offers, requests and mentorships. */
export function OverviewPage({ mine, links }: { mine: MyMentoring | null; links: OverviewLinks }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const action = (path: string, key: string) => (
    <li>
      <a class="kern-link" href={href(lang, path)}>
        {t(key)}
      </a>
    </li>
  );
  return (
    <div class="kern-stack vr-mentoring">
      <PageHeading>{t('matching_mentoring.overview.title')}</PageHeading>
      <p class="kern-body">{t('matching_mentoring.overview.lead')}</p>
      <LabelledSection id="mentoring-actions" heading={t('matching_mentoring.overview.actions')}>
        <ul class="kern-list">
          {links.canRequest ? action('/mentoring/anfrage', 'matching_mentoring.overview.request') : null}
          {links.canOffer ? action('/mentoring/angebot', 'matching_mentoring.overview.offer') : null}
          {links.canCompanyMentoring
            ? action('/mentoring/unternehmen/angebot', 'matching_mentoring.overview.company_offer')
            : null}
          {links.canCompanyMentoring
            ? action('/mentoring/unternehmen/anfrage', 'matching_mentoring.overview.company_request')
            : null}
          {links.canAskHelp ? action('/mentoring/abbruch-verhindern', 'matching_mentoring.overview.help') : null}
          {action('/mentoring/zweite-chance', 'matching_mentoring.overview.second_chance')}
          {links.canCoordinate ? action('/mentoring/koordination', 'matching_mentoring.overview.coordination') : null}
        </ul>
        {mine ? null : (
          <p class="kern-body">
            <a class="kern-link" href={signInHref(lang, href(lang, '/mentoring'))}>
              {t('matching_mentoring.overview.sign_in')}
            </a>
          </p>
        )}
      </LabelledSection>
      {mine ? <MyLists mine={mine} /> : null}
    </div>
  );
}

function MyLists({ mine }: { mine: MyMentoring }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <>
      <LabelledSection id="mentoring-mine" heading={t('matching_mentoring.overview.my_mentorships')}>
        {mine.mentorships.length === 0 ? (
          <p class="kern-body">{t('matching_mentoring.overview.no_mentorships')}</p>
        ) : (
          <ul class="kern-list">
            {mine.mentorships.map((m) => (
              <li key={m.id}>
                <a class="kern-link" href={href(lang, `/mentoring/patenschaften/${m.id}`)}>
                  {t(`matching_mentoring.overview.mentorship_${m.role}`, {
                    other: m.otherName,
                    focus: focusLabel(t, m.focus),
                  })}
                </a>{' '}
                ({t(`matching_mentoring.status.mentorship_${m.status}`)})
              </li>
            ))}
          </ul>
        )}
      </LabelledSection>
      {mine.offers.length > 0 ? (
        <LabelledSection id="mentoring-offers" heading={t('matching_mentoring.overview.my_offers')}>
          <ul class="kern-list">
            {mine.offers.map((offer) => (
              <li key={offer.id} class="vr-mentoring-item">
                <span>
                  {i18n.list(offer.focus.map((focus) => focusLabel(t, focus)))} –{' '}
                  {t('matching_mentoring.overview.places', { active: offer.active, capacity: offer.capacity })} (
                  {t(`matching_mentoring.status.offer_${offer.status}`)})
                </span>
                {offer.status === 'open' ? (
                  <ButtonForm
                    action={href(lang, `/mentoring/angebote/${offer.id}/schliessen`)}
                    label={t('matching_mentoring.overview.close_offer')}
                    variant="tertiary"
                    size="small"
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </LabelledSection>
      ) : null}
      {mine.requests.length > 0 ? (
        <LabelledSection id="mentoring-requests" heading={t('matching_mentoring.overview.my_requests')}>
          <ul class="kern-list">
            {mine.requests.map((request) => (
              <li key={request.id} class="vr-mentoring-item">
                <span>
                  {focusLabel(t, request.focus)} – {t(`matching_mentoring.status.request_${request.status}`)}
                </span>
                {request.status === 'open' ? (
                  <ButtonForm
                    action={href(lang, `/mentoring/anfragen/${request.id}/zurueckziehen`)}
                    label={t('matching_mentoring.overview.withdraw_request')}
                    variant="tertiary"
                    size="small"
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </LabelledSection>
      ) : null}
      {mine.helpRequests.length > 0 ? (
        <LabelledSection id="mentoring-help" heading={t('matching_mentoring.overview.my_help')}>
          <ul class="kern-list">
            {mine.helpRequests.map((help, index) => (
              <li key={index}>
                {i18n.formatDate(help.createdAt)}: {t(`matching_mentoring.status.help_${help.status}`)}
                {help.mediatorName
                  ? ` – ${t('matching_mentoring.overview.mediator', { mediator: help.mediatorName })}`
                  : null}
              </li>
            ))}
          </ul>
        </LabelledSection>
      ) : null}
    </>
  );
}
