import type { FieldErrors } from '../../../core/errors.js';
import type { FormValues } from '../../../core/http/forms.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { LOCALE_CODES, LOCALES, type LocaleCode } from '../../../core/i18n/locales.js';
import {
  CheckboxField,
  CsrfField,
  ErrorSummary,
  FieldError,
  Form,
  PageHeading,
  SubmissionKeyField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../ui/form.js';
import { LabelledSection } from '../../../ui/section.js';
import type { LessonContent } from '../content/index.js';
import { editorField } from '../editor-schemas.js';
import type { CourseVersion } from '../versions.js';
import { Localised } from './localised-text.js';
import { COURSE_PATH } from './overview-page.js';

export const EDITOR_PATH = `${COURSE_PATH}/redaktion`;

/** The office's desk: versions, lessons per language, revoking a certificate. */
export function EditorPage({
  version,
  versions,
  values = {},
  errors,
}: {
  version: CourseVersion;
  versions: readonly { version: number; changeNote: string | null; createdAt: Date }[];
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack">
      <PageHeading>{t('courses.admin.title')}</PageHeading>
      <p class="kern-body">{t('courses.admin.intro')}</p>
      <LabelledSection id="lessons-heading" heading={t('courses.admin.lessons_heading', { version: version.version })}>
        <ol class="kern-list kern-list--number">
          {version.content.lessons.map((lesson) => (
            <li key={lesson.key}>
              <Localised text={lesson.title} />
              <ul class="kern-list vr-course-languages">
                {LOCALE_CODES.map((code) => (
                  <li key={code}>
                    <a class="kern-link" href={href(lang, `${EDITOR_PATH}/lektionen/${lesson.key}?sprache=${code}`)}>
                      <span lang={code}>{LOCALES[code].endonym}</span>
                    </a>
                    {code !== 'de' && !lesson.title[code] ? ` (${t('courses.admin.missing')})` : ''}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </LabelledSection>
      <LabelledSection id="versions-heading" heading={t('courses.admin.versions_heading')}>
        <ul class="kern-list">
          {versions.map((row) => (
            <li key={row.version}>
              {t('courses.admin.version_line', {
                version: row.version,
                date: i18n.formatDate(row.createdAt, { dateStyle: 'long' }),
              })}
              {row.changeNote ? `: ${row.changeNote}` : ''}
            </li>
          ))}
        </ul>
      </LabelledSection>
      <LabelledSection id="revoke-heading" heading={t('courses.admin.revoke_heading')}>
        <Form action={href(lang, `${EDITOR_PATH}/widerrufen`)} labelledBy="revoke-heading">
          <ErrorSummary errors={errors} />
          <TextField
            name="code"
            label={t('courses.admin.revoke_code')}
            value={values.code}
            errors={errors}
            required
            maxLength={40}
            autocomplete="off"
          />
          <SubmitButton label={t('courses.admin.revoke_submit')} variant="secondary" />
        </Form>
      </LabelledSection>
    </div>
  );
}

/** The stored texts of one language as the form's values. */
export function lessonEditValues(lesson: LessonContent, code: LocaleCode): FormValues {
  const values: FormValues = {
    [editorField.title]: lesson.title[code] ?? '',
    [editorField.body]: lesson.body[code] ?? '',
    [editorField.minutes]: String(lesson.minutes),
  };
  if (lesson.image) values[editorField.alt] = lesson.image.alt[code] ?? '';
  for (const question of lesson.questions) {
    values[editorField.question(question.key)] = question.text[code] ?? '';
    for (const option of question.options) {
      values[editorField.option(question.key, option.key)] = option.text[code] ?? '';
      values[editorField.explanation(question.key, option.key)] = option.explanation[code] ?? '';
      if (option.correct) values[editorField.correct(question.key, option.key)] = 'on';
    }
  }
  return values;
}

/** One lesson in one language; German carries the structure (minutes, right answers, video). */
export function LessonEditorPage({
  lesson,
  code,
  values,
  errors,
}: {
  lesson: LessonContent;
  code: LocaleCode;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const isGerman = code === 'de';
  const required = isGerman;
  const hint = (text: string | undefined) =>
    isGerman || !text ? undefined : t('courses.admin.german_original', { text });
  return (
    <div class="kern-stack">
      <PageHeading id="editor-heading">
        {t('courses.admin.edit_title')}: <span lang={code}>{LOCALES[code].endonym}</span>
      </PageHeading>
      <p class="kern-body">{isGerman ? t('courses.admin.german_intro') : t('courses.admin.translation_intro')}</p>
      <ErrorSummary errors={errors} />
      <form
        method="post"
        action={href(lang, `${EDITOR_PATH}/lektionen/${lesson.key}?sprache=${code}`)}
        encType="multipart/form-data"
        class="vr-form kern-stack"
        noValidate
        aria-labelledby="editor-heading"
      >
        <CsrfField />
        <SubmissionKeyField />
        <TextField
          name={editorField.title}
          label={t('courses.admin.field_title')}
          hint={hint(lesson.title.de)}
          value={values[editorField.title]}
          errors={errors}
          required={required}
          maxLength={200}
        />
        {isGerman ? (
          <TextField
            name={editorField.minutes}
            label={t('courses.admin.field_minutes')}
            value={values[editorField.minutes]}
            errors={errors}
            required
            inputMode="numeric"
            maxLength={3}
          />
        ) : null}
        <TextArea
          name={editorField.body}
          label={t('courses.admin.field_body')}
          hint={t('courses.admin.field_body_hint')}
          value={values[editorField.body]}
          errors={errors}
          required={required}
          maxLength={12000}
          rows={16}
        />
        {lesson.image ? (
          <TextField
            name={editorField.alt}
            label={t('courses.admin.field_alt')}
            hint={hint(lesson.image.alt.de) ?? t('courses.admin.field_alt_hint')}
            value={values[editorField.alt]}
            errors={errors}
            required={required}
            maxLength={300}
          />
        ) : null}
        {lesson.questions.map((question, index) => (
          <fieldset class="kern-fieldset" key={question.key}>
            <legend class="kern-label">{t('courses.quiz.question_number', { number: index + 1 })}</legend>
            <div class="kern-fieldset__body kern-stack">
              <TextArea
                name={editorField.question(question.key)}
                label={t('courses.admin.field_question')}
                hint={hint(question.text.de)}
                value={values[editorField.question(question.key)]}
                errors={errors}
                required={required}
                maxLength={400}
                rows={2}
              />
              {question.options.map((option, optionIndex) => (
                <div class="kern-stack" key={option.key}>
                  <TextField
                    name={editorField.option(question.key, option.key)}
                    label={t('courses.admin.field_option', { number: optionIndex + 1 })}
                    hint={hint(option.text.de)}
                    value={values[editorField.option(question.key, option.key)]}
                    errors={errors}
                    required={required}
                    maxLength={300}
                  />
                  <TextArea
                    name={editorField.explanation(question.key, option.key)}
                    label={t('courses.admin.field_explanation', { number: optionIndex + 1 })}
                    hint={hint(option.explanation.de)}
                    value={values[editorField.explanation(question.key, option.key)]}
                    errors={errors}
                    required={required}
                    maxLength={600}
                    rows={2}
                  />
                  {isGerman ? (
                    <CheckboxField
                      name={editorField.correct(question.key, option.key)}
                      label={t('courses.admin.field_correct', { number: optionIndex + 1 })}
                      checked={values[editorField.correct(question.key, option.key)] === 'on'}
                    />
                  ) : null}
                </div>
              ))}
            </div>
          </fieldset>
        ))}
        {isGerman ? (
          <fieldset class="kern-fieldset">
            <legend class="kern-label">{t('courses.admin.video_legend')}</legend>
            <div class="kern-fieldset__body kern-stack">
              <p class="kern-body">{lesson.video ? t('courses.admin.video_present') : t('courses.admin.video_none')}</p>
              <VideoFileField
                name={editorField.video}
                label={t('courses.admin.field_video')}
                hint={t('courses.admin.field_video_hint')}
                accept="video/mp4,video/webm"
                errors={errors}
              />
              <VideoFileField
                name={editorField.captions}
                label={t('courses.admin.field_captions')}
                hint={t('courses.admin.field_captions_hint')}
                accept=".vtt,text/vtt"
                errors={errors}
              />
              {lesson.video ? (
                <CheckboxField
                  name={editorField.removeVideo}
                  label={t('courses.admin.field_remove_video')}
                  checked={false}
                />
              ) : null}
            </div>
          </fieldset>
        ) : null}
        <CheckboxField
          name={editorField.material}
          label={t('courses.admin.field_material')}
          checked={values[editorField.material] === 'on'}
        />
        <TextField
          name={editorField.changeNote}
          label={t('courses.admin.field_change_note')}
          hint={t('courses.admin.field_change_note_hint')}
          value={values[editorField.changeNote]}
          errors={errors}
          maxLength={500}
        />
        <SubmitButton label={t('courses.admin.save')} />
      </form>
      <p class="kern-body">
        <a class="kern-link" href={href(lang, EDITOR_PATH)}>
          {t('courses.admin.back')}
        </a>
      </p>
    </div>
  );
}

function VideoFileField(props: {
  name: string;
  label: string;
  hint: string;
  accept: string;
  errors?: FieldErrors | undefined;
}) {
  const id = `field-${props.name}`;
  const error = props.errors?.[props.name];
  const { t } = usePage();
  return (
    <div class={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={id}>
        {props.label}
        <span class="kern-label__optional"> {t('form.optional')}</span>
      </label>
      <div class="kern-hint" id={`${id}-hint`}>
        {props.hint}
      </div>
      <FieldError id={id} error={error} />
      <input
        class="kern-form-input__input"
        type="file"
        id={id}
        name={props.name}
        accept={props.accept}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
    </div>
  );
}
