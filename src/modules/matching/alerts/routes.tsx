import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize } from '../../../core/auth/policy.js';
import { requireUser } from '../../../core/auth/guards.js';
import type { UserActor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/errors.js';
import { handleForm, readButtonForm } from '../../../core/http/forms.js';
import { requireLocalePrefix } from '../../../core/http/locale-scope.js';
import { parseInput } from '../../../core/validation.js';
import { alertsPolicy, can } from './policy.js';
import {
  ConfirmTokenSchema,
  EmptyFormSchema,
  IdParamsSchema,
  OptionalTokenSchema,
  PositionAlertSchema,
  ProfileDigestSchema,
} from './schemas.js';
import { confirmProfile, getProfileActivity } from './use-cases/profile-inactivity.js';
import {
  createPositionAlert,
  deletePositionAlert,
  getProfileDigest,
  listPositionAlerts,
  subscribeProfileDigest,
  unsubscribeProfileDigest,
} from './use-cases/subscriptions.js';
import { AlertsPage, type AlertsFormState } from './views/alerts-page.js';
import { ConfirmProfilePage, ProfileConfirmedPage } from './views/confirm-page.js';

/** Alerts about new positions, the companies' profile digest, and confirming an applicant profile. */
export async function alertsRoutes(app: FastifyInstance): Promise<void> {
  requireLocalePrefix(app);
  const { services } = app;
  const lang = (request: FastifyRequest) => request.i18n.locale.code;
  const back = (request: FastifyRequest) => `/${lang(request)}/benachrichtigungen`;

  async function renderAlerts(
    request: FastifyRequest,
    reply: FastifyReply,
    actor: UserActor,
    state?: AlertsFormState & { status: number },
  ) {
    const canSubscribePositions = can(actor, 'subscribe_positions');
    const canSubscribeDigest = can(actor, 'subscribe_profile_digest');
    const data = {
      canSubscribePositions,
      canSubscribeDigest,
      alerts: canSubscribePositions ? await listPositionAlerts({ services, actor }) : [],
      digest: canSubscribeDigest ? await getProfileDigest({ services, actor }) : null,
      profile: await getProfileActivity(services.db, actor.userId),
    };
    return reply.renderPage(<AlertsPage data={data} state={state} />, {
      title: request.i18n.t('matching_alerts.page.title'),
      ...(state ? { status: state.status } : {}),
    });
  }

  app.get('/benachrichtigungen', async (request, reply) => renderAlerts(request, reply, requireUser(request.actor)));

  app.post('/benachrichtigungen', async (request, reply) => {
    const actor = requireUser(request.actor);
    authorize(actor, alertsPolicy, 'subscribe_positions', undefined, {
      messageKey: 'matching_alerts.errors.subscribe_positions',
    });
    return handleForm(request, reply, {
      schema: PositionAlertSchema,
      showAgain: (values, errors, status) =>
        renderAlerts(request, reply, actor, { form: 'alert', values, errors, status }),
      onValid: async (input) => {
        await createPositionAlert({ services, actor, input, locale: lang(request) });
        return reply.setFlash('success', 'matching_alerts.flash.alert_saved').redirect(back(request), 303);
      },
    });
  });

  app.post('/benachrichtigungen/:id/loeschen', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    readButtonForm(request, EmptyFormSchema);
    await deletePositionAlert({ services, actor, id });
    return reply.setFlash('success', 'matching_alerts.flash.alert_deleted').redirect(back(request), 303);
  });

  app.post('/benachrichtigungen/unternehmen', async (request, reply) => {
    const actor = requireUser(request.actor);
    authorize(actor, alertsPolicy, 'subscribe_profile_digest', undefined, {
      messageKey: 'matching_alerts.errors.subscribe_profile_digest',
    });
    return handleForm(request, reply, {
      schema: ProfileDigestSchema,
      showAgain: (values, errors, status) =>
        renderAlerts(request, reply, actor, { form: 'digest', values, errors, status }),
      onValid: async ({ frequency }) => {
        await subscribeProfileDigest({ services, actor, frequency, locale: lang(request) });
        return reply.setFlash('success', 'matching_alerts.flash.digest_saved').redirect(back(request), 303);
      },
    });
  });

  app.post('/benachrichtigungen/unternehmen/abbestellen', async (request, reply) => {
    const actor = requireUser(request.actor);
    readButtonForm(request, EmptyFormSchema);
    await unsubscribeProfileDigest({ services, actor });
    return reply.setFlash('success', 'matching_alerts.flash.digest_deleted').redirect(back(request), 303);
  });

  // The link in the reminder mail works without signing in; the button on the alerts page uses the session.
  app.get('/benachrichtigungen/profil-bestaetigen', async (request, reply) => {
    const { token } = parseInput(ConfirmTokenSchema, request.query);
    return reply.renderPage(<ConfirmProfilePage token={token} />, {
      title: request.i18n.t('matching_alerts.confirm.title'),
    });
  });

  app.post('/benachrichtigungen/profil-bestaetigen', async (request, reply) => {
    const { token } = readButtonForm(request, OptionalTokenSchema);
    const actor = request.actor;
    if (!token && !(actor.kind === 'user' && can(actor, 'confirm_own_profile'))) requireUser(actor);
    const userId = actor.kind === 'user' ? actor.userId : undefined;
    const confirmed = await confirmProfile({ services, ...(token ? { token } : userId ? { userId } : {}) });
    if (!confirmed)
      throw new AppError('not_found', {
        messageKey: token ? 'matching_alerts.errors.invalid_link' : 'matching_alerts.errors.no_profile',
      });
    if (actor.kind === 'user')
      return reply.setFlash('success', 'matching_alerts.flash.profile_confirmed').redirect(back(request), 303);
    return reply.renderPage(<ProfileConfirmedPage />, { title: request.i18n.t('matching_alerts.confirm.done_title') });
  });
}
