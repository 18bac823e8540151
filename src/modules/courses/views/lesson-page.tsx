import type { FieldErrors } from '../../../core/errors.js';
import type { FormValues } from '../../../core/http/forms.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { ButtonForm, ErrorSummary, FieldError, fieldId, Form, PageHeading, SubmitButton } from '../../../ui/form.js';
import { listOf } from '../../../ui/choice-fields.js';
import { LabelledSection } from '../../../ui/section.js';
import { renderMarkdown } from '../../catalogue/index.js';
import type { LessonContent, QuestionContent } from '../content/index.js';
import { canTakeCourse } from '../policy.js';
import { isAnsweredCorrectly } from '../scoring.js';
import { questionField } from '../schemas.js';
import type { QuizAnswers } from '../tables.js';
import type { CourseVersion } from '../versions.js';
import { Localised, useLocalised } from './localised-text.js';
import { COURSE_PATH, lessonPath } from './overview-page.js';

export interface LessonView {
  version: CourseVersion;
  lesson: LessonContent;
  index: number;
  /** The stored answers of this lesson's quiz, for a person taking the course who answered it. */
  answers: QuizAnswers | null;
  isRead: boolean;
}

function QuizQuestion({
  question,
  values,
  errors,
}: {
  question: QuestionContent;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { t } = usePage();
  const name = questionField(question.key);
  const id = fieldId(name);
  const error = errors?.[name];
  const chosen = new Set(listOf(values, name));
  const type = question.kind === 'single' ? 'radio' : 'checkbox';
  return (
    <fieldset
      class={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`}
      id={id}
      tabIndex={-1}
      aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
    >
      <legend class="kern-label">
        <Localised text={question.text} />
      </legend>
      <div class="kern-hint" id={`${id}-hint`}>
        {t(question.kind === 'single' ? 'courses.quiz.single_hint' : 'courses.quiz.multiple_hint')}
      </div>
      <FieldError id={id} error={error} />
      <div class="kern-fieldset__body vr-choices">
        {question.options.map((option) => (
          <div class="kern-form-check" key={option.key}>
            <input
              class={`kern-form-check__${type}`}
              type={type}
              id={`${id}-${option.key}`}
              name={name}
              value={option.key}
              checked={chosen.has(option.key)}
            />
            <label class="kern-label" for={`${id}-${option.key}`}>
              <Localised text={option.text} />
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** After answering: every option with whether it was chosen and right, and its explanation. */
function QuizResult({ questions, answers }: { questions: readonly QuestionContent[]; answers: QuizAnswers }) {
  const { t } = usePage();
  return (
    <div class="kern-stack">
      {questions.map((question, index) => {
        const chosen = answers[question.key] ?? [];
        const isRight = isAnsweredCorrectly(question, chosen);
        return (
          <section key={question.key} class="kern-stack vr-course-result" aria-labelledby={`result-${question.key}`}>
            <h3 class="kern-heading-small" id={`result-${question.key}`}>
              {t('courses.quiz.question_number', { number: index + 1 })} <Localised text={question.text} />
            </h3>
            <p class="kern-body">
              <strong>{t(isRight ? 'courses.quiz.right' : 'courses.quiz.wrong')}</strong>
            </p>
            <ul class="kern-list vr-course-options">
              {question.options.map((option) => (
                <li key={option.key}>
                  <p class="kern-body">
                    <Localised text={option.text} />{' '}
                    <span class="kern-body kern-body--small">
                      (
                      {[
                        chosen.includes(option.key) ? t('courses.quiz.your_choice') : null,
                        option.correct ? t('courses.quiz.correct_option') : t('courses.quiz.incorrect_option'),
                      ]
                        .filter(Boolean)
                        .join(', ')}
                      )
                    </span>
                  </p>
                  <p class="kern-body kern-body--small">
                    <Localised text={option.explanation} />
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** One lesson: its text, illustration, optional captioned video, and its quiz (a form that works without JavaScript). */
export function LessonPage({
  view,
  retry,
  values = {},
  errors,
}: {
  view: LessonView;
  retry: boolean;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { t, i18n, actor } = usePage();
  const lang = i18n.locale.code;
  const localised = useLocalised();
  const { lesson, version, index } = view;
  const lessons = version.content.lessons;
  const title = localised(lesson.title);
  const body = localised(lesson.body);
  const previous = lessons[index - 1];
  const next = lessons[index + 1];
  const quizPath = `${lessonPath(lesson.key)}/quiz`;
  const showForm = canTakeCourse(actor) && (!view.answers || retry || errors);
  return (
    <article class="kern-stack">
      <p class="kern-body kern-body--small">
        <a class="kern-link" href={href(lang, COURSE_PATH)}>
          <Localised text={version.content.title} />
        </a>{' '}
        · {t('courses.lesson.position', { number: index + 1, lessons: lessons.length, minutes: lesson.minutes })}
      </p>
      <PageHeading>
        <span lang={title.lang}>{title.text}</span>
      </PageHeading>
      {body.lang ? <p class="kern-body kern-body--small">{t('courses.lesson.not_translated')}</p> : null}
      {lesson.image ? (
        <img
          class="vr-course-image"
          src={href(lang, `${COURSE_PATH}/bilder/${lesson.image.file}`)}
          alt={localised(lesson.image.alt).text}
          lang={localised(lesson.image.alt).lang}
          width={480}
          height={240}
        />
      ) : null}
      <div
        class="vr-entries-markdown"
        lang={body.lang}
        // The lesson's text stands right under its title (h1): its own headings start at h2.
        dangerouslySetInnerHTML={{ __html: renderMarkdown(body.text, { under: 1 }) }}
      />
      {canTakeCourse(actor) && !view.isRead ? (
        <ButtonForm action={href(lang, `${lessonPath(lesson.key)}/gelesen`)} label={t('courses.lesson.mark_read')} />
      ) : null}
      {lesson.video ? (
        <LabelledSection id="video-heading" heading={t('courses.lesson.video_heading')}>
          <video class="vr-course-video" controls preload="metadata">
            <source src={href(lang, `${lessonPath(lesson.key)}/video`)} type={lesson.video.videoType} />
            <track
              kind="captions"
              src={href(lang, `${lessonPath(lesson.key)}/untertitel.vtt`)}
              srclang="de"
              label={t('courses.lesson.captions')}
              default
            />
            <a class="kern-link" href={href(lang, `${lessonPath(lesson.key)}/video`)}>
              {t('courses.lesson.video_download')}
            </a>
          </video>
        </LabelledSection>
      ) : null}

      <LabelledSection id="quiz-heading" heading={t('courses.quiz.heading')}>
        {!canTakeCourse(actor) ? (
          <p class="kern-body">
            {actor.kind === 'user' ? t('courses.overview.needs_organisation') : t('courses.quiz.sign_in')}{' '}
            <a class="kern-link" href={href(lang, actor.kind === 'user' ? '/organisation/neu' : '/anmelden')}>
              {actor.kind === 'user' ? t('courses.overview.register_organisation') : t('courses.overview.sign_in_link')}
            </a>
          </p>
        ) : showForm ? (
          <Form action={href(lang, quizPath)} labelledBy="quiz-heading">
            <ErrorSummary errors={errors} />
            {lesson.questions.map((question) => (
              <QuizQuestion key={question.key} question={question} values={values} errors={errors} />
            ))}
            <SubmitButton label={t('courses.quiz.submit')} />
          </Form>
        ) : view.answers ? (
          <>
            <QuizResult questions={lesson.questions} answers={view.answers} />
            <p class="kern-body">
              <a class="kern-link" href={href(lang, `${lessonPath(lesson.key)}?wiederholen=1#quiz-heading`)}>
                {t('courses.quiz.retry')}
              </a>
            </p>
          </>
        ) : null}
      </LabelledSection>

      <nav class="kern-stack" aria-label={t('courses.lesson.pager')}>
        <p class="kern-body">
          {previous ? (
            <a class="kern-link" href={href(lang, lessonPath(previous.key))} rel="prev">
              {t('courses.lesson.previous')}: <Localised text={previous.title} />
            </a>
          ) : null}
        </p>
        <p class="kern-body">
          {next ? (
            <a class="kern-link" href={href(lang, lessonPath(next.key))} rel="next">
              {t('courses.lesson.next')}: <Localised text={next.title} />
            </a>
          ) : canTakeCourse(actor) ? (
            <a class="kern-link" href={href(lang, `${COURSE_PATH}/abschluss`)}>
              {t('courses.overview.to_finish')}
            </a>
          ) : null}
        </p>
      </nav>
    </article>
  );
}
