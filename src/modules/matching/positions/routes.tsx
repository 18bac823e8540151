import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize } from '../../../core/auth/policy.js';
import { requireUser } from '../../../core/auth/guards.js';
import { handleForm, readButtonForm, type FormValues } from '../../../core/http/forms.js';
import { requireLocalePrefix } from '../../../core/http/locale-scope.js';
import { parseInput } from '../../../core/validation.js';
import { languageFormValues } from '../shared/index.js';
import { dateColumnDay } from '../../../core/time/calendar-day.js';
import { positionJsonLd } from './json-ld.js';
import { positionsPolicy } from './policy.js';
import { loadPositionFor, positionRef } from './records.js';
import { EmptyFormSchema, PositionFormSchema, PositionParamsSchema } from './schemas.js';
import { closePosition, publishPosition } from './use-cases/change-position-status.js';
import { getPosition, listOwnPositions } from './use-cases/query-positions.js';
import { createPosition, updatePosition } from './use-cases/save-position.js';
import { findPositionContact } from './use-cases/find-position-contact.js';
import { EditPositionPage, NewPositionPage, OwnPositionsPage, PositionPage } from './views/position-pages.js';
import type { Position } from '../tables.js';
import { positionFactValues } from './facts-schema.js';

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
    benefits: position.benefits.filter((benefit) => benefit !== 'part_time'),
    deadline: dateColumnDay(position.deadline),
    ...languageFormValues(position.languages),
    ...positionFactValues(position),
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

  app.get('/stellen/neu', async (request, reply) => {
    authorize(requireUser(request.actor), positionsPolicy, 'create', undefined);
    return reply.renderPage(<NewPositionPage />, { title: t(request, 'matching_core.position.new_title') });
  });

  app.post('/stellen/neu', async (request, reply) => {
    const actor = requireUser(request.actor);
    authorize(actor, positionsPolicy, 'create', undefined);
    return handleForm(request, reply, {
      schema: PositionFormSchema,
      render: (values, errors) => <NewPositionPage values={values} errors={errors} />,
      title: t(request, 'matching_core.position.new_title'),
      onValid: async (input) => {
        const id = await createPosition({ services, actor, input, ip: request.ip });
        return redirectTo(request, reply, `/stellen/${id}`, 'matching_core.position.created');
      },
    });
  });

  app.get('/stellen/:id', async (request, reply) => {
    const { id } = parseInput(PositionParamsSchema, request.params);
    const data = await getPosition({ services, actor: request.actor, positionId: id });
    const ref = positionRef(data.position);
    const isPublic = ref.status === 'published' && !ref.isExpired;
    const url = `${services.config.baseUrl}/de/stellen/${id}`;
    const organisation = {
      name: data.organisationName,
      profileUrl: `${services.config.baseUrl}/de/firmen/${data.position.organisation_id}`,
      website: data.organisationWebsite,
    };
    const jsonLd = isPublic ? positionJsonLd(data.position, { organisation, url }) : null;
    const contact = await findPositionContact({ services, actor: request.actor, position: data.position });
    return reply.renderPage(<PositionPage data={data} jsonLd={jsonLd} contact={contact} />, {
      title: data.position.title,
      description: data.position.description.slice(0, 300),
      // A company writes its positions in German only: that is the one language to advertise.
      languages: ['de'],
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
    return handleForm(request, reply, {
      schema: PositionFormSchema,
      render: (values, errors) => <EditPositionPage position={position} values={values} errors={errors} />,
      title: t(request, 'matching_core.position.edit_title', { title: position.title }),
      onValid: async (input) => {
        await updatePosition({ services, actor, positionId: id, input, ip: request.ip });
        return redirectTo(request, reply, `/stellen/${id}`, 'matching_core.position.saved');
      },
    });
  });

  app.post('/stellen/:id/veroeffentlichen', async (request, reply) => {
    const { id } = parseInput(PositionParamsSchema, request.params);
    const actor = requireUser(request.actor);
    readButtonForm(request, EmptyFormSchema);
    await publishPosition({ services, actor, positionId: id, ip: request.ip });
    return redirectTo(request, reply, `/stellen/${id}`, 'matching_core.position.published');
  });

  app.post('/stellen/:id/schliessen', async (request, reply) => {
    const { id } = parseInput(PositionParamsSchema, request.params);
    const actor = requireUser(request.actor);
    readButtonForm(request, EmptyFormSchema);
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
