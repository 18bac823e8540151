import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { UserActor } from '../../../core/auth/actor.js';
import { requireUser } from '../../../core/auth/guards.js';
import { handleForm } from '../../../core/http/forms.js';
import { requireLocalePrefix } from '../../../core/http/locale-scope.js';
import { parseInput, type InputSchema } from '../../../core/validation.js';
import { ApplicationParamsSchema, MessageFormSchema, PositionParamsSchema, StatusFormSchema } from './schemas.js';
import { getCompanyApplication } from './use-cases/get-company-application.js';
import { listPositionApplications } from './use-cases/list-position-applications.js';
import { postMessage } from './use-cases/post-message.js';
import { setApplicationStatus } from './use-cases/set-application-status.js';
import { CompanyApplicationPage } from './views/company-application-page.js';
import { PositionApplicationsPage } from './views/position-applications-page.js';

/** The company's side: applications per position, one application under its pseudonym, status and messages. */
export async function companyRoutes(app: FastifyInstance): Promise<void> {
  requireLocalePrefix(app);
  const { services } = app;

  app.get('/firma/stellen/:positionId/bewerbungen', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { positionId } = parseInput(PositionParamsSchema, request.params);
    const view = await listPositionApplications({ services, actor, positionId });
    return reply.renderPage(<PositionApplicationsPage view={view} />, {
      title: request.i18n.t('matching_applications.company_list.title', { position: view.position.title }),
    });
  });

  app.get('/firma/bewerbungen/:id', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(ApplicationParamsSchema, request.params);
    const view = await getCompanyApplication({ services, actor, id, ip: request.ip, via: 'page' });
    return reply.renderPage(<CompanyApplicationPage view={view} />, {
      title: request.i18n.t('matching_applications.detail.company_title', { pseudonym: view.pseudonym }),
    });
  });

  /**
   * Form posts load the page again only when it must be shown with messages per field: the
   * page may carry a revealed identity, and every showing of it is audited.
   */
  async function postCompanyForm<T>(
    request: FastifyRequest,
    reply: FastifyReply,
    form: {
      schema: InputSchema<T>;
      name: 'status' | 'message';
      onValid: (input: T, actor: UserActor, id: string, lang: string) => Promise<FastifyReply>;
    },
  ): Promise<FastifyReply> {
    const actor = requireUser(request.actor);
    const { id, lang } = parseInput(ApplicationParamsSchema, request.params);
    return handleForm(request, reply, {
      schema: form.schema,
      showAgain: async (values, errors, status) => {
        const view = await getCompanyApplication({ services, actor, id, ip: request.ip, via: 'page' });
        const title = request.i18n.t('matching_applications.detail.company_title', { pseudonym: view.pseudonym });
        return reply.renderPage(
          <CompanyApplicationPage view={view} form={form.name} values={values} errors={errors} />,
          { title, status },
        );
      },
      onValid: (input) => form.onValid(input, actor, id, lang),
    });
  }

  app.post('/firma/bewerbungen/:id/status', async (request, reply) =>
    postCompanyForm(request, reply, {
      schema: StatusFormSchema,
      name: 'status',
      onValid: async ({ status, note }, actor, id, lang) => {
        const { noteHeldBack } = await setApplicationStatus({ services, actor, id, status, note });
        if (noteHeldBack) reply.setFlash('info', 'matching_applications.flash.status_note_held_back');
        else reply.setFlash('success', `matching_applications.flash.status_${status}`);
        return reply.redirect(`/${lang}/firma/bewerbungen/${id}`, 303);
      },
    }),
  );

  app.post('/firma/bewerbungen/:id/nachrichten', async (request, reply) =>
    postCompanyForm(request, reply, {
      schema: MessageFormSchema,
      name: 'message',
      onValid: async ({ body }, actor, id, lang) => {
        const { heldBack } = await postMessage({ services, actor, id, side: 'company', body });
        if (heldBack) reply.setFlash('info', 'matching_applications.flash.held_back');
        else reply.setFlash('success', 'matching_applications.flash.message_sent');
        return reply.redirect(`/${lang}/firma/bewerbungen/${id}#thread`, 303);
      },
    }),
  );
}
