import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { ErrorPage } from '../../ui/error-page.js';

const REPLACEMENT_CHARACTER = '\uFFFD';

function containsInvalidText(value: unknown, depth = 0): boolean {
  if (depth > 20) return true;
  if (typeof value === 'string') return value.includes(REPLACEMENT_CHARACTER) || value.includes('\u0000');
  if (Array.isArray(value)) return value.some((item) => containsInvalidText(item, depth + 1));
  if (value && typeof value === 'object')
    return Object.entries(value).some(
      ([k, v]) => containsInvalidText(k, depth + 1) || containsInvalidText(v, depth + 1),
    );
  return false;
}

export function wantsJson(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') || request.url === '/health';
}

/** Maps framework errors (parsing, limits, schema validation) to our typed errors. */
function toAppError(error: FastifyError | AppError | Error): AppError | null {
  if (error instanceof AppError) return error;
  const code = (error as FastifyError).code;
  const status = (error as FastifyError).statusCode;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('payload_too_large');
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new AppError('unsupported_media_type');
  if (status === 429) return new AppError('rate_limited');
  if (status === 404) return new AppError('not_found');
  if (status && status >= 400 && status < 500) return new AppError('invalid_input', { cause: error });
  return null;
}

function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const { t } = request.i18n;
  if (error.code === 'unauthenticated' && !wantsJson(request) && request.method === 'GET') {
    const next = encodeURIComponent(request.url);
    return reply.redirect(`/${request.i18n.locale.code}/anmelden?next=${next}`, 303);
  }
  const message = t(error.messageKey ?? `errors.${error.code}`);
  if (wantsJson(request)) {
    const fields: Record<string, string> = {};
    for (const [name, field] of Object.entries(error.fields ?? {})) fields[name] = t(field.key, field.values);
    return reply.status(error.status).send({ error: { code: error.code, message, fields } });
  }
  return reply.renderPage(<ErrorPage status={error.status} message={message} fields={error.fields} />, {
    title: message,
    status: error.status,
  });
}

export function installErrorHandling(app: FastifyInstance): void {
  // Undecodable bytes (invalid UTF-8 becomes U+FFFD) and NUL characters are refused before any handler sees them.
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
