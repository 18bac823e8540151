import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireUser } from '../../core/auth/guards.js';
import { destroySession } from '../../core/auth/sessions.js';
import { clearSessionCookie, setSessionCookie } from '../../core/http/session-cookie.js';
import { LOCALE_COOKIE } from '../../core/http/app.js';
import { handleForm, singleValue } from '../../core/http/forms.js';
import { safeReturnPath } from '../../core/http/return-address.js';
import { isLocale } from '../../core/i18n/locales.js';
import { requireLocalePrefix } from '../../core/http/locale-scope.js';
import { parseInput } from '../../core/validation.js';
import {
  ChangePasswordSchema,
  ConfirmQuerySchema,
  DeleteAccountSchema,
  ForgotPasswordSchema,
  LanguageSchema,
  LoginSchema,
  RegisterSchema,
  ResetPasswordSchema,
  TokenQuerySchema,
  normaliseEmail,
} from './schemas.js';
import { LIMITS } from '../../core/limits.js';
import { changePassword } from './use-cases/change-password.js';
import { confirmEmail } from './use-cases/confirm-email.js';
import { deleteAccount } from './use-cases/delete-account.js';
import { exportAccountData } from './use-cases/export-account-data.js';
import { logIn } from './use-cases/log-in.js';
import { registerAccount } from './use-cases/register-account.js';
import { requestPasswordReset } from './use-cases/request-password-reset.js';
import { resetPassword } from './use-cases/reset-password.js';
import { setLanguage } from './use-cases/set-language.js';
import { AccountPage } from './views/account-page.js';
import {
  CheckEmailPage,
  ForgotPasswordPage,
  LinkResultPage,
  LoginPage,
  RegisterPage,
  ResetPasswordPage,
} from './views/auth-pages.js';
import { days, minutes } from '../../core/time/durations.js';
import { enforceExtraLimit } from '../../core/http/rate-limit-store.js';
import { createPasswordResetQueue } from './jobs.js';

// Per address and IP for login and reset (stops guessing one account), the address compared as the lookup
// compares it (else " name@x" and "NAME@x " would each get a budget); per IP for registration.
const perAddress = (request: FastifyRequest) => {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return `${request.ip}:${typeof email === 'string' ? normaliseEmail(email).slice(0, LIMITS.email) : ''}`;
};
export const AUTH_RATE_LIMITS = {
  login: { max: 10, timeWindow: '1 minute', keyGenerator: perAddress },
  /** Per IP across all accounts: one common password tried on many accounts (spraying). */
  loginAcrossAccounts: { max: 30, windowMs: minutes(10) },
  reset: { max: 5, timeWindow: '15 minutes', keyGenerator: perAddress },
  register: { max: 10, timeWindow: '10 minutes' },
};

export async function accountRoutes(app: FastifyInstance): Promise<void> {
  requireLocalePrefix(app);
  const { services } = app;
  // Reset requests are queued wherever the route is served; the worker runs where background jobs do.
  await createPasswordResetQueue(services.queue);
  const lang = (request: FastifyRequest) => request.i18n.locale.code;
  const secure = services.config.isProduction;
  /** The page that asked for sign-in or registration, if the query names a safe one. */
  const returnPath = (request: FastifyRequest) => safeReturnPath((request.query as { next?: unknown }).next);
  const localeCookie = (reply: FastifyReply, locale: string) =>
    reply.setCookie(LOCALE_COOKIE, locale, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure,
      maxAge: days(365) / 1000,
    });

  app.get('/registrieren', async (request, reply) =>
    reply.renderPage(<RegisterPage returnPath={returnPath(request)} />, {
      title: request.i18n.t('accounts.register.title'),
    }),
  );
  app.post('/registrieren', { config: { rateLimit: AUTH_RATE_LIMITS.register } }, async (request, reply) =>
    handleForm(request, reply, {
      schema: RegisterSchema,
      title: request.i18n.t('accounts.register.title'),
      render: (values, errors) => <RegisterPage values={values} errors={errors} returnPath={returnPath(request)} />,
      onValid: async (input) => {
        await registerAccount({
          services,
          input,
          locale: lang(request),
          ip: request.ip,
          returnPath: returnPath(request),
        });
        return reply.redirect(`/${lang(request)}/registrieren/pruefen`, 303);
      },
    }),
  );
  app.get('/registrieren/pruefen', async (request, reply) =>
    reply.renderPage(<CheckEmailPage messageKey="accounts.check_email.registered" />, {
      title: request.i18n.t('accounts.check_email.title'),
    }),
  );

  app.get('/konto/bestaetigen', async (request, reply) => {
    const { token } = parseInput(ConfirmQuerySchema, request.query);
    const ok = await confirmEmail({ services, token, ip: request.ip });
    const title = request.i18n.t(ok ? 'accounts.confirm.ok' : 'accounts.confirm.failed');
    return reply.renderPage(
      <LinkResultPage
        ok={ok}
        okKey="accounts.confirm.ok"
        failedKey="accounts.confirm.failed"
        returnPath={returnPath(request)}
      />,
      { title, status: ok ? 200 : 400 },
    );
  });

  app.get('/anmelden', async (request, reply) =>
    reply.renderPage(<LoginPage returnPath={returnPath(request)} />, { title: request.i18n.t('accounts.login.title') }),
  );
  app.post(
    '/anmelden',
    {
      config: { rateLimit: AUTH_RATE_LIMITS.login },
      onRequest: (request) =>
        enforceExtraLimit(services.db, {
          scope: 'login-any',
          key: request.ip,
          ...AUTH_RATE_LIMITS.loginAcrossAccounts,
        }),
    },
    async (request, reply) =>
      handleForm(request, reply, {
        schema: LoginSchema,
        title: request.i18n.t('accounts.login.title'),
        render: (values, errors) => <LoginPage values={values} errors={errors} returnPath={returnPath(request)} />,
        onValid: async (input) => {
          const next = returnPath(request);
          const session = await logIn({
            services,
            input,
            ip: request.ip,
            returnPath: next,
            previousSessionId: request.actor.kind === 'user' ? request.actor.sessionId : null,
          });
          setSessionCookie(request, reply, session);
          // Back to the page that asked, in the language it was read in; otherwise the person's own
          // area in the language stored with the account.
          if (next) return reply.redirect(next, 303);
          const preferred = isLocale(session.locale) ? session.locale : lang(request);
          localeCookie(reply, preferred);
          return reply.redirect(`/${preferred}/mein-bereich`, 303);
        },
      }),
  );

  app.post('/abmelden', async (request, reply) => {
    if (request.actor.kind === 'user') await destroySession(services.db, request.actor.sessionId);
    clearSessionCookie(request, reply);
    return reply.setFlash('success', 'accounts.logout.done').redirect(`/${lang(request)}/`, 303);
  });

  app.get('/passwort-vergessen', async (request, reply) =>
    reply.renderPage(<ForgotPasswordPage />, { title: request.i18n.t('accounts.forgot.title') }),
  );
  app.post('/passwort-vergessen', { config: { rateLimit: AUTH_RATE_LIMITS.reset } }, async (request, reply) =>
    handleForm(request, reply, {
      schema: ForgotPasswordSchema,
      title: request.i18n.t('accounts.forgot.title'),
      render: (values, errors) => <ForgotPasswordPage values={values} errors={errors} />,
      onValid: async (input) => {
        await requestPasswordReset({ services, email: input.email });
        return reply.renderPage(<CheckEmailPage messageKey="accounts.check_email.reset" />, {
          title: request.i18n.t('accounts.check_email.title'),
        });
      },
    }),
  );

  app.get('/passwort-neu', async (request, reply) => {
    const { token } = parseInput(TokenQuerySchema, request.query);
    return reply.renderPage(<ResetPasswordPage token={token} />, { title: request.i18n.t('accounts.reset.title') });
  });
  app.post('/passwort-neu', { config: { rateLimit: AUTH_RATE_LIMITS.reset } }, async (request, reply) =>
    handleForm(request, reply, {
      schema: ResetPasswordSchema,
      title: request.i18n.t('accounts.reset.title'),
      render: (values, errors) => <ResetPasswordPage token={singleValue(values.token) ?? ''} errors={errors} />,
      onValid: async (input) => {
        const ok = await resetPassword({ services, token: input.token, password: input.password, ip: request.ip });
        const title = request.i18n.t(ok ? 'accounts.reset.ok' : 'accounts.reset.failed');
        return reply.renderPage(
          <LinkResultPage ok={ok} okKey="accounts.reset.ok" failedKey="accounts.reset.failed" />,
          { title, status: ok ? 200 : 400 },
        );
      },
    }),
  );

  const accountTitle = (request: FastifyRequest) => request.i18n.t('accounts.account.title');
  app.get('/konto', async (request, reply) =>
    reply.renderPage(<AccountPage actor={requireUser(request.actor)} />, { title: accountTitle(request) }),
  );

  app.post('/konto/sprache', async (request, reply) => {
    const actor = requireUser(request.actor);
    return handleForm(request, reply, {
      schema: LanguageSchema,
      title: accountTitle(request),
      render: (_values, errors) => <AccountPage actor={actor} form="language" errors={errors} />,
      onValid: async (input) => {
        await setLanguage({ db: services.db, userId: actor.userId, locale: input.locale });
        localeCookie(reply, input.locale);
        return reply.setFlash('success', 'accounts.language.saved').redirect(`/${input.locale}/konto`, 303);
      },
    });
  });

  app.post('/konto/passwort', async (request, reply) => {
    const actor = requireUser(request.actor);
    return handleForm(request, reply, {
      schema: ChangePasswordSchema,
      title: accountTitle(request),
      render: (_values, errors) => <AccountPage actor={actor} form="password" errors={errors} />,
      onValid: async (input) => {
        const renewed = await changePassword({
          services,
          actor,
          currentPassword: input.current_password,
          newPassword: input.password,
          ip: request.ip,
        });
        setSessionCookie(request, reply, renewed);
        return reply.setFlash('success', 'accounts.change_password.done').redirect(`/${lang(request)}/konto`, 303);
      },
    });
  });

  app.get('/konto/export', async (request, reply: FastifyReply) => {
    const actor = requireUser(request.actor);
    const data = await exportAccountData({ services, actor, ip: request.ip });
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', 'attachment; filename="vielfalt-ruhr-daten.json"')
      .header('cache-control', 'no-store')
      .send(JSON.stringify(data, null, 2));
  });

  app.post('/konto/loeschen', async (request, reply) => {
    const actor = requireUser(request.actor);
    return handleForm(request, reply, {
      schema: DeleteAccountSchema,
      title: accountTitle(request),
      render: (_values, errors) => <AccountPage actor={actor} form="delete" errors={errors} />,
      onValid: async (input) => {
        await deleteAccount({ services, actor, currentPassword: input.current_password, ip: request.ip });
        clearSessionCookie(request, reply);
        return reply.setFlash('success', 'accounts.delete.done').redirect(`/${lang(request)}/`, 303);
      },
    });
  });
}
