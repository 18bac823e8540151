import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize } from '../../../core/auth/policy.js';
import { requireUser } from '../../../core/auth/guards.js';
import { AppError } from '../../../core/errors.js';
import { handleForm, postedFormValues, readButtonForm } from '../../../core/http/forms.js';
import { requireLocalePrefix } from '../../../core/http/locale-scope.js';
import { parseInput } from '../../../core/validation.js';
import { canCoordinate, cataloguePolicy, entryCreationHelp, reviewCityOf } from '../policy.js';
import { entryJsonLd } from './json-ld-block.js';
import { entryFormValues } from './present.js';
import {
  EmptyFormSchema,
  EntryParamsSchema,
  KindParamsSchema,
  ReturnSchema,
  TranslationParamsSchema,
  TranslationSchema,
  kindFromSlug,
  entryFormParser,
} from './schemas.js';
import { archiveEntry } from './use-cases/archive-entry.js';
import { confirmEntry } from './use-cases/confirm-entry.js';
import { createEntry } from './use-cases/create-entry.js';
import { getEntryForEdit } from './use-cases/get-entry-for-edit.js';
import { getEntryPage } from './use-cases/get-entry-page.js';
import { listOverlaps, listOwnEntries, listReviewQueue } from './use-cases/list-entries.js';
import { publishEntry, returnEntry } from './use-cases/review-entry.js';
import { saveTranslation } from './use-cases/save-translation.js';
import { submitEntry } from './use-cases/submit-entry.js';
import { updateEntry } from './use-cases/update-entry.js';
import { EntryPage } from './views/entry-page.js';
import { OverlapsPage, OwnEntriesPage, ReviewQueuePage } from './views/list-pages.js';
import { ChooseKindPage, EditEntryPage, NewEntryPage } from './views/manage-pages.js';
import { getEventRegistration } from '../events/index.js';

export async function entryRoutes(app: FastifyInstance): Promise<void> {
  requireLocalePrefix(app);
  const { services } = app;
  const lang = (request: FastifyRequest) => request.i18n.locale.code;
  const t = (request: FastifyRequest, key: string, values?: Record<string, string>) => request.i18n.t(key, values);
  const redirectTo = (request: FastifyRequest, reply: FastifyReply, path: string, flash?: string) => {
    if (flash) reply.setFlash('success', flash);
    return reply.redirect(`/${lang(request)}${path}`, 303);
  };

  app.get('/eintraege/neu', async (request, reply) => {
    const actor = requireUser(request.actor);
    authorize(actor, cataloguePolicy, 'create', undefined, entryCreationHelp(actor));
    return reply.renderPage(<ChooseKindPage />, { title: t(request, 'catalogue_entries.new.choose_title') });
  });

  app.get('/eintraege/neu/:kind', async (request, reply) => {
    const kind = kindFromSlug(parseInput(KindParamsSchema, request.params).kind);
    if (!kind) throw new AppError('not_found');
    const actor = requireUser(request.actor);
    authorize(actor, cataloguePolicy, 'create', undefined, entryCreationHelp(actor));
    return reply.renderPage(<NewEntryPage kind={kind} />, {
      title: t(request, 'catalogue_entries.new.title', { kind: t(request, `catalogue.kinds.${kind}`) }),
    });
  });

  app.post('/eintraege/neu/:kind', async (request, reply) => {
    const kind = kindFromSlug(parseInput(KindParamsSchema, request.params).kind);
    if (!kind) throw new AppError('not_found');
    const actor = requireUser(request.actor);
    authorize(actor, cataloguePolicy, 'create', undefined, entryCreationHelp(actor));
    const title = t(request, 'catalogue_entries.new.title', { kind: t(request, `catalogue.kinds.${kind}`) });
    return handleForm(request, reply, {
      schema: entryFormParser(kind),
      render: (values, errors) => <NewEntryPage kind={kind} values={values} errors={errors} />,
      title,
      onValid: async (input) => {
        const result = await createEntry({ services, actor, input, ip: request.ip });
        if (result.kind === 'similar_found') {
          const values = postedFormValues(request.body);
          return reply.renderPage(<NewEntryPage kind={kind} values={values} similar={result.similar} />, { title });
        }
        return redirectTo(request, reply, `/eintraege/${result.id}/bearbeiten`, 'catalogue_entries.new.done');
      },
    });
  });

  app.get('/eintraege/:id', async (request, reply) => {
    const { id } = parseInput(EntryParamsSchema, request.params);
    const data = await getEntryPage({ services, actor: request.actor, entryId: id, locale: lang(request) });
    const isPublic = data.entry.status === 'published' && !data.entry.hidden_at;
    const registration =
      data.entry.kind === 'event' && isPublic
        ? await getEventRegistration({ services, actor: request.actor, eventId: id })
        : null;
    const jsonLd = isPublic
      ? entryJsonLd(data, { baseUrl: services.config.baseUrl, remainingCapacity: registration?.freePlaces ?? null })
      : null;
    return reply.renderPage(<EntryPage data={data} jsonLd={jsonLd} registration={registration} />, {
      title: data.text.title,
      description: data.text.summary.slice(0, 300),
      languages: data.languages,
      shareCard: isPublic ? { title: data.text.title, description: data.text.summary.slice(0, 300) } : undefined,
    });
  });

  app.get('/eintraege/:id/bearbeiten', async (request, reply) => {
    const { id } = parseInput(EntryParamsSchema, request.params);
    const data = await getEntryForEdit({ services, actor: requireUser(request.actor), entryId: id });
    return reply.renderPage(<EditEntryPage data={data} values={entryFormValues(data.entry)} />, {
      title: t(request, 'catalogue_entries.edit.title', { title: data.entry.title }),
    });
  });

  app.post('/eintraege/:id/bearbeiten', async (request, reply) => {
    const { id } = parseInput(EntryParamsSchema, request.params);
    const actor = requireUser(request.actor);
    const data = await getEntryForEdit({ services, actor, entryId: id });
    return handleForm(request, reply, {
      schema: entryFormParser(data.entry.kind),
      render: (values, errors) => <EditEntryPage data={data} values={values} errors={errors} />,
      title: t(request, 'catalogue_entries.edit.title', { title: data.entry.title }),
      onValid: async (input) => {
        const { backToReview } = await updateEntry({ services, actor, entryId: id, input, ip: request.ip });
        return redirectTo(
          request,
          reply,
          `/eintraege/${id}/bearbeiten`,
          backToReview ? 'catalogue_entries.edit.saved_back_to_review' : 'catalogue_entries.edit.saved',
        );
      },
    });
  });

  app.post('/eintraege/:id/uebersetzungen/:locale', async (request, reply) => {
    const { id, locale } = parseInput(TranslationParamsSchema, request.params);
    const actor = requireUser(request.actor);
    const data = await getEntryForEdit({ services, actor, entryId: id });
    return handleForm(request, reply, {
      schema: TranslationSchema,
      render: (values, errors) => (
        <EditEntryPage data={data} values={entryFormValues(data.entry)} translationError={{ locale, values, errors }} />
      ),
      title: t(request, 'catalogue_entries.edit.title', { title: data.entry.title }),
      onValid: async (input) => {
        const { backToReview } = await saveTranslation({ services, actor, entryId: id, locale, input, ip: request.ip });
        return redirectTo(
          request,
          reply,
          `/eintraege/${id}/bearbeiten`,
          backToReview ? 'catalogue_entries.edit.saved_back_to_review' : 'catalogue_entries.translations.saved',
        );
      },
    });
  });

  const ownerStep = (path: string, run: typeof submitEntry, flash: string) =>
    app.post(`/eintraege/:id/${path}`, async (request, reply) => {
      const { id } = parseInput(EntryParamsSchema, request.params);
      const actor = requireUser(request.actor);
      readButtonForm(request, EmptyFormSchema);
      await run({ services, actor, entryId: id, ip: request.ip });
      return redirectTo(request, reply, `/eintraege/${id}`, flash);
    });
  ownerStep('einreichen', submitEntry, 'catalogue_entries.edit.submitted');
  ownerStep('archivieren', archiveEntry, 'catalogue_entries.edit.archived');
  ownerStep('bestaetigen', confirmEntry, 'catalogue_entries.stale.confirmed');

  app.post('/verwaltung/eintraege/:id/veroeffentlichen', async (request, reply) => {
    const { id } = parseInput(EntryParamsSchema, request.params);
    const actor = requireUser(request.actor);
    readButtonForm(request, EmptyFormSchema);
    await publishEntry({ services, actor, entryId: id, ip: request.ip });
    return redirectTo(request, reply, '/verwaltung/eintraege', 'catalogue_entries.review.published');
  });

  app.post('/verwaltung/eintraege/:id/zurueckgeben', async (request, reply) => {
    const { id } = parseInput(EntryParamsSchema, request.params);
    const actor = requireUser(request.actor);
    const { note } = readButtonForm(request, ReturnSchema);
    await returnEntry({ services, actor, entryId: id, note, ip: request.ip });
    return redirectTo(request, reply, '/verwaltung/eintraege', 'catalogue_entries.review.returned');
  });

  app.get('/verwaltung/eintraege', async (request, reply) => {
    const actor = requireUser(request.actor);
    const entries = await listReviewQueue({ services, actor });
    const page = <ReviewQueuePage entries={entries} city={reviewCityOf(actor)} canSeeOverlaps={canCoordinate(actor)} />;
    return reply.renderPage(page, {
      title: t(request, 'catalogue_entries.queue.title'),
    });
  });

  app.get('/verwaltung/ueberschneidungen', async (request, reply) => {
    const groups = await listOverlaps({ services, actor: requireUser(request.actor) });
    return reply.renderPage(<OverlapsPage groups={groups} />, {
      title: t(request, 'catalogue_entries.overlaps.title'),
    });
  });

  app.get('/organisation/eintraege', async (request, reply) => {
    const entries = await listOwnEntries({ services, actor: requireUser(request.actor) });
    return reply.renderPage(<OwnEntriesPage entries={entries} />, { title: t(request, 'catalogue_entries.own.title') });
  });
}
