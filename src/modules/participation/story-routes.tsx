import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireUser } from '../../core/auth/guards.js';
import type { UserActor } from '../../core/auth/actor.js';
import { allows, authorize } from '../../core/auth/policy.js';
import type { FieldErrors } from '../../core/errors.js';
import { handleForm, readButtonForm, type FormValues } from '../../core/http/forms.js';
import { parseInput } from '../../core/validation.js';
import { participationPolicy } from './policy.js';
import {
  CampaignSchema,
  EmptyFormSchema,
  IdParamsSchema,
  StoryImageSchema,
  StorySchema,
  TranslationSchema,
} from './schemas.js';
import { getStoryImage } from './use-cases/get-story-image.js';
import { saveStoryImage } from './use-cases/save-story-image.js';
import { changeTextStatus } from './use-cases/change-text-status.js';
import { getText } from './use-cases/get-text.js';
import { listOwnTexts, listPublishedTexts } from './use-cases/list-texts.js';
import { loadText, type TextItem } from './use-cases/load-text.js';
import { saveText } from './use-cases/save-text.js';
import { saveTranslation } from './use-cases/save-translation.js';
import {
  CAMPAIGNS_PATH,
  OwnTextsPage,
  STORIES_PATH,
  StoriesPage,
  TextFormPage,
  TextPage,
  textPath,
} from './views/story-pages.js';

const itemValues = (item: TextItem): FormValues => ({
  title: item.title,
  summary: item.summary,
  body: item.body,
  field_of_action: item.fieldOfAction ?? undefined,
  campaign_id: item.campaignId ?? '',
  catalogue_entry_id: item.catalogueEntryId ?? '',
});

/** Campaigns and good-practice stories: public pages with share cards, writing, translations, review. */
export async function storyRoutes(app: FastifyInstance): Promise<void> {
  const { services } = app;
  const to = (request: FastifyRequest, path: string) => `/${request.i18n.locale.code}${path}`;
  const publishedCampaigns = async () => (await listPublishedTexts({ services, limit: 1 })).campaigns;

  app.get(STORIES_PATH, async (request, reply) => {
    const { campaigns, stories } = await listPublishedTexts({ services, locale: request.i18n.locale.code, limit: 60 });
    return reply.renderPage(
      <StoriesPage
        campaigns={campaigns}
        stories={stories}
        canWrite={allows(request.actor, participationPolicy, 'write_story')}
      />,
      {
        title: request.i18n.t('participation_stories.title'),
        description: request.i18n.t('participation_stories.intro'),
      },
    );
  });

  app.get('/beteiligung/meine-beitraege', async (request, reply) => {
    const actor = requireUser(request.actor);
    authorize(actor, participationPolicy, 'write_story', undefined);
    const { own, toReview } = await listOwnTexts({ services, actor });
    return reply.renderPage(
      <OwnTextsPage
        own={own}
        toReview={toReview}
        canWriteCampaign={allows(actor, participationPolicy, 'write_campaign')}
      />,
      { title: request.i18n.t('participation_stories.own.title') },
    );
  });

  for (const kind of ['story', 'campaign'] as const) {
    const base = kind === 'story' ? STORIES_PATH : CAMPAIGNS_PATH;
    const writeAction = kind === 'story' ? 'write_story' : 'write_campaign';
    const schema = kind === 'story' ? StorySchema : CampaignSchema;
    const formTitle = (request: FastifyRequest, editing: boolean) =>
      request.i18n.t(`participation_stories.form.${kind}_${editing ? 'edit' : 'new'}`);
    const renderForm = async (
      request: FastifyRequest,
      reply: FastifyReply,
      form: {
        item?: TextItem;
        values?: FormValues;
        errors?: FieldErrors;
        translation?: { values: FormValues; errors: FieldErrors };
        image?: { values: FormValues; errors: FieldErrors };
        status?: number;
      },
    ) =>
      reply.renderPage(
        <TextFormPage
          kind={kind}
          item={form.item}
          campaigns={kind === 'story' ? await publishedCampaigns() : []}
          values={form.values ?? (form.item ? itemValues(form.item) : {})}
          errors={form.errors}
          translation={form.translation}
          image={form.image}
        />,
        { title: formTitle(request, form.item !== undefined), status: form.status ?? 200 },
      );
    const ownDraft = async (actor: UserActor, id: string) => {
      const item = await loadText(services.db, kind, id);
      authorize(
        actor,
        participationPolicy,
        'edit_story',
        { organisationId: item.organisationId, createdBy: item.createdBy, status: item.status },
        { code: 'not_found' },
      );
      return item;
    };

    app.get(`${base}/neu`, async (request, reply) => {
      authorize(requireUser(request.actor), participationPolicy, writeAction, undefined);
      return renderForm(request, reply, {});
    });
    app.post(`${base}/neu`, async (request, reply) => {
      const actor = requireUser(request.actor);
      authorize(actor, participationPolicy, writeAction, undefined);
      return handleForm(request, reply, {
        schema,
        showAgain: (values, errors, status) => renderForm(request, reply, { values, errors, status }),
        onValid: async (input) => {
          const id = await saveText({
            services,
            actor,
            ip: request.ip,
            ...(kind === 'story' ? { kind, input: input as never } : { kind, input: input }),
          });
          return reply
            .setFlash('success', 'participation_stories.saved')
            .redirect(to(request, textPath(kind, id)), 303);
        },
      });
    });
    app.get(`${base}/:id`, async (request, reply) => {
      const { id } = parseInput(IdParamsSchema, request.params);
      const view = await getText({ services, actor: request.actor, kind, id, locale: request.i18n.locale.code });
      const imagePath =
        view.item.imageKey && view.item.imageAlt ? `/${request.i18n.locale.code}${base}/${id}/bild` : null;
      return reply.renderPage(<TextPage view={view} imageUrl={imagePath} />, {
        title: view.shown.title,
        description: view.shown.summary,
        languages: ['de', ...view.item.translations.map((translation) => translation.locale)],
        shareCard: {
          title: view.shown.title,
          description: view.shown.summary,
          image: imagePath && view.item.imageAlt ? { path: imagePath, alt: view.item.imageAlt } : undefined,
        },
      });
    });
    app.get(`${base}/:id/bearbeiten`, async (request, reply) => {
      const { id } = parseInput(IdParamsSchema, request.params);
      const item = await ownDraft(requireUser(request.actor), id);
      return renderForm(request, reply, { item });
    });
    app.post(`${base}/:id/bearbeiten`, async (request, reply) => {
      const actor = requireUser(request.actor);
      const { id } = parseInput(IdParamsSchema, request.params);
      const item = await ownDraft(actor, id);
      return handleForm(request, reply, {
        schema,
        showAgain: (values, errors, status) => renderForm(request, reply, { item, values, errors, status }),
        onValid: async (input) => {
          await saveText({
            services,
            actor,
            id,
            ip: request.ip,
            ...(kind === 'story' ? { kind, input: input as never } : { kind, input: input }),
          });
          return reply
            .setFlash('success', 'participation_stories.saved')
            .redirect(to(request, textPath(kind, id)), 303);
        },
      });
    });
    if (kind === 'story') {
      app.get(`${base}/:id/bild`, async (request, reply) => {
        const { id } = parseInput(IdParamsSchema, request.params);
        const file = await getStoryImage({ services, actor: request.actor, storyId: id });
        return reply
          .header('content-type', file.contentType)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'public, max-age=300')
          .send(Buffer.from(file.bytes));
      });
      app.post(`${base}/:id/bild`, async (request, reply) => {
        const actor = requireUser(request.actor);
        const { id } = parseInput(IdParamsSchema, request.params);
        const item = await ownDraft(actor, id);
        return handleForm(request, reply, {
          schema: StoryImageSchema,
          showAgain: (values, errors, status) =>
            renderForm(request, reply, { item, image: { values, errors }, status }),
          onValid: async (input) => {
            await saveStoryImage({ services, actor, storyId: id, input, ip: request.ip });
            return reply
              .setFlash('success', 'participation_stories.image.saved')
              .redirect(to(request, `${textPath(kind, id)}/bearbeiten`), 303);
          },
        });
      });
    }
    app.post(`${base}/:id/uebersetzung`, async (request, reply) => {
      const actor = requireUser(request.actor);
      const { id } = parseInput(IdParamsSchema, request.params);
      const item = await ownDraft(actor, id);
      return handleForm(request, reply, {
        schema: TranslationSchema,
        showAgain: (values, errors, status) =>
          renderForm(request, reply, { item, translation: { values, errors }, status }),
        onValid: async (input) => {
          await saveTranslation({ services, actor, kind, id, input, ip: request.ip });
          return reply
            .setFlash('success', 'participation_stories.translation.saved')
            .redirect(to(request, `${textPath(kind, id)}/bearbeiten`), 303);
        },
      });
    });
    for (const [segment, step] of [
      ['einreichen', 'submit'],
      ['freigeben', 'publish'],
      ['zurueckgeben', 'return'],
    ] as const)
      app.post(`${base}/:id/${segment}`, async (request, reply) => {
        const actor = requireUser(request.actor);
        const { id } = parseInput(IdParamsSchema, request.params);
        readButtonForm(request, EmptyFormSchema);
        await changeTextStatus({ services, actor, kind, id, step, ip: request.ip });
        const next = step === 'submit' ? textPath(kind, id) : '/beteiligung/meine-beitraege';
        return reply.setFlash('success', `participation_stories.done.${step}`).redirect(to(request, next), 303);
      });
  }
}
