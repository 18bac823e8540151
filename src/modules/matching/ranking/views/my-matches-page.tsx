import { href, usePage } from '../../../../core/http/page-context.js';
import { PageHeading } from '../../../../ui/form.js';
import { getRuhrCity } from '../../../../region/index.js';
import { useLabels } from '../../shared/index.js';
import type { PositionResult } from '../use-cases/find-positions-for-me.js';
import type { MyInvitation } from '../use-cases/list-my-invitations.js';
import { MyInvitations } from './my-invitations.js';
import { DistanceAttribution, useDistanceText } from './distance.js';
import { OverallFit, ScoreTable, WhyItMatches } from './result-parts.js';

/** The applicant's invitations to apply, then positions ranked for their own profile, each with why it matches. */
export function MyMatchesPage({
  results,
  invitations,
}: {
  results: PositionResult[] | null;
  invitations: MyInvitation[];
}) {
  const { t, i18n } = usePage();
  const labels = useLabels();
  const distance = useDistanceText();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack">
      <PageHeading>{t('matching_core.my_matches.title')}</PageHeading>
      <MyInvitations invitations={invitations} />
      {results === null ? (
        <p class="kern-body">
          {t('matching_talents.empty.no_profile')}{' '}
          <a class="kern-link" href={href(lang, '/profil')}>
            {t('matching_core.my_matches.create_profile')}
          </a>
        </p>
      ) : results.length === 0 ? (
        <p class="kern-body">
          {t('matching_core.my_matches.none')}{' '}
          <a class="kern-link" href={href(lang, '/profil')}>
            {t('matching_talents.empty.edit_profile')}
          </a>{' '}
          <a class="kern-link" href={href(lang, '/stellen')}>
            {t('matching_talents.empty.all_positions')}
          </a>
        </p>
      ) : (
        <section aria-labelledby="matches-heading" class="kern-stack">
          <h2 class="kern-heading-medium" id="matches-heading">
            {t('matching_talents.mine.matches_heading', { count: results.length })}
          </h2>
          <ol class="vr-matching-results">
            {results.map((result, index) => (
              <li key={result.position.id} class="kern-card vr-matching-card vr-talent-card">
                <h3 class="kern-heading-small">
                  <a class="kern-link" href={href(lang, `/stellen/${result.position.id}`)} dir="auto">
                    {result.position.title}
                  </a>
                </h3>
                <p class="kern-body">
                  <span dir="auto">{result.organisationName}</span> ·{' '}
                  <span lang="de">{labels.occupation(result.position.occupation_id)}</span> ·{' '}
                  {getRuhrCity(result.position.city).name}
                </p>
                <p class="kern-body">{t('matching_core.distances.from_you', { distance: distance(result.km) })}</p>
                <OverallFit total={result.total} label={t('matching_talents.card.fit_for_you')} />
                <WhyItMatches reasons={result.reasons} reader="applicant" />
                <details class="kern-accordion vr-talent-details">
                  <summary class="kern-accordion__header">
                    <span class="kern-title kern-title--small">
                      {t('matching_talents.card.scores_of', { position: result.position.title })}
                    </span>
                  </summary>
                  <div class="kern-accordion__body">
                    <ScoreTable
                      scores={result.scores}
                      total={result.total}
                      captionId={`scores-${index}`}
                      reader="applicant"
                    />
                  </div>
                </details>
              </li>
            ))}
          </ol>
          <DistanceAttribution />
        </section>
      )}
    </div>
  );
}
