import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authorize } from '../../../core/auth/policy.js';
import { requireUser } from '../../../core/auth/guards.js';
import { handleForm, readButtonForm } from '../../../core/http/forms.js';
import { parseInput } from '../../../core/validation.js';
import { mentoringPolicy } from './policy.js';
import { AssignMediatorSchema, DropoutHelpSchema, EmptyFormSchema, IdParamsSchema } from './schemas.js';
import { askDropoutHelp } from './use-cases/ask-dropout-help.js';
import { assignMediator } from './use-cases/assign-mediator.js';
import { closeDropoutRequest } from './use-cases/close-dropout-request.js';
import { getDropoutRequest } from './use-cases/get-dropout-request.js';
import { HelpFormPage } from './views/form-pages.js';
import { HelpRequestPage } from './views/help-request-page.js';

/** Confidential help against drop-outs: the apprentice's request and the coordinator's handling of it. */
export function dropoutHelpRoutes(app: FastifyInstance): void {
  const { services } = app;
  const lang = (request: FastifyRequest) => request.i18n.locale.code;
  const t = (request: FastifyRequest, key: string) => request.i18n.t(key);

  app.get('/mentoring/abbruch-verhindern', async (request, reply) => {
    authorize(requireUser(request.actor), mentoringPolicy, 'ask_dropout_help', undefined, {
      messageKey: 'matching_mentoring.errors.ask_dropout_help',
    });
    return reply.renderPage(<HelpFormPage values={{}} />, { title: t(request, 'matching_mentoring.help_form.title') });
  });

  app.post('/mentoring/abbruch-verhindern', async (request, reply) => {
    const actor = requireUser(request.actor);
    authorize(actor, mentoringPolicy, 'ask_dropout_help', undefined, {
      messageKey: 'matching_mentoring.errors.ask_dropout_help',
    });
    return handleForm(request, reply, {
      schema: DropoutHelpSchema,
      render: (values, errors) => <HelpFormPage values={values} errors={errors} />,
      title: t(request, 'matching_mentoring.help_form.title'),
      onValid: async (input) => {
        await askDropoutHelp({ services, actor, input });
        return reply
          .setFlash('success', 'matching_mentoring.flash.help_requested')
          .redirect(`/${lang(request)}/mentoring`, 303);
      },
    });
  });

  app.get('/mentoring/koordination/hilfe/:id', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const help = await getDropoutRequest({
      services,
      actor: requireUser(request.actor),
      requestId: id,
      ip: request.ip,
    });
    return reply.renderPage(<HelpRequestPage request={help} />, {
      title: t(request, 'matching_mentoring.help_request.title'),
    });
  });

  app.post('/mentoring/koordination/hilfe/:id/vermittlung', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    return handleForm(request, reply, {
      schema: AssignMediatorSchema,
      showAgain: async (_values, errors, status) => {
        const help = await getDropoutRequest({ services, actor, requestId: id, ip: request.ip });
        return reply.renderPage(<HelpRequestPage request={help} errors={errors} />, {
          title: t(request, 'matching_mentoring.help_request.title'),
          status,
        });
      },
      onValid: async (input) => {
        await assignMediator({
          services,
          actor,
          requestId: id,
          mediatorUserId: input.mediator_user_id,
          ip: request.ip,
        });
        return reply
          .setFlash('success', 'matching_mentoring.flash.mediator_assigned')
          .redirect(`/${lang(request)}/mentoring/koordination/hilfe/${id}`, 303);
      },
    });
  });

  app.post('/mentoring/koordination/hilfe/:id/abschliessen', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    readButtonForm(request, EmptyFormSchema);
    await closeDropoutRequest({ services, actor, requestId: id, ip: request.ip });
    return reply
      .setFlash('success', 'matching_mentoring.flash.help_closed')
      .redirect(`/${lang(request)}/mentoring/koordination`, 303);
  });
}
