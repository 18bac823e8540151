import type { FieldErrors } from '../../../core/errors.js';
import type { FormValues } from '../../../core/http/forms.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { LOCALES } from '../../../core/i18n/locales.js';
import { DataTable } from '../../../ui/data-table.js';
import {
  ButtonForm,
  CsrfField,
  FieldShell,
  ErrorSummary,
  Form,
  PageHeading,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../ui/form.js';
import { LabelledSection } from '../../../ui/section.js';
import { renderMarkdown } from '../../catalogue/index.js';
import { FIELDS_OF_WORK, TRANSLATED_LOCALES } from '../tables.js';
import type { TextView } from '../use-cases/get-text.js';
import type { TextItem, TextKind } from '../use-cases/load-text.js';
import type { TextLine } from '../use-cases/list-texts.js';

interface FormState {
  values?: FormValues;
  errors?: FieldErrors;
}

export const STORIES_PATH = '/beteiligung/geschichten';
export const CAMPAIGNS_PATH = '/beteiligung/kampagnen';
export const textPath = (kind: TextKind, id: string) => `${kind === 'story' ? STORIES_PATH : CAMPAIGNS_PATH}/${id}`;

export function TextCards({ items, headingLevel = 3 }: { items: TextLine[]; headingLevel?: 2 | 3 }) {
  const { i18n } = usePage();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul class="vr-card-grid">
      {items.map((item) => (
        <li class="kern-card" key={item.id}>
          <div class="kern-card__container">
            {item.hasImage ? (
              <div class="kern-card__media">
                {/* Decoration here: the title links to the story, whose page describes the picture. */}
                <img
                  src={href(i18n.locale.code, `${textPath(item.kind, item.id)}/bild`)}
                  alt=""
                  width={640}
                  height={360}
                />
              </div>
            ) : null}
            <div class="kern-card__header">
              <Heading class="kern-title">
                <a class="kern-link" href={href(i18n.locale.code, textPath(item.kind, item.id))}>
                  <bdi lang={item.lang === i18n.locale.code ? undefined : item.lang}>{item.title}</bdi>
                </a>
              </Heading>
            </div>
            <div class="kern-card__body">
              <p class="kern-body" dir="auto" lang={item.lang === i18n.locale.code ? undefined : item.lang}>
                {item.summary}
              </p>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

export function StoriesPage({
  campaigns,
  stories,
  canWrite,
}: {
  campaigns: TextLine[];
  stories: TextLine[];
  canWrite: boolean;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack">
      <PageHeading>{t('participation_stories.title')}</PageHeading>
      <p class="kern-body">{t('participation_stories.intro')}</p>
      {canWrite ? (
        <p class="kern-body vr-participation-actions">
          <a class="kern-link" href={href(lang, `${STORIES_PATH}/neu`)}>
            {t('participation_stories.new')}
          </a>
          <a class="kern-link" href={href(lang, '/beteiligung/meine-beitraege')}>
            {t('participation_stories.own.title')}
          </a>
        </p>
      ) : null}
      <LabelledSection id="campaigns-heading" heading={t('participation_stories.campaigns')}>
        {campaigns.length === 0 ? (
          <p class="kern-body">{t('participation_stories.no_campaigns')}</p>
        ) : (
          <TextCards items={campaigns} />
        )}
      </LabelledSection>
      <LabelledSection id="stories-heading" heading={t('participation_stories.stories')}>
        {stories.length === 0 ? (
          <p class="kern-body">{t('participation_stories.no_stories')}</p>
        ) : (
          <TextCards items={stories} />
        )}
      </LabelledSection>
    </div>
  );
}

export function TextPage({ view, imageUrl }: { view: TextView; imageUrl: string | null }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const { item, shown } = view;
  const base = textPath(item.kind, item.id);
  const foreign = shown.lang !== lang;
  return (
    <article class="kern-stack">
      <PageHeading>
        <span lang={foreign ? shown.lang : undefined} dir="auto">
          {shown.title}
        </span>
      </PageHeading>
      {item.status !== 'published' ? (
        <p class="kern-body">
          <strong>{t(`participation_stories.status.${item.status}`)}</strong>
        </p>
      ) : null}
      {foreign ? <p class="kern-body kern-body--small">{t('participation_stories.not_translated')}</p> : null}
      <p class="kern-body kern-body--large" lang={foreign ? shown.lang : undefined} dir="auto">
        {shown.summary}
      </p>
      {item.fieldOfAction ? (
        <p class="kern-body kern-body--small">
          {t('participation_stories.field_label')}: {t(`participation_stories.fields_of_work.${item.fieldOfAction}`)}
        </p>
      ) : null}
      {imageUrl && item.imageAlt ? (
        // The alternative text is written with the German original; a reader's screen reader must know.
        <img
          class="vr-participation-story-image"
          src={imageUrl}
          alt={item.imageAlt}
          lang={lang === 'de' ? undefined : 'de'}
        />
      ) : null}
      <div
        class="vr-entries-markdown"
        lang={foreign ? shown.lang : undefined}
        dir="auto"
        // The story's text stands right under its title (h1): its own headings start at h2.
        dangerouslySetInnerHTML={{ __html: renderMarkdown(shown.body, { under: 1 }) }}
      />
      {item.catalogueEntryId ? (
        <p class="kern-body">
          <a class="kern-link" href={href(lang, `/eintraege/${item.catalogueEntryId}`)}>
            {t('participation_stories.catalogue_link')}
          </a>
        </p>
      ) : null}
      {item.campaignId ? (
        <p class="kern-body">
          <a class="kern-link" href={href(lang, textPath('campaign', item.campaignId))}>
            {t('participation_stories.to_campaign')}
          </a>
        </p>
      ) : null}
      {view.stories.length > 0 ? (
        <LabelledSection id="campaign-stories-heading" heading={t('participation_stories.campaign_stories')}>
          <TextCards items={view.stories} />
        </LabelledSection>
      ) : null}
      {view.canEdit ? (
        <div class="vr-participation-actions">
          <a class="kern-link" href={href(lang, `${base}/bearbeiten`)}>
            {t('participation_stories.edit')}
          </a>
          <ButtonForm
            action={href(lang, `${base}/einreichen`)}
            label={t('participation_stories.submit_review')}
            variant="primary"
          />
        </div>
      ) : null}
      {view.canReview ? (
        <div class="vr-participation-actions">
          <ButtonForm
            action={href(lang, `${base}/freigeben`)}
            label={t('participation_stories.publish')}
            variant="primary"
          />
          <ButtonForm action={href(lang, `${base}/zurueckgeben`)} label={t('participation_stories.return')} />
        </div>
      ) : null}
      <p class="kern-body">
        <a class="kern-link" href={href(lang, STORIES_PATH)}>
          {t('participation_stories.all')}
        </a>
      </p>
    </article>
  );
}

export function TextFormPage({
  kind,
  item,
  campaigns,
  values = {},
  errors,
  translation = {},
  image = {},
}: FormState & {
  kind: TextKind;
  item?: TextItem;
  campaigns: { id: string; title: string }[];
  translation?: FormState;
  image?: FormState;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const action = item
    ? `${textPath(kind, item.id)}/bearbeiten`
    : `${kind === 'story' ? STORIES_PATH : CAMPAIGNS_PATH}/neu`;
  const heading = t(`participation_stories.form.${kind}_${item ? 'edit' : 'new'}`);
  return (
    <div class="kern-stack">
      <PageHeading>{heading}</PageHeading>
      <ErrorSummary errors={errors} />
      <Form action={href(lang, action)}>
        <TextField
          name="title"
          label={t('participation_stories.form.title')}
          value={values.title}
          errors={errors}
          required
        />
        <TextArea
          name="summary"
          rows={3}
          label={t('participation_stories.form.summary')}
          value={values.summary}
          errors={errors}
          required
        />
        <TextArea
          name="body"
          rows={14}
          label={t('participation_stories.form.body')}
          hint={t('participation.markdown_hint')}
          value={values.body}
          errors={errors}
        />
        {kind === 'story' ? (
          <>
            <SelectField
              name="field_of_action"
              label={t('participation_stories.field_label')}
              value={values.field_of_action}
              errors={errors}
              options={FIELDS_OF_WORK.map((field) => ({
                value: field,
                label: t(`participation_stories.fields_of_work.${field}`),
              }))}
            />
            <SelectField
              name="campaign_id"
              label={t('participation_stories.form.campaign')}
              value={values.campaign_id}
              errors={errors}
              emptyLabel={t('participation_stories.form.no_campaign')}
              options={campaigns.map((campaign) => ({ value: campaign.id, label: campaign.title }))}
            />
            <TextField
              name="catalogue_entry_id"
              label={t('participation_stories.form.catalogue_entry')}
              hint={t('participation_stories.form.catalogue_entry_hint')}
              value={values.catalogue_entry_id}
              errors={errors}
            />
          </>
        ) : null}
        <SubmitButton label={t('participation_stories.form.save')} />
      </Form>
      {item && kind === 'story' ? (
        <LabelledSection id="image-heading" heading={t('participation_stories.image.heading')}>
          <p class="kern-body">
            {item.imageKey
              ? t('participation_stories.image.has', { alt: item.imageAlt ?? '' })
              : t('participation_stories.image.none')}
          </p>
          <ErrorSummary errors={image.errors} idPrefix="img-" />
          <form
            method="post"
            action={href(lang, `${textPath(kind, item.id)}/bild`)}
            enctype="multipart/form-data"
            class="vr-form kern-stack"
            noValidate
          >
            <CsrfField />
            <FieldShell
              name="image"
              idPrefix="img-"
              label={t('participation_stories.image.file')}
              hint={t('participation_stories.image.file_hint')}
              errors={image.errors}
              control={({ id, invalid, describedBy }) => (
                <input
                  class="kern-form-input__input"
                  id={id}
                  name="image"
                  type="file"
                  accept="image/png,image/jpeg,image/webp"
                  aria-invalid={invalid ? 'true' : undefined}
                  aria-describedby={describedBy}
                />
              )}
            />
            <TextField
              name="image_alt"
              idPrefix="img-"
              label={t('participation_stories.image.alt')}
              hint={t('participation_stories.image.alt_hint')}
              value={image.values?.image_alt ?? item.imageAlt ?? ''}
              errors={image.errors}
              required
            />
            <SubmitButton label={t('participation_stories.image.save')} variant="secondary" />
          </form>
        </LabelledSection>
      ) : null}
      {item ? (
        <LabelledSection id="translation-heading" heading={t('participation_stories.translation.heading')}>
          <p class="kern-body">
            {item.translations.length === 0
              ? t('participation_stories.translation.none')
              : t('participation_stories.translation.existing', {
                  languages: item.translations.map((entry) => LOCALES[entry.locale].endonym).join(', '),
                })}
          </p>
          <ErrorSummary errors={translation.errors} idPrefix="tr-" />
          <Form action={href(lang, `${textPath(kind, item.id)}/uebersetzung`)}>
            <SelectField
              name="locale"
              idPrefix="tr-"
              label={t('participation_stories.translation.language')}
              value={translation.values?.locale}
              errors={translation.errors}
              options={TRANSLATED_LOCALES.map((code) => ({ value: code, label: LOCALES[code].endonym, lang: code }))}
            />
            <TextField
              name="title"
              idPrefix="tr-"
              label={t('participation_stories.form.title')}
              value={translation.values?.title}
              errors={translation.errors}
              required
            />
            <TextArea
              name="summary"
              idPrefix="tr-"
              rows={3}
              label={t('participation_stories.form.summary')}
              value={translation.values?.summary}
              errors={translation.errors}
              required
            />
            <TextArea
              name="body"
              idPrefix="tr-"
              rows={10}
              label={t('participation_stories.form.body')}
              value={translation.values?.body}
              errors={translation.errors}
            />
            <SubmitButton label={t('participation_stories.translation.save')} variant="secondary" />
          </Form>
        </LabelledSection>
      ) : null}
    </div>
  );
}

export function OwnTextsPage({
  own,
  toReview,
  canWriteCampaign,
}: {
  own: TextLine[];
  toReview: TextLine[];
  canWriteCampaign: boolean;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const table = (caption: string, rows: TextLine[], empty: string) => (
    <DataTable
      caption={caption}
      isCaptionVisible
      rows={rows}
      rowKey={(row) => row.id}
      empty={empty}
      columns={[
        {
          header: t('participation_stories.form.title'),
          isRowHeader: true,
          cell: (row) => (
            <a class="kern-link" href={href(lang, textPath(row.kind, row.id))}>
              <bdi>{row.title}</bdi>
            </a>
          ),
        },
        { header: t('participation_stories.own.kind'), cell: (row) => t(`participation_stories.kinds.${row.kind}`) },
        {
          header: t('participation_stories.own.status'),
          cell: (row) => t(`participation_stories.status.${row.status}`),
        },
      ]}
    />
  );
  return (
    <div class="kern-stack">
      <PageHeading>{t('participation_stories.own.title')}</PageHeading>
      <p class="kern-body vr-participation-actions">
        <a class="kern-link" href={href(lang, `${STORIES_PATH}/neu`)}>
          {t('participation_stories.new')}
        </a>
        {canWriteCampaign ? (
          <a class="kern-link" href={href(lang, `${CAMPAIGNS_PATH}/neu`)}>
            {t('participation_stories.new_campaign')}
          </a>
        ) : null}
      </p>
      {canWriteCampaign
        ? table(t('participation_stories.own.to_review'), toReview, t('participation_stories.own.none_to_review'))
        : null}
      {table(t('participation_stories.own.caption'), own, t('participation_stories.own.none'))}
    </div>
  );
}
