import { href, usePage } from '../../../core/http/page-context.js';
import { ButtonForm, PageHeading } from '../../../ui/form.js';
import { LabelledSection } from '../../../ui/section.js';
import { canEditCourse, canTakeCourse } from '../policy.js';
import { PASS_PERCENT } from '../scoring.js';
import type { CompletionFigure } from '../use-cases/count-completions.js';
import type { OwnProgress } from '../use-cases/get-own-progress.js';
import type { CourseVersion } from '../versions.js';
import { Localised, useLocalised } from './localised-text.js';

export const COURSE_PATH = '/kurs-umgang-mit-vielfalt';
export const lessonPath = (key: string) => `${COURSE_PATH}/lektionen/${key}`;

/** The course's public page: what it covers, how long, for whom; the own progress for those taking it. */
export function OverviewPage({
  version,
  progress,
  figure,
}: {
  version: CourseVersion;
  progress: OwnProgress | null;
  figure: CompletionFigure | null;
}) {
  const { t, i18n, actor } = usePage();
  const lang = i18n.locale.code;
  const localised = useLocalised();
  const content = progress?.version.content ?? version.content;
  const minutes = content.lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
  const summary = progress?.summary;
  const lessonState = (key: string) => summary?.lessons.find((lesson) => lesson.key === key);
  const title = localised(content.title);
  return (
    <div class="kern-stack">
      <PageHeading>
        <span lang={title.lang}>{title.text}</span>
      </PageHeading>
      <p class="kern-body kern-body--large">
        <Localised text={content.summary} />
      </p>
      <dl class="kern-description-list">
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{t('courses.overview.audience')}</dt>
          <dd class="kern-description-list-item__value">
            <Localised text={content.audience} />
          </dd>
        </div>
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{t('courses.overview.duration')}</dt>
          <dd class="kern-description-list-item__value">
            {t('courses.overview.duration_value', { lessons: content.lessons.length, minutes })}
          </dd>
        </div>
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{t('courses.overview.certificate')}</dt>
          <dd class="kern-description-list-item__value">
            {t('courses.overview.certificate_value', { pass: PASS_PERCENT })}
          </dd>
        </div>
      </dl>

      {progress?.certificate ? (
        <div class="kern-alert kern-alert--success" role="status">
          <div class="kern-alert__header">
            <span class="kern-icon kern-icon--success" aria-hidden="true"></span>
            <h2 class="kern-title">{t('courses.overview.completed', { version: progress.certificate.version })}</h2>
          </div>
          <div class="kern-alert__body">
            <p class="kern-body">
              <a class="kern-link" href={href(lang, `${COURSE_PATH}/abschluss`)}>
                {t('courses.overview.to_certificate')}
              </a>
            </p>
          </div>
        </div>
      ) : null}

      <LabelledSection id="lessons-heading" heading={t('courses.overview.lessons_heading')}>
        <ol class="kern-list kern-list--number">
          {content.lessons.map((lesson) => {
            const state = lessonState(lesson.key);
            const lessonTitle = localised(lesson.title);
            return (
              <li key={lesson.key}>
                <a class="kern-link" href={href(lang, lessonPath(lesson.key))}>
                  <span lang={lessonTitle.lang}>{lessonTitle.text}</span>
                </a>{' '}
                <span class="kern-body kern-body--small">
                  {t('courses.overview.lesson_minutes', { minutes: lesson.minutes })}
                  {state?.isAnswered
                    ? ` · ${t('courses.overview.lesson_answered', { correct: state.correct, total: state.total })}`
                    : state?.isRead
                      ? ` · ${t('courses.overview.lesson_read')}`
                      : ''}
                </span>
              </li>
            );
          })}
        </ol>
      </LabelledSection>

      <LabelledSection id="take-heading" heading={t('courses.overview.take_heading')}>
        {canTakeCourse(actor) ? (
          <>
            {summary && progress?.progressId ? (
              <>
                <div class="kern-progress">
                  <label class="kern-label" for="course-progress">
                    {t('courses.overview.progress', {
                      answered: summary.lessons.filter((lesson) => lesson.isAnswered).length,
                      lessons: summary.lessons.length,
                    })}
                  </label>
                  <progress
                    id="course-progress"
                    max={summary.lessons.length}
                    value={summary.lessons.filter((lesson) => lesson.isAnswered).length}
                  >
                    {summary.lessons.filter((lesson) => lesson.isAnswered).length}
                  </progress>
                </div>
                <p class="kern-body">
                  {summary.nextLessonKey ? (
                    <a class="kern-link" href={href(lang, lessonPath(summary.nextLessonKey))}>
                      {t('courses.overview.continue')}
                    </a>
                  ) : (
                    <a class="kern-link" href={href(lang, `${COURSE_PATH}/abschluss`)}>
                      {t('courses.overview.to_finish')}
                    </a>
                  )}
                </p>
                <p class="kern-body">{t('courses.overview.reset_text')}</p>
                <ButtonForm action={href(lang, `${COURSE_PATH}/neu-beginnen`)} label={t('courses.overview.reset')} />
              </>
            ) : (
              <p class="kern-body">
                <a class="kern-link" href={href(lang, lessonPath(content.lessons[0]?.key ?? ''))}>
                  {t('courses.overview.start')}
                </a>
              </p>
            )}
          </>
        ) : (
          <p class="kern-body">
            {actor.kind === 'user' ? t('courses.overview.needs_organisation') : t('courses.overview.sign_in')}{' '}
            <a class="kern-link" href={href(lang, actor.kind === 'user' ? '/organisation/neu' : '/anmelden')}>
              {actor.kind === 'user' ? t('courses.overview.register_organisation') : t('courses.overview.sign_in_link')}
            </a>
          </p>
        )}
      </LabelledSection>

      {figure ? (
        <LabelledSection id="figure-heading" heading={t('courses.figure.heading')}>
          <p class="kern-body">{t('courses.figure.text', { ...figure })}</p>
          <p class="kern-body kern-body--small">{t('courses.figure.privacy')}</p>
        </LabelledSection>
      ) : null}

      <LabelledSection id="verify-heading" heading={t('courses.overview.verify_heading')}>
        <p class="kern-body">
          {t('courses.overview.verify_text')}{' '}
          <a class="kern-link" href={href(lang, '/qualitaet/zertifikat-pruefen')}>
            {t('courses.overview.verify_link')}
          </a>
        </p>
      </LabelledSection>

      {canEditCourse(actor) ? (
        <p class="kern-body">
          <a class="kern-link" href={href(lang, `${COURSE_PATH}/redaktion`)}>
            {t('courses.admin.title')}
          </a>
        </p>
      ) : null}
    </div>
  );
}
