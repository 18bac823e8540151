import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { csrfTokenForForm } from './csrf.js';
import { isDirectLoopbackRequest } from '../loopback.js';
import { Layout } from '../../ui/layout.js';
import { PageContextProvider, type PageContext } from './page-context.js';
import { pageCacheControl } from './shared-cache.js';
import type { RenderOptions } from './types.js';

/** Splits "/de/konto?x=1" into the language-free path "/konto" and the query "?x=1". */
export function pathWithoutLocale(url: string): { path: string; search: string } {
  const queryAt = url.indexOf('?');
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  const search = queryAt === -1 ? '' : url.slice(queryAt);
  const match = /^\/[a-z]{2}(\/.*)?$/.exec(pathname);
  return { path: match ? match[1] || '/' : pathname, search };
}

export function pageContextFor(request: FastifyRequest): PageContext {
  const { path, search } = pathWithoutLocale(request.url);
  return {
    i18n: request.i18n,
    t: request.i18n.t,
    actor: request.actor,
    // Read only by a form: the cookie that goes with a new token is set then, not for every page.
    get csrfToken() {
      return csrfTokenForForm(request);
    },
    path,
    search,
    isProduction: request.server.services.config.isProduction,
    isLocalVisitor: isDirectLoopbackRequest(request),
    flash: request.flash,
    navigation: request.server.navigation,
  };
}

/** The whole document of a page (layout, the page, the visitor's context) as HTML text. */
export function renderDocument(request: FastifyRequest, page: VNode, options: RenderOptions): string {
  const context = pageContextFor(request);
  const html = renderToString(
    <PageContextProvider.Provider value={context}>
      <Layout
        title={options.title}
        description={options.description}
        shareCard={options.shareCard}
        languages={options.languages}
        baseUrl={request.server.services.config.baseUrl}
      >
        {page}
      </Layout>
    </PageContextProvider.Provider>,
  );
  return `<!doctype html>${html}`;
}

/** The status and the headers every page has (also for a page sent already compressed). */
export function withPageHeaders(reply: FastifyReply, status = 200): FastifyReply {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', pageCacheControl(reply, status));
}

/** Sends HTML made by renderDocument (or a page's fragment) with the headers every page has. */
export function sendHtml(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return withPageHeaders(reply, status).send(html);
}

export function renderPage(
  request: FastifyRequest,
  reply: FastifyReply,
  page: VNode,
  options: RenderOptions,
): FastifyReply {
  return sendHtml(reply, renderDocument(request, page, options), options.status ?? 200);
}
