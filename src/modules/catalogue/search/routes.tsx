import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { renderToString } from 'preact-render-to-string';
import { requireUser } from '../../../core/auth/guards.js';
import type { FieldErrors } from '../../../core/errors.js';
import { handleForm, readButtonForm, singleValue, type FormValues } from '../../../core/http/forms.js';
import { requireLocalePrefix } from '../../../core/http/locale-scope.js';
import { PageContextProvider } from '../../../core/http/page-context.js';
import { pageContextFor, renderDocument, sendHtml, withPageHeaders } from '../../../core/http/render.js';
import { parseInput } from '../../../core/validation.js';
import { COMPRESSION_THRESHOLD, encodedBody, encodedPage, preferredEncoding } from './encoded-page.js';
import { EmptyFormSchema, IdParamsSchema, parseSearch, SaveSearchSchema } from './schemas.js';
import { deleteSavedSearch, groupParams, listSavedSearches, saveSearch } from './use-cases/saved-searches.js';
import { cachedForAnonymous, searchSite } from './use-cases/search-site.js';
import { SavedSearchesPage } from './views/saved-searches-page.js';
import { SearchPage } from './views/search-page.js';
import { SearchFilters, SearchResults } from './views/search-results.js';

/** Live search asks for the results only, with this header or ?partial=1. */
const PARTIAL_HEADER = 'x-live-search';

export async function searchRoutes(app: FastifyInstance): Promise<void> {
  requireLocalePrefix(app);
  const { services } = app;
  const lang = (request: FastifyRequest) => request.i18n.locale.code;

  /** The search page for these parameters as HTML: the whole document, or only its results (PARTIAL_HEADER). */
  async function searchHtml(
    request: FastifyRequest,
    input: unknown,
    partial: boolean,
    save?: { values: FormValues; errors: FieldErrors; status: number },
  ): Promise<string> {
    const { criteria, notices } = parseSearch(input);
    const { result, groups } = await searchSite({
      services,
      actor: request.actor,
      criteria,
      notices,
      locale: lang(request),
    });
    if (partial)
      return renderToString(
        <PageContextProvider.Provider value={pageContextFor(request)}>
          <div>
            <SearchFilters criteria={criteria} result={result} />
            <SearchResults criteria={criteria} result={result} />
          </div>
        </PageContextProvider.Provider>,
      );
    return renderDocument(
      request,
      <SearchPage
        criteria={criteria}
        result={result}
        groups={groups}
        sortChosen={
          typeof input === 'object' && input !== null && 'sort' in input && Boolean((input as { sort?: unknown }).sort)
        }
        saveValues={save?.values}
        saveErrors={save?.errors}
      />,
      {
        title: criteria.q
          ? request.i18n.t('catalogue_search.page.title_with_query', { q: criteria.q.slice(0, 80) })
          : request.i18n.t('catalogue_search.page.title'),
        description: request.i18n.t('catalogue_search.page.lead'),
      },
    );
  }

  /**
   * Answers a search. A popular search repeats: for an anonymous visitor without a message to show, the
   * rendered page comes from the cache, keyed by its address (language and parameters), until a write
   * to what a search shows makes it stale (use-cases/search-site.ts). Its compressed bodies are kept with it
   * (encoded-page.ts), so a page served from the cache is not compressed again.
   */
  async function renderSearch(
    request: FastifyRequest,
    reply: FastifyReply,
    input: unknown,
    save?: { values: FormValues; errors: FieldErrors; status: number },
  ) {
    const query = request.query as Record<string, unknown>;
    const partial = !save && (request.headers[PARTIAL_HEADER] === '1' || query.partial === '1');
    const compute = async () => encodedPage(await searchHtml(request, input, partial, save));
    const page =
      save || request.flash
        ? await compute()
        : await cachedForAnonymous({
            services,
            actor: request.actor,
            kind: 'pages',
            key: `${partial ? 'partial ' : ''}${request.url}`,
            compute,
          });
    const status = save?.status ?? 200;
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    if (!encoding || Buffer.byteLength(page.html) < COMPRESSION_THRESHOLD)
      return sendHtml(reply.header('vary', `${PARTIAL_HEADER}, Accept-Encoding`), page.html, status);
    return withPageHeaders(reply, status)
      .header('content-encoding', encoding)
      .header('vary', `${PARTIAL_HEADER}, Accept-Encoding`)
      .send(encodedBody(page, encoding));
  }

  app.get('/suche', async (request, reply) => renderSearch(request, reply, request.query));

  // The save form sits on the search page, so a problem shows that page again with the message.
  app.post('/suche/speichern', async (request, reply) => {
    const actor = requireUser(request.actor);
    return handleForm(request, reply, {
      schema: SaveSearchSchema,
      showAgain: (values, errors, status) => {
        const search = Object.fromEntries(groupParams(new URLSearchParams(singleValue(values.query) ?? '')));
        return renderSearch(request, reply, search, { values, errors, status });
      },
      onValid: async ({ label, query }) => {
        await saveSearch({ services, actor, label, query, locale: lang(request) });
        return reply
          .setFlash('success', 'catalogue_search.saved.saved')
          .redirect(`/${lang(request)}/suche/gespeichert`, 303);
      },
    });
  });

  app.get('/suche/gespeichert', async (request, reply) => {
    const searches = await listSavedSearches({ services, actor: requireUser(request.actor) });
    return reply.renderPage(<SavedSearchesPage searches={searches} />, {
      title: request.i18n.t('catalogue_search.saved.title'),
    });
  });

  app.post('/suche/gespeichert/:id/loeschen', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    readButtonForm(request, EmptyFormSchema);
    await deleteSavedSearch({ services, actor, id });
    return reply
      .setFlash('success', 'catalogue_search.saved.deleted')
      .redirect(`/${lang(request)}/suche/gespeichert`, 303);
  });
}
