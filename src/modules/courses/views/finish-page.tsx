import { href, usePage } from '../../../core/http/page-context.js';
import { ButtonForm, PageHeading } from '../../../ui/form.js';
import { LabelledSection } from '../../../ui/section.js';
import { PASS_PERCENT } from '../scoring.js';
import type { OwnProgress } from '../use-cases/get-own-progress.js';
import { Localised } from './localised-text.js';
import { COURSE_PATH, lessonPath } from './overview-page.js';

/** The end of the course: the score per lesson, the pass mark, and the certificate once passed. */
export function FinishPage({ progress }: { progress: OwnProgress }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const { summary, version, certificate } = progress;
  const lessons = version.content.lessons;
  const hasCertificateOfVersion = certificate !== null && certificate.version === version.version;
  return (
    <div class="kern-stack">
      <PageHeading>{t('courses.finish.title')}</PageHeading>
      <div class="kern-table-responsive">
        <table class="kern-table">
          <caption class="kern-title">{t('courses.finish.table_caption')}</caption>
          <thead class="kern-table__head">
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">
                {t('courses.finish.lesson')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('courses.finish.score')}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {summary.lessons.map((state, index) => (
              <tr class="kern-table__row" key={state.key}>
                <th class="kern-table__header" scope="row">
                  <a class="kern-link" href={href(lang, lessonPath(state.key))}>
                    {lessons[index] ? <Localised text={lessons[index].title} /> : state.key}
                  </a>
                </th>
                <td class="kern-table__cell">
                  {state.isAnswered
                    ? t('courses.finish.correct_of', { correct: state.correct, total: state.total })
                    : t('courses.finish.not_answered')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="kern-body kern-body--large">
        {t('courses.finish.total', {
          correct: summary.correct,
          total: summary.total,
          percent: summary.percent,
          pass: PASS_PERCENT,
        })}
      </p>

      {hasCertificateOfVersion && certificate ? (
        <LabelledSection id="certificate-heading" heading={t('courses.finish.certificate_heading')}>
          <p class="kern-body">
            {t('courses.finish.certificate_text', {
              version: certificate.version,
              date: i18n.formatDate(certificate.issuedAt, { dateStyle: 'long' }),
            })}
          </p>
          <p class="kern-body">
            {t('courses.finish.code')}: <strong class="vr-course-code">{certificate.code}</strong>
          </p>
          <p class="kern-body">
            <a class="kern-link" href={href(lang, `${COURSE_PATH}/zertifikate/${certificate.id}/pdf`)}>
              {t('courses.finish.download')}
            </a>
          </p>
          <p class="kern-body">
            <a class="kern-link" href={href(lang, `/qualitaet/zertifikat-pruefen?code=${certificate.code}`)}>
              {t('courses.finish.verify')}
            </a>
          </p>
        </LabelledSection>
      ) : summary.isPassed ? (
        <LabelledSection id="certificate-heading" heading={t('courses.finish.certificate_heading')}>
          <p class="kern-body">{t('courses.finish.passed')}</p>
          <ButtonForm
            action={href(lang, `${COURSE_PATH}/abschluss`)}
            label={t('courses.finish.issue')}
            variant="primary"
          />
        </LabelledSection>
      ) : (
        <LabelledSection id="certificate-heading" heading={t('courses.finish.certificate_heading')}>
          <p class="kern-body">
            {summary.isAllAnswered
              ? t('courses.finish.below_pass', { pass: PASS_PERCENT })
              : t('courses.finish.open_lessons')}
          </p>
          {summary.nextLessonKey ? (
            <p class="kern-body">
              <a class="kern-link" href={href(lang, lessonPath(summary.nextLessonKey))}>
                {t('courses.overview.continue')}
              </a>
            </p>
          ) : null}
        </LabelledSection>
      )}
      <p class="kern-body">
        <a class="kern-link" href={href(lang, COURSE_PATH)}>
          {t('courses.finish.back')}
        </a>
      </p>
    </div>
  );
}
