import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireUser } from '../../../core/auth/guards.js';
import { AppError } from '../../../core/errors.js';
import { postedFormValues, type FormValues } from '../../../core/http/forms.js';
import { requireLocalePrefix } from '../../../core/http/locale-scope.js';
import { parseInput, safeParseInput, withoutCsrf } from '../../../core/validation.js';
import { languageFormValues } from '../ranking/inputs.js';
import { dateColumnDay } from '../../../core/time/calendar-day.js';
import { positionJsonLd } from './json-ld.js';
import { canCreatePositions } from './policy.js';
import { loadPositionFor, positionRef } from './records.js';
import { EmptyFormSchema, PositionFormSchema, PositionParamsSchema, PositionSearchSchema } from './schemas.js';
import { closePosition, publishPosition } from './use-cases/change-position-status.js';
import { getPosition, listOwnPositions, searchPositions } from './use-cases/query-positions.js';
import { createPosition, updatePosition } from './use-cases/save-position.js';
import { EditPositionPage, NewPositionPage, OwnPositionsPage, PositionPage } from './views/position-pages.js';
import { PositionSearchPage } from './views/search-page.js';
import type { Position } from '../../../core/db/schema.js';

function positionValues(position: Position): FormValues {
  return {
    kind: position.kind,
    occupation_id: position.occupation_id,
    title: position.title,
    description: position.description,
    postcode: position.postcode,
    address: position.address ?? '',
    starts_on: dateColumnDay(position.starts_on),
    places: String(position.places),
    required_certificate: position.required_certificate,
    benefits: position.benefits,
    deadline: dateColumnDay(position.deadline),
    ...languageFormValues(position.languages),
  };
}

export async function positionRoutes(app: FastifyInstance): Promise<void> {
  requireLocalePrefix(app);
  const { services } = app;
  const t = (request: FastifyRequest, key: string, values?: Record<string, string>) => request.i18n.t(key, values);
  const redirectTo = (request: FastifyRequest, reply: FastifyReply, path: string, flash: string) => {
    reply.setFlash('success', flash);
    return reply.redirect(`/${request.i18n.locale.code}${path}`, 303);
  };

  app.get('/stellen', async (request, reply) => {
    const values = postedFormValues(request.query);
    const parsed = safeParseInput(PositionSearchSchema, request.query);
    const title = t(request, 'matching_core.search.title');
    if (!parsed.ok)
      return reply.renderPage(
        <PositionSearchPage values={values} errors={parsed.fields} items={[]} total={0} page={1} />,
        { title, status: 400 },
      );
    const { items, total } = await searchPositions({ services, filters: parsed.data });
    return reply.renderPage(
      <PositionSearchPage values={values} items={items} total={total} page={parsed.data.page} />,
      { title },
    );
  });

  app.get('/stellen/neu', async (request, reply) => {
    if (!canCreatePositions(requireUser(request.actor))) throw new AppError('forbidden');
    return reply.renderPage(<NewPositionPage />, { title: t(request, 'matching_core.position.new_title') });
  });

  app.post('/stellen/neu', async (request, reply) => {
    const actor = requireUser(request.actor);
    if (!canCreatePositions(actor)) throw new AppError('forbidden');
    const title = t(request, 'matching_core.position.new_title');
    const parsed = safeParseInput(PositionFormSchema, withoutCsrf(request.body));
    if (!parsed.ok)
      return reply.renderPage(<NewPositionPage values={postedFormValues(request.body)} errors={parsed.fields} />, {
        title,
        status: 400,
      });
    const id = await createPosition({ services, actor, input: parsed.data, ip: request.ip });
    return redirectTo(request, reply, `/stellen/${id}`, 'matching_core.position.created');
  });

  app.get('/stellen/:id', async (request, reply) => {
    const { id } = parseInput(PositionParamsSchema, request.params);
    const data = await getPosition({ services, actor: request.actor, positionId: id });
    const ref = positionRef(data.position);
    const isPublic = ref.status === 'published' && !ref.isExpired;
    const url = `${services.config.baseUrl}/de/stellen/${id}`;
    const jsonLd = isPublic ? positionJsonLd(data.position, { organisationName: data.organisationName, url }) : null;
    return reply.renderPage(<PositionPage data={data} jsonLd={jsonLd} />, {
      title: data.position.title,
      description: data.position.description.slice(0, 300),
    });
  });

  app.get('/stellen/:id/bearbeiten', async (request, reply) => {
    const { id } = parseInput(PositionParamsSchema, request.params);
    const position = await loadPositionFor(services.db, requireUser(request.actor), 'edit', id);
    return reply.renderPage(<EditPositionPage position={position} values={positionValues(position)} />, {
      title: t(request, 'matching_core.position.edit_title', { title: position.title }),
    });
  });

  app.post('/stellen/:id/bearbeiten', async (request, reply) => {
    const { id } = parseInput(PositionParamsSchema, request.params);
    const actor = requireUser(request.actor);
    const position = await loadPositionFor(services.db, actor, 'edit', id);
    const parsed = safeParseInput(PositionFormSchema, withoutCsrf(request.body));
    if (!parsed.ok) {
      return reply.renderPage(
        <EditPositionPage position={position} values={postedFormValues(request.body)} errors={parsed.fields} />,
        {
          title: t(request, 'matching_core.position.edit_title', { title: position.title }),
          status: 400,
        },
      );
    }
    await updatePosition({ services, actor, positionId: id, input: parsed.data, ip: request.ip });
    return redirectTo(request, reply, `/stellen/${id}`, 'matching_core.position.saved');
  });

  app.post('/stellen/:id/veroeffentlichen', async (request, reply) => {
    const { id } = parseInput(PositionParamsSchema, request.params);
    const actor = requireUser(request.actor);
    parseInput(EmptyFormSchema, withoutCsrf(request.body));
    await publishPosition({ services, actor, positionId: id, ip: request.ip });
    return redirectTo(request, reply, `/stellen/${id}`, 'matching_core.position.published');
  });

  app.post('/stellen/:id/schliessen', async (request, reply) => {
    const { id } = parseInput(PositionParamsSchema, request.params);
    const actor = requireUser(request.actor);
    parseInput(EmptyFormSchema, withoutCsrf(request.body));
    await closePosition({ services, actor, positionId: id, ip: request.ip });
    return redirectTo(request, reply, `/stellen/${id}`, 'matching_core.position.closed');
  });

  app.get('/organisation/stellen', async (request, reply) => {
    const positions = await listOwnPositions({ services, actor: requireUser(request.actor) });
    return reply.renderPage(<OwnPositionsPage positions={positions} />, {
      title: t(request, 'matching_core.own.title'),
    });
  });
}
