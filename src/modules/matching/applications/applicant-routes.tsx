import type { FastifyInstance } from 'fastify';
import { requireUser } from '../../../core/auth/guards.js';
import { handleForm, readButtonForm, singleValue } from '../../../core/http/forms.js';
import { requireLocalePrefix } from '../../../core/http/locale-scope.js';
import { parseInput } from '../../../core/validation.js';
import {
  ApplicationParamsSchema,
  ApplyFormSchema,
  EmptyFormSchema,
  InvitationAnswerSchema,
  MessageFormSchema,
  PositionParamsSchema,
} from './schemas.js';
import { answerInvitation } from './use-cases/answer-invitation.js';
import { applyToPosition } from './use-cases/apply-to-position.js';
import { getApplyForm } from './use-cases/get-apply-form.js';
import { getMyApplication } from './use-cases/get-my-application.js';
import { listMyApplications } from './use-cases/list-my-applications.js';
import { postMessage } from './use-cases/post-message.js';
import { withdrawApplication } from './use-cases/withdraw-application.js';
import { ApplicantApplicationPage } from './views/applicant-application-page.js';
import { ApplyPage } from './views/apply-page.js';
import { MyApplicationsPage } from './views/my-applications-page.js';

/** The applicant's side: apply, see own applications, answer an invitation, withdraw, write messages. */
export async function applicantRoutes(app: FastifyInstance): Promise<void> {
  requireLocalePrefix(app);
  const { services } = app;

  app.get('/bewerbungen', async (request, reply) => {
    const applications = await listMyApplications({ services, actor: requireUser(request.actor) });
    return reply.renderPage(<MyApplicationsPage applications={applications} />, {
      title: request.i18n.t('matching_applications.mine.title'),
    });
  });

  app.get('/bewerbungen/neu/:positionId', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { positionId } = parseInput(PositionParamsSchema, request.params);
    const form = await getApplyForm({ services, actor, positionId });
    const title = request.i18n.t('matching_applications.apply.title', { position: form.position.title });
    return reply.renderPage(<ApplyPage form={form} values={form.values} />, { title });
  });

  app.post('/bewerbungen/neu/:positionId', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { positionId, lang } = parseInput(PositionParamsSchema, request.params);
    const form = await getApplyForm({ services, actor, positionId });
    return handleForm(request, reply, {
      schema: ApplyFormSchema,
      title: request.i18n.t('matching_applications.apply.title', { position: form.position.title }),
      render: (values, errors) => <ApplyPage form={form} values={values} errors={errors} />,
      onValid: async (input) => {
        const { id } = await applyToPosition({ services, actor, positionId, input });
        return reply
          .setFlash('success', 'matching_applications.flash.submitted')
          .redirect(`/${lang}/bewerbungen/${id}`, 303);
      },
    });
  });

  app.get('/bewerbungen/:id', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(ApplicationParamsSchema, request.params);
    const view = await getMyApplication({ services, actor, id });
    return reply.renderPage(<ApplicantApplicationPage view={view} />, {
      title: request.i18n.t('matching_applications.detail.applicant_title', { position: view.positionTitle }),
    });
  });

  app.post('/bewerbungen/:id/einwilligung', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id, lang } = parseInput(ApplicationParamsSchema, request.params);
    const { decision } = readButtonForm(request, InvitationAnswerSchema);
    await answerInvitation({ services, actor, id, decision, ip: request.ip });
    return reply
      .setFlash(
        'success',
        `matching_applications.flash.${decision === 'consent' ? 'consented' : 'invitation_declined'}`,
      )
      .redirect(`/${lang}/bewerbungen/${id}`, 303);
  });

  app.post('/bewerbungen/:id/zurueckziehen', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id, lang } = parseInput(ApplicationParamsSchema, request.params);
    readButtonForm(request, EmptyFormSchema);
    await withdrawApplication({ services, actor, id, ip: request.ip });
    return reply
      .setFlash('success', 'matching_applications.flash.withdrawn')
      .redirect(`/${lang}/bewerbungen/${id}`, 303);
  });

  app.post('/bewerbungen/:id/nachrichten', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id, lang } = parseInput(ApplicationParamsSchema, request.params);
    const view = await getMyApplication({ services, actor, id });
    return handleForm(request, reply, {
      schema: MessageFormSchema,
      title: request.i18n.t('matching_applications.detail.applicant_title', { position: view.positionTitle }),
      render: (values, errors) => (
        <ApplicantApplicationPage view={view} messageValue={singleValue(values.body)} errors={errors} />
      ),
      onValid: async ({ body }) => {
        const { heldBack } = await postMessage({ services, actor, id, side: 'applicant', body });
        if (heldBack) reply.setFlash('info', 'matching_applications.flash.held_back');
        else reply.setFlash('success', 'matching_applications.flash.message_sent');
        return reply.redirect(`/${lang}/bewerbungen/${id}#thread`, 303);
      },
    });
  });
}
