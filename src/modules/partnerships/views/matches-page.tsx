import { href, usePage } from '../../../core/http/page-context.js';
import { PageHeading, SelectField, SubmitButton } from '../../../ui/form.js';
import { LabelledSection } from '../../../ui/section.js';
import { RADII } from '../schemas.js';
import type { Matches } from '../use-cases/find-matches.js';
import { DistanceAttribution, useLabels } from './labels.js';

/** Suggested partners for one listing, best fit first, each with why it fits and how far it is. */
export function MatchesPage({ data, radius }: { data: Matches; radius: string }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const labels = useLabels();
  const { listing } = data;
  const base = `/bildungspartnerschaften/eintraege/${listing.id}`;
  return (
    <div class="kern-stack">
      <PageHeading>{t(`partnerships.matches.title_${listing.side}`)}</PageHeading>
      <p class="kern-body">
        {t('partnerships.matches.for_listing', {
          activities: labels.activities(listing.activities),
          place: `${listing.postcode} ${labels.city(listing.city)}`,
        })}
      </p>
      <p class="kern-body">{t('partnerships.matches.how_ranked')}</p>
      <form
        method="get"
        action={href(lang, `${base}/passend`)}
        class="vr-form kern-stack"
        aria-labelledby="radius-form"
      >
        <h2 class="kern-heading-small" id="radius-form">
          {t('partnerships.matches.radius_heading')}
        </h2>
        <SelectField
          name="radius"
          label={t('partnerships.matches.radius')}
          options={RADII.map((km) => ({
            value: km,
            label: t('partnerships.matches.radius_option', { km: Number(km) }),
          }))}
          value={radius}
          required
        />
        <SubmitButton label={t('partnerships.matches.show')} variant="secondary" />
      </form>
      <LabelledSection
        id="matches"
        heading={t('partnerships.matches.count', { count: data.matches.length, km: data.radiusKm })}
      >
        {data.matches.length === 0 ? (
          <p class="kern-body">{t(`partnerships.matches.none_${listing.side}`)}</p>
        ) : (
          <ol class="vr-partnership-matches">
            {data.matches.map((match) => (
              <li key={match.listingId} class="kern-card">
                <div class="kern-card__container">
                  <div class="kern-card__header">
                    <h3 class="kern-title">
                      <bdi>{match.organisationName}</bdi>
                    </h3>
                  </div>
                  <div class="kern-card__body kern-stack">
                    <p class="kern-body">
                      <strong>{t('partnerships.matches.fit', { score: match.fit.total })}</strong>
                      {' · '}
                      {labels.km(match.km)} · {labels.city(match.city)}
                    </p>
                    <dl class="vr-facts">
                      <dt>{t('partnerships.matches.shared_activities')}</dt>
                      <dd>{labels.activities(match.fit.shared)}</dd>
                      <dt>{t('partnerships.matches.shared_months')}</dt>
                      <dd>
                        {match.fit.sharedMonths.length > 0
                          ? labels.months(match.fit.sharedMonths)
                          : t('partnerships.matches.no_shared_months')}
                      </dd>
                      <dt>{t(`partnerships.labels.pupils_${listing.side === 'school' ? 'company' : 'school'}`)}</dt>
                      <dd>{i18n.formatNumber(match.pupils)}</dd>
                      {match.grades.length > 0 ? (
                        <>
                          <dt>{t('partnerships.listing_form.grades')}</dt>
                          <dd>{labels.grades(match.grades)}</dd>
                        </>
                      ) : null}
                      {match.occupations ? (
                        <>
                          <dt>{t('partnerships.listing_form.occupations')}</dt>
                          <dd>
                            <bdi>{match.occupations}</bdi>
                          </dd>
                        </>
                      ) : null}
                      {match.note ? (
                        <>
                          <dt>{t('partnerships.listing_form.note')}</dt>
                          <dd>
                            <bdi>{match.note}</bdi>
                          </dd>
                        </>
                      ) : null}
                    </dl>
                    {match.isPartnered ? (
                      <p class="kern-body">{t('partnerships.matches.already_partnered')}</p>
                    ) : (
                      <p>
                        <a
                          class="kern-link"
                          href={href(lang, `${base}/vorschlag/${match.listingId}`)}
                          aria-label={t('partnerships.matches.propose_to', { partner: match.organisationName })}
                        >
                          {t('partnerships.matches.propose')}
                        </a>
                      </p>
                    )}
                  </div>
                </div>
              </li>
            ))}
          </ol>
        )}
      </LabelledSection>
      <DistanceAttribution />
    </div>
  );
}
