import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor.js';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/faults.js';
import { AppError, type ErrorHelp } from '../errors.js';
import { ErrorPage } from '../../ui/error-page.js';
import { signInHref } from './return-address.js';

const REPLACEMENT_CHARACTER = '\uFFFD';
/** Half of a UTF-16 surrogate pair without its other half: JSON may escape one ("\ud800"), no text holds one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function containsInvalidText(value: unknown, depth = 0): boolean {
  if (depth > 20) return true;
  if (typeof value === 'string')
    return value.includes(REPLACEMENT_CHARACTER) || value.includes('\u0000') || LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some((item) => containsInvalidText(item, depth + 1));
  if (value && typeof value === 'object')
    return Object.entries(value).some(
      ([k, v]) => containsInvalidText(k, depth + 1) || containsInvalidText(v, depth + 1),
    );
  return false;
}

export function wantsJson(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') || request.url.split('?')[0] === '/health';
}

/** Maps framework errors (parsing, limits, schema validation) to our typed errors. */
function toAppError(error: FastifyError | AppError | Error): AppError | null {
  if (error instanceof AppError) return error;
  const code = (error as FastifyError).code;
  const status = (error as FastifyError).statusCode;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) return new AppError('payload_too_large');
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new AppError('unsupported_media_type');
  if (status === 429) return new AppError('rate_limited');
  if (code === 'FST_ERR_HANDLER_TIMEOUT' || isDatabaseUnavailable(error)) return databaseUnavailable(error);
  if (status === 404) return new AppError('not_found');
  if (status && status >= 400 && status < 500) return new AppError('invalid_input', { cause: error });
  return null;
}

function databaseUnavailable(cause: unknown): AppError {
  return new AppError('unavailable', { cause, help: { reasonKey: 'errors.unavailable_reason' } });
}

/**
 * Why a refusal happened when the code that refused did not say: read from who is asking. A
 * person without an organisation, or whose organisation is still being checked, is told so and
 * where to go; anyone else learns that the page belongs to another role and finds their own area.
 */
export function forbiddenHelp(actor: Actor): ErrorHelp {
  if (actor.kind !== 'user') {
    return {
      reasonKey: 'errors.forbidden_reason.signed_out',
      link: { path: '/anmelden', labelKey: 'errors.help.sign_in' },
    };
  }
  if (!actor.organisation) {
    return {
      reasonKey: 'errors.forbidden_reason.no_organisation',
      link: { path: '/mein-bereich', labelKey: 'errors.help.my_area' },
    };
  }
  if (!actor.organisation.isVerified) {
    return {
      reasonKey: 'errors.forbidden_reason.organisation_unverified',
      link: { path: '/organisation', labelKey: 'errors.help.organisation' },
    };
  }
  return {
    reasonKey: 'errors.forbidden_reason.other_role',
    link: { path: '/mein-bereich', labelKey: 'errors.help.my_area' },
  };
}

/** An organisation still being checked explains every refusal of its members; otherwise the thrower's reason wins. */
function refusalHelp(actor: Actor, given: ErrorHelp | undefined): ErrorHelp {
  const isPending = actor.kind === 'user' && actor.organisation !== null && !actor.organisation.isVerified;
  return (isPending ? undefined : given) ?? forbiddenHelp(actor);
}

function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const { t } = request.i18n;
  if (error.code === 'unauthenticated' && !wantsJson(request) && request.method === 'GET') {
    return reply.redirect(signInHref(request.i18n.locale.code, request.url), 303);
  }
  if (error.code === 'unavailable') {
    // One line per refused request (never the error's fields, which may quote a row): the operator sees the outage.
    request.log.warn({ cause: error.cause instanceof Error ? error.cause.message : undefined }, 'answered 503');
    void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  }
  const message = t(error.messageKey ?? `errors.${error.code}`);
  const help = error.code === 'forbidden' ? refusalHelp(request.actor, error.help) : error.help;
  if (wantsJson(request)) {
    const fields: Record<string, string> = {};
    for (const [name, field] of Object.entries(error.fields ?? {})) fields[name] = t(field.key, field.values);
    return reply.status(error.status).send({ error: { code: error.code, message, fields } });
  }
  const helpText = help && {
    reason: t(help.reasonKey),
    link: help.link && { href: `/${request.i18n.locale.code}${help.link.path}`, label: t(help.link.labelKey) },
  };
  return reply.renderPage(<ErrorPage status={error.status} message={message} fields={error.fields} help={helpText} />, {
    title: message,
    status: error.status,
  });
}

export function installErrorHandling(app: FastifyInstance): void {
  // Undecodable bytes (invalid UTF-8 becomes U+FFFD), NUL characters and lone surrogates (which PostgreSQL
  // refuses in jsonb) are refused before any handler sees them, for forms and JSON alike.
  app.addHook('preValidation', async (request) => {
    if (containsInvalidText(request.body) || containsInvalidText(request.query)) {
      throw new AppError('invalid_input', { messageKey: 'errors.invalid_encoding' });
    }
  });

  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const appError = toAppError(error);
    if (appError) return sendError(request, reply, appError);
    request.log.error({ err: error }, 'unhandled error');
    const { t } = request.i18n;
    if (wantsJson(request))
      return reply.status(500).send({ error: { code: 'internal', message: t('errors.internal'), fields: {} } });
    return reply.renderPage(<ErrorPage status={500} message={t('errors.internal')} />, {
      title: t('errors.internal'),
      status: 500,
    });
  });

  app.setNotFoundHandler((request, reply) => sendError(request, reply, new AppError('not_found')));
}
