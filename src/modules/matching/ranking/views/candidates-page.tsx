import { href, usePage } from '../../../../core/http/page-context.js';
import type { Position } from '../../tables.js';
import type { FieldErrors } from '../../../../core/errors.js';
import { PageHeading } from '../../../../ui/form.js';
import type { FormValues } from '../../../../ui/choice-fields.js';
import type { CandidateResult } from '../use-cases/find-candidates.js';
import type { InvitedTalent } from '../use-cases/list-position-talents.js';
import { CANDIDATES_PER_PAGE, MAX_CANDIDATES } from '../talent-schemas.js';
import { CandidateCard } from './candidate-card.js';
import { DistanceAttribution } from './distance.js';
import { RankingPagination } from './pagination.js';
import { TalentSearchForm } from './talent-search-form.js';

export interface CandidatesPageProps {
  position: Position;
  values: FormValues;
  errors?: FieldErrors;
  /** The ranked results of the page shown (findCandidates presents one page only). */
  results: CandidateResult[];
  /** How many candidates were ranked in all (at most MAX_CANDIDATES). */
  count: number;
  /** The page shown (1-based; findCandidates keeps it within the list). */
  page: number;
  /** The search as a query string without the page (`languages_1=tr&…`), kept by links and buttons. */
  query: string;
  invited: InvitedTalent[];
  savedProfileIds: ReadonlySet<string>;
  /** True when the company searched (filters set): the empty state then suggests fewer filters. */
  isSearch: boolean;
}

/** A position's ranked candidates — pseudonyms and qualifications only — as compact cards, with the company search. */
export function CandidatesPage(props: CandidatesPageProps) {
  const { position, values, errors, results: shown, count, page, query, invited, savedProfileIds } = props;
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const base = `/stellen/${position.id}/kandidaten`;
  const withQuery = (path: string, extra?: string) => {
    const parts = [query, extra].filter(Boolean).join('&');
    return href(lang, parts ? `${path}?${parts}` : path);
  };
  const pages = Math.max(1, Math.ceil(count / CANDIDATES_PER_PAGE));
  const byProfile = new Map(invited.map((invitation) => [invitation.profileId, invitation]));
  const pageQuery = page > 1 ? `page=${page}` : '';
  const actions = {
    invite: withQuery(`${base}/einladen`, pageQuery),
    save: withQuery(`${base}/merken`, pageQuery),
  };
  return (
    <div class="kern-stack">
      <PageHeading>{t('matching_core.candidates.title', { title: position.title })}</PageHeading>
      <p>
        <a class="kern-link" href={href(lang, `/stellen/${position.id}`)}>
          {t('matching_core.position.back_to_page')}
        </a>
      </p>
      <p class="kern-body">{t('matching_core.candidates.intro')}</p>
      <p class="kern-body vr-pseudonym-note">{t('matching_talents.pseudonym.company_profiles')}</p>
      <p class="kern-body">
        <a class="kern-link" href={href(lang, `/stellen/${position.id}/talente`)}>
          {t('matching_talents.overview.link', { invited: invited.length, saved: savedProfileIds.size })}
        </a>
      </p>
      <section aria-labelledby="candidate-search" class="kern-stack">
        <h2 class="kern-heading-medium" id="candidate-search">
          {t('matching_core.candidates.search_heading')}
        </h2>
        <TalentSearchForm position={position} values={values} errors={errors} />
      </section>
      <section aria-labelledby="candidate-results" class="kern-stack">
        <h2 class="kern-heading-medium" id="candidate-results">
          {t('matching_core.candidates.results', { count })}
        </h2>
        {count === 0 ? (
          <p class="kern-body">
            {t(props.isSearch ? 'matching_core.candidates.none' : 'matching_talents.empty.candidates')}
          </p>
        ) : (
          <p class="kern-body kern-body--small">
            {count >= MAX_CANDIDATES ? t('matching_talents.candidates.best_of', { count: MAX_CANDIDATES }) : null}{' '}
            {t('matching_talents.candidates.range', {
              from: (page - 1) * CANDIDATES_PER_PAGE + 1,
              to: (page - 1) * CANDIDATES_PER_PAGE + shown.length,
              count,
            })}
          </p>
        )}
        {shown.length > 0 ? (
          <ol class="vr-matching-results" start={(page - 1) * CANDIDATES_PER_PAGE + 1}>
            {shown.map((result, index) => (
              <CandidateCard
                key={result.profile.id}
                result={result}
                index={index}
                invitation={byProfile.get(result.profile.id)}
                isSaved={savedProfileIds.has(result.profile.id)}
                actions={actions}
              />
            ))}
          </ol>
        ) : null}
        {shown.length > 0 ? <DistanceAttribution /> : null}
        <RankingPagination
          page={page}
          pages={pages}
          label={t('matching_talents.pages.label')}
          pageHref={(n) => withQuery(base, n > 1 ? `page=${n}` : '')}
        />
      </section>
    </div>
  );
}
