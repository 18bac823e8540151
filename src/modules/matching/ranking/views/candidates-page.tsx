import { href, usePage } from '../../../../core/http/page-context.js';
import type { Position } from '../../tables.js';
import type { FieldErrors } from '../../../../core/errors.js';
import { ErrorSummary, Form, PageHeading, SelectField, SubmitButton } from '../../../../ui/form.js';
import { valueOf, type FormValues } from '../../../../ui/choice-fields.js';
import { LanguageRows, useLabels } from '../../shared/index.js';
import type { CandidateResult } from '../use-cases/find-candidates.js';
import { SEARCH_LANGUAGE_ROWS } from '../schemas.js';
import { DistanceAttribution, useDistanceText } from './distance.js';
import { ScoreTable, WhyItMatches } from './result-parts.js';
import { TalentRadiusFields } from './talent-search-form.js';

/** A position's ranked candidates — pseudonyms and qualifications only — with the company search. */
export function CandidatesPage({
  position,
  values,
  errors,
  results,
}: {
  position: Position;
  values: FormValues;
  errors?: FieldErrors;
  results: CandidateResult[];
}) {
  const { t, i18n } = usePage();
  const labels = useLabels();
  const lang = i18n.locale.code;
  const any = t('matching_core.search.any');
  const distance = useDistanceText();
  return (
    <div class="kern-stack">
      <PageHeading>{t('matching_core.candidates.title', { title: position.title })}</PageHeading>
      <p>
        <a class="kern-link" href={href(lang, `/stellen/${position.id}`)}>
          {t('matching_core.position.back_to_page')}
        </a>
      </p>
      <p class="kern-body">{t('matching_core.candidates.intro')}</p>
      <section aria-labelledby="candidate-search" class="kern-stack">
        <h2 class="kern-heading-medium" id="candidate-search">
          {t('matching_core.candidates.search_heading')}
        </h2>
        <Form action={href(lang, `/stellen/${position.id}/kandidaten`)} method="get">
          <ErrorSummary errors={errors} />
          <LanguageRows
            rows={SEARCH_LANGUAGE_ROWS}
            values={values}
            errors={errors}
            legend={t('matching_core.candidates.languages')}
            hint={t('matching_core.candidates.languages_hint')}
          />
          <SelectField
            name="certificate"
            label={t('matching_core.candidates.certificate')}
            value={valueOf(values, 'certificate')}
            errors={errors}
            emptyLabel={any}
            options={labels.certificateOptions()}
          />
          <SelectField
            name="occupation"
            label={t('matching_core.candidates.occupation')}
            value={valueOf(values, 'occupation')}
            errors={errors}
            emptyLabel={t('matching_core.candidates.occupation_of_position')}
            options={labels.occupationOptions()}
          />
          <TalentRadiusFields position={position} values={values} errors={errors} />
          <SubmitButton label={t('matching_core.candidates.submit')} />
        </Form>
      </section>
      <section aria-labelledby="candidate-results" class="kern-stack">
        <h2 class="kern-heading-medium" id="candidate-results">
          {t('matching_core.candidates.results', { count: results.length })}
        </h2>
        {results.length === 0 ? <p class="kern-body">{t('matching_core.candidates.none')}</p> : null}
        <ol class="vr-matching-results">
          {results.map((result, index) => (
            <li key={result.profile.id} class="kern-card vr-matching-card">
              <h3 class="kern-heading-small">{result.profile.pseudonym}</h3>
              {result.profile.isMultilingual ? (
                <p class="kern-body vr-matching-strength">{t('matching_core.candidates.multilingual')}</p>
              ) : null}
              <p class="kern-body">
                {i18n.list(
                  result.profile.languages.map((l) => `${labels.language(l.code)} (${labels.level(l.level)})`),
                )}
                {' · '}
                {labels.certificate(result.profile.certificate)}
                {result.profile.foreignCertificate ? (
                  <>
                    {' '}
                    · <span dir="auto">{result.profile.foreignCertificate}</span> (
                    {t(`matching_core.recognition.${result.profile.recognitionStatus ?? 'not_started'}`)})
                  </>
                ) : null}
                {result.profile.city ? <> · {labels.city(result.profile.city)}</> : null}
              </p>
              <p class="kern-body">
                {result.nearKm === null
                  ? t('matching_core.distances.to_position', { distance: distance(result.km) })
                  : t('matching_core.distances.to_postcode', {
                      postcode: result.nearPostcode,
                      distance: distance(result.nearKm),
                    })}
              </p>
              <WhyItMatches reasons={result.reasons} />
              <ScoreTable scores={result.scores} total={result.total} captionId={`scores-${index}`} />
              {result.profile.potentials.strengths ? (
                <p class="kern-body" dir="auto">
                  {result.profile.potentials.strengths}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
        {results.length > 0 ? <DistanceAttribution /> : null}
      </section>
    </div>
  );
}
