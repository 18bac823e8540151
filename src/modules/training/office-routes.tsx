import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { LocaleCode } from '../../core/i18n/locales.js';
import { requireUser } from '../../core/auth/guards.js';
import { authorize } from '../../core/auth/policy.js';
import { handleForm, readButtonForm } from '../../core/http/forms.js';
import { parseInput } from '../../core/validation.js';
import { trainingPolicy } from './policy.js';
import { ContactSchema, IdParamsSchema, LangQuerySchema, RequestActionSchema, stepTextSchema } from './schemas.js';
import { DESK_PATH, MAINTENANCE_PATH } from './start-page.js';
import { handleAdviserRequest } from './use-cases/handle-adviser-request.js';
import { listAdviserRequests } from './use-cases/list-adviser-requests.js';
import { listMaintenance } from './use-cases/list-maintenance.js';
import { getContact, saveContact } from './use-cases/save-contact.js';
import { getStepText, saveStepText } from './use-cases/save-step-text.js';
import { ContactEditPage, DeskPage, MaintenancePage, StepEditPage } from './views/office-pages.js';

/** The coordination office: the adviser desk, and the maintenance of steps and contacts. */
export async function registerOfficeRoutes(app: FastifyInstance): Promise<void> {
  const { services } = app;
  const lang = (request: FastifyRequest) => request.i18n.locale.code;
  const office = (request: FastifyRequest, action: 'handle_requests' | 'maintain') => {
    const actor = requireUser(request.actor);
    authorize(actor, trainingPolicy, action, undefined);
    return actor;
  };

  app.get(DESK_PATH, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = office(request, 'handle_requests');
    const requests = await listAdviserRequests({ services, actor });
    return reply.renderPage(<DeskPage requests={requests} />, { title: request.i18n.t('training.desk.title') });
  });

  app.post(`${DESK_PATH}/:id`, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = office(request, 'handle_requests');
    const { id } = parseInput(IdParamsSchema, request.params);
    const { action } = readButtonForm(request, RequestActionSchema);
    await handleAdviserRequest({ services, actor, requestId: id, action, ip: request.ip });
    reply.setFlash('success', action === 'take' ? 'training.desk.taken' : 'training.desk.closed');
    return reply.redirect(`/${lang(request)}${DESK_PATH}`, 303);
  });

  app.get(MAINTENANCE_PATH, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = office(request, 'maintain');
    const { steps, contacts } = await listMaintenance({ services, actor, lang: lang(request) });
    return reply.renderPage(<MaintenancePage steps={steps} contacts={contacts} />, {
      title: request.i18n.t('training.maintenance.title'),
    });
  });

  const stepPage = async (request: FastifyRequest, stepId: string, textLang: LocaleCode) => {
    const actor = office(request, 'maintain');
    return { actor, ...(await getStepText({ services, actor, stepId, lang: textLang })) };
  };

  app.get(`${MAINTENANCE_PATH}/schritte/:id`, { config: { isPrivate: true } }, async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const { sprache } = parseInput(LangQuerySchema, request.query);
    const { step, german, text } = await stepPage(request, id, sprache);
    const values = text ? { title: text.title, needs: text.needs, helpers: text.helpers, body: text.body } : {};
    return reply.renderPage(
      <StepEditPage
        stepId={step.id}
        position={step.position}
        reviewedAt={step.reviewedAt}
        lang={sprache}
        german={german}
        values={values}
      />,
      { title: request.i18n.t('training.step_form.title', { position: step.position }) },
    );
  });

  app.post(`${MAINTENANCE_PATH}/schritte/:id`, { config: { isPrivate: true } }, async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const { sprache } = parseInput(LangQuerySchema, request.query);
    const { actor, step, german } = await stepPage(request, id, sprache);
    return handleForm(request, reply, {
      schema: stepTextSchema(sprache),
      title: request.i18n.t('training.step_form.title', { position: step.position }),
      render: (values, errors) => (
        <StepEditPage
          stepId={step.id}
          position={step.position}
          reviewedAt={step.reviewedAt}
          lang={sprache}
          german={german}
          values={values}
          errors={errors}
        />
      ),
      onValid: async (input) => {
        await saveStepText({ services, actor, stepId: id, lang: sprache, input, ip: request.ip });
        reply.setFlash('success', 'training.step_form.saved');
        return reply.redirect(`/${lang(request)}${MAINTENANCE_PATH}`, 303);
      },
    });
  });

  app.get(`${MAINTENANCE_PATH}/kontakte/neu`, { config: { isPrivate: true } }, async (request, reply) => {
    office(request, 'maintain');
    return reply.renderPage(<ContactEditPage contactId={null} values={{}} />, {
      title: request.i18n.t('training.contact_form.add_title'),
    });
  });

  app.get(`${MAINTENANCE_PATH}/kontakte/:id`, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = office(request, 'maintain');
    const { id } = parseInput(IdParamsSchema, request.params);
    const contact = await getContact({ services, actor, contactId: id });
    const values = {
      kind: contact.kind,
      chamber: contact.chamber ?? '',
      city: contact.city ?? '',
      name: contact.name,
      unit: contact.unit,
      email: contact.email,
      phone: contact.phone,
    };
    return reply.renderPage(<ContactEditPage contactId={contact.id} values={values} />, {
      title: request.i18n.t('training.contact_form.edit_title'),
    });
  });

  app.post(`${MAINTENANCE_PATH}/kontakte/:id`, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = office(request, 'maintain');
    const raw = (request.params as { id?: string }).id;
    const contactId = raw === 'neu' ? null : parseInput(IdParamsSchema, request.params).id;
    return handleForm(request, reply, {
      schema: ContactSchema,
      title: request.i18n.t(contactId ? 'training.contact_form.edit_title' : 'training.contact_form.add_title'),
      render: (values, errors) => <ContactEditPage contactId={contactId} values={values} errors={errors} />,
      onValid: async (input) => {
        await saveContact({ services, actor, contactId, input, ip: request.ip });
        reply.setFlash('success', 'training.contact_form.saved');
        return reply.redirect(`/${lang(request)}${MAINTENANCE_PATH}`, 303);
      },
    });
  });
}
