import { href, usePage } from '../../../../core/http/page-context.js';
import { PageHeading } from '../../../../ui/form.js';
import { getRuhrCity } from '../../../../region/index.js';
import { useLabels } from '../../shared/index.js';
import type { PositionResult } from '../use-cases/find-positions-for-me.js';
import { DistanceAttribution, useDistanceText } from './distance.js';
import { ScoreTable, WhyItMatches } from './result-parts.js';

/** Positions ranked for the applicant's own profile, each with why it matches. */
export function MyMatchesPage({ results }: { results: PositionResult[] | null }) {
  const { t, i18n } = usePage();
  const labels = useLabels();
  const lang = i18n.locale.code;
  const distance = useDistanceText();
  return (
    <div class="kern-stack">
      <PageHeading>{t('matching_core.my_matches.title')}</PageHeading>
      {results === null ? (
        <p class="kern-body">
          <a class="kern-link" href={href(lang, '/profil')}>
            {t('matching_core.my_matches.create_profile')}
          </a>
        </p>
      ) : results.length === 0 ? (
        <p class="kern-body">{t('matching_core.my_matches.none')}</p>
      ) : (
        <>
          <ol class="vr-matching-results">
            {results.map((result, index) => (
              <li key={result.position.id} class="kern-card vr-matching-card">
                <h2 class="kern-heading-small">
                  <a class="kern-link" href={href(lang, `/stellen/${result.position.id}`)} dir="auto">
                    {result.position.title}
                  </a>
                </h2>
                <p class="kern-body">
                  <span dir="auto">{result.organisationName}</span> ·{' '}
                  <span lang="de">{labels.occupation(result.position.occupation_id)}</span> ·{' '}
                  {getRuhrCity(result.position.city).name}
                </p>
                <p class="kern-body">{t('matching_core.distances.from_you', { distance: distance(result.km) })}</p>
                <WhyItMatches reasons={result.reasons} />
                <ScoreTable scores={result.scores} total={result.total} captionId={`scores-${index}`} />
              </li>
            ))}
          </ol>
          <DistanceAttribution />
        </>
      )}
    </div>
  );
}
