import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * Which pages a shared cache in front of the platform (the reference nginx, a CDN) may keep, and for how long
 * (decision 042). A page is the same for everyone only when nothing of a person went into it: the request
 * carried no cookie and no Authorization header, and answering it set no cookie (a form's CSRF token, a
 * remembered language). Such a page, answered 200 to a GET, may be kept by shared caches for
 * `sharedCacheSeconds` (`s-maxage`), while browsers ask again every time (`max-age=0`). Every other page is
 * `no-store`, as before: anything signed in, any form, any error.
 */
const PERSONAL = 'no-store';

/** The Cache-Control of a page about to be sent (sendHtml and pages that send their own compressed bodies). */
export function pageCacheControl(reply: FastifyReply, status: number): string {
  const { request } = reply;
  const seconds = request.server.services.config.sharedCacheSeconds;
  const sameForEveryone =
    seconds > 0 &&
    status === 200 &&
    (request.method === 'GET' || request.method === 'HEAD') &&
    request.headers.cookie === undefined &&
    request.headers.authorization === undefined &&
    request.actor.kind === 'anonymous';
  return sameForEveryone ? `public, max-age=0, s-maxage=${seconds}` : PERSONAL;
}

/**
 * The last word as an answer leaves, over whatever a route said:
 * - a response that sets a cookie is personal (cookies are written in the cookie plugin's onSend hook, after the
 *   route chose its Cache-Control), so no shared cache may keep it and hand the cookie to others;
 * - a response to a signed-in person may be kept by their own browser but by no shared cache (`private`): a route
 *   that answers everyone alike says `public`, but a signed-in author also gets what others may not see yet
 *   (the image of a story not yet published).
 */
export function installSharedCacheGuard(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const cacheControl = reply.getHeader('cache-control');
    if (typeof cacheControl !== 'string' || !/\bpublic\b/.test(cacheControl)) return payload;
    if (reply.hasHeader('set-cookie')) reply.header('cache-control', PERSONAL);
    else if (request.actor.kind !== 'anonymous')
      reply.header('cache-control', cacheControl.replace(/\bpublic\b/, 'private').replace(/,?\s*s-maxage=\d+/, ''));
    return payload;
  });
}
