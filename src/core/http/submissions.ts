import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { hashToken } from '../auth/tokens.js';
import { AppError } from '../errors.js';
import { hours } from '../time/durations.js';

/** The hidden field every posted form carries (ui/form.tsx): a fresh random key per rendered form. */
export const SUBMISSION_FIELD = '_submission';

/** How long a key's answer is kept: far longer than any retry, short enough to hold nothing for long. */
const KEPT_FOR = hours(24);

const KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The posted form's key, if it carries a well-formed one (forms of older pages and API clients carry none). */
export function submissionKey(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const value = (body as Record<string, unknown>)[SUBMISSION_FIELD];
  return typeof value === 'string' && KEY_PATTERN.test(value) ? value : undefined;
}

/**
 * The answer a repeated post gets: the address the first post was sent to, or — while the first is still
 * being saved, or when it failed in a way that left its claim behind — a 409 that says the form was sent
 * already and how to see whether it arrived.
 */
async function answerRepeat(request: FastifyRequest, reply: FastifyReply, keyHash: string): Promise<FastifyReply> {
  const first = await request.server.services.db
    .selectFrom('form_submissions')
    .select('location')
    .where('key_hash', '=', keyHash)
    .executeTakeFirst();
  if (first?.location) return reply.redirect(first.location, 303);
  throw new AppError('conflict', {
    messageKey: 'errors.already_submitted',
    help: { reasonKey: 'errors.already_submitted_reason' },
  });
}

/**
 * Runs a form's use-case at most once per submission key. The first post claims the key before the use-case
 * runs; the answer it gets is settled as it is sent (installSubmissionKeys), before the browser can send again.
 */
export async function oncePerSubmission(
  request: FastifyRequest,
  reply: FastifyReply,
  run: () => Promise<FastifyReply>,
): Promise<FastifyReply> {
  const key = submissionKey(request.body);
  if (!key) return run();
  const { db } = request.server.services;
  const keyHash = hashToken(key);
  await db
    .deleteFrom('form_submissions')
    .where('created_at', '<', sql<Date>`now() - make_interval(secs => ${KEPT_FOR / 1000})`)
    .execute();
  const claimed = await db
    .insertInto('form_submissions')
    .values({ key_hash: keyHash })
    .onConflict((conflict) => conflict.doNothing())
    .returning('key_hash')
    .executeTakeFirst();
  if (!claimed) return answerRepeat(request, reply, keyHash);
  request.submissionClaim = keyHash;
  return run();
}

/**
 * Settles a claimed key as its answer leaves: a redirect is kept for repeats; anything else (the form shown
 * again with a problem, an error) gives the key up, so the same form can be sent again once corrected. Should
 * the database be away by then, the claim stays and a repeat is told the form was sent already — never a
 * second record.
 */
export function installSubmissionKeys(app: FastifyInstance): void {
  app.decorateRequest('submissionClaim', null);
  app.addHook('onSend', async (request, reply, payload) => {
    const keyHash = request.submissionClaim;
    if (!keyHash) return payload;
    request.submissionClaim = null;
    const { db } = app.services;
    const location = reply.getHeader('location');
    const settle =
      reply.statusCode >= 300 && reply.statusCode < 400 && typeof location === 'string'
        ? db.updateTable('form_submissions').set({ location }).where('key_hash', '=', keyHash)
        : db.deleteFrom('form_submissions').where('key_hash', '=', keyHash);
    await settle.execute().catch((error: unknown) => {
      request.log.warn({ cause: error instanceof Error ? error.message : undefined }, 'submission key not settled');
    });
    return payload;
  });
}
