import type { City } from '../../../../region/index.js';
import { href, usePage } from '../../../../core/http/page-context.js';
import { PageHeading, SelectField } from '../../../../ui/form.js';
import { LabelledSection } from '../../../../ui/section.js';
import type { SecondChance } from '../use-cases/list-second-chance.js';
import { cityLabel, cityOptions, listLabel } from './labels.js';
import { signInHref } from '../../../../core/http/return-address.js';
import { can } from '../policy.js';

/**
 * Asking for a mentor is for people with a personal account (no organisation): they get the
 * link, a visitor gets it through sign-in, and a member of an organisation is not offered it.
 */
function MentorLink() {
  const { t, i18n, actor } = usePage();
  const lang = i18n.locale.code;
  const target = href(lang, '/mentoring/anfrage');
  const link = actor.kind === 'anonymous' ? signInHref(lang, target) : can(actor, 'request_mentorship') ? target : null;
  if (!link) return null;
  return (
    <p class="kern-body">
      {t('matching_mentoring.second_chance.mentor_hint')}{' '}
      <a class="kern-link" href={link}>
        {t('matching_mentoring.second_chance.mentor_link')}
      </a>
    </p>
  );
}

/** "Second chance": open apprenticeship places and re-qualification offers, with a city filter (GET form). */
export function SecondChancePage({ data, city }: { data: SecondChance; city: City | undefined }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const day = (value: string) => i18n.formatDate(new Date(`${value}T12:00:00Z`));
  return (
    <div class="kern-stack vr-mentoring">
      <PageHeading>{t('matching_mentoring.second_chance.title')}</PageHeading>
      <p class="kern-body">{t('matching_mentoring.second_chance.lead')}</p>
      <form
        method="get"
        action={href(lang, '/mentoring/zweite-chance')}
        class="vr-form kern-stack"
        aria-label={t('matching_mentoring.second_chance.filter')}
      >
        <SelectField
          name="city"
          label={t('matching_mentoring.fields.city')}
          options={[{ value: '', label: t('matching_mentoring.fields.city_any') }, ...cityOptions(t)]}
          value={city ?? ''}
        />
        <div class="kern-btn-wrapper">
          <button type="submit" class="kern-btn kern-btn--secondary">
            <span class="kern-label">{t('matching_mentoring.second_chance.apply')}</span>
          </button>
        </div>
      </form>
      <LabelledSection id="second-chance-positions" heading={t('matching_mentoring.second_chance.positions')}>
        {data.positions.length === 0 ? (
          <p class="kern-body">{t('matching_mentoring.second_chance.no_positions')}</p>
        ) : (
          <ul class="kern-list">
            {data.positions.map((position) => (
              <li key={position.id}>
                <a class="kern-link" href={href(lang, `/stellen/${position.id}`)}>
                  {position.title}
                </a>{' '}
                {t('matching_mentoring.second_chance.position_facts', {
                  occupation: position.occupation,
                  kind: t(`matching_mentoring.position_kinds.${position.kind}`),
                  city: cityLabel(t, position.city),
                  starts: day(position.startsOn),
                  deadline: day(position.deadline),
                })}
              </li>
            ))}
          </ul>
        )}
      </LabelledSection>
      <p class="kern-body">
        <a class="kern-link" href={href(lang, '/benachrichtigungen')}>
          {t('matching_mentoring.second_chance.alerts_link')}
        </a>
      </p>
      <LabelledSection id="second-chance-offers" heading={t('matching_mentoring.second_chance.offers')}>
        {data.offers.length === 0 ? (
          <p class="kern-body">{t('matching_mentoring.second_chance.no_offers')}</p>
        ) : (
          <ul class="kern-list">
            {data.offers.map((offer) => (
              <li key={offer.id}>
                <a class="kern-link" href={href(lang, `/eintraege/${offer.id}`)} lang={offer.lang ?? undefined}>
                  {offer.title}
                </a>{' '}
                (
                {listLabel(
                  i18n,
                  offer.cities,
                  (c) => cityLabel(t, c),
                  t('matching_mentoring.second_chance.whole_region'),
                )}
                )
                <p class="kern-body" lang={offer.lang ?? undefined} dir="auto">
                  {offer.summary}
                </p>
              </li>
            ))}
          </ul>
        )}
      </LabelledSection>
      <MentorLink />
    </div>
  );
}
