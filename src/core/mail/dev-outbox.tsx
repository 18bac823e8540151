import type { FastifyInstance } from 'fastify';
import type { JSX } from 'preact';
import { requireLocalePrefix } from '../http/locale-scope.js';
import { usePage } from '../http/page-context.js';
import type { NavigationEntry, NavigationViewer } from '../modules/navigation.js';
import { AppError } from '../errors.js';
import { isDirectLoopbackRequest } from '../loopback.js';

interface OutboxMail {
  id: string;
  at: Date;
  to_address: string;
  subject: string;
  text_body: string;
}

const LINK = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]/g;

/** A mail's text with every web address as a link, so a developer follows a confirmation link with one click. */
export function MailText({ text }: { text: string }) {
  const parts: (string | JSX.Element)[] = [];
  let index = 0;
  for (const match of text.matchAll(LINK)) {
    parts.push(text.slice(index, match.index));
    parts.push(
      <a class="kern-link" href={match[0]} key={match.index}>
        {match[0]}
      </a>,
    );
    index = match.index + match[0].length;
  }
  parts.push(text.slice(index));
  return <>{parts}</>;
}

function DevOutboxPage({ mails }: { mails: OutboxMail[] }) {
  const { t, i18n } = usePage();
  return (
    <div class="kern-stack">
      <h1 class="kern-heading-large">{t('dev_outbox.title')}</h1>
      <p class="kern-body">{t('dev_outbox.intro')}</p>
      {mails.length === 0 ? <p class="kern-body">{t('dev_outbox.empty')}</p> : null}
      {mails.map((mail) => (
        <article class="kern-card" key={mail.id} aria-labelledby={`mail-${mail.id}`}>
          <div class="kern-card__container">
            <div class="kern-card__header">
              <h2 class="kern-title" id={`mail-${mail.id}`}>
                {mail.subject}
              </h2>
            </div>
            <div class="kern-card__body">
              <p class="kern-body kern-body--small">
                {t('dev_outbox.meta', {
                  to: mail.to_address,
                  at: i18n.formatDate(mail.at, { dateStyle: 'short', timeStyle: 'medium' }),
                })}
              </p>
              <pre class="vr-mail-body" dir="auto">
                <MailText text={mail.text_body} />
              </pre>
            </div>
          </div>
        </article>
      ))}
    </div>
  );
}

/**
 * Who may read the outbox (outside production only): it holds confirmation and reset links, so
 * whoever reads it could take over any account. Signed-in platform admins, and a developer at the
 * machine the platform runs on (a request straight from loopback, through no proxy).
 */
export function mayReadDevOutbox(viewer: NavigationViewer): boolean {
  if (viewer.isProduction) return false;
  return viewer.isLocalVisitor === true || (viewer.actor.kind === 'user' && viewer.actor.isPlatformAdmin);
}

/** The footer link to the outbox, for those who may read it. */
export const DEV_OUTBOX_NAVIGATION: readonly NavigationEntry[] = [
  {
    area: 'footer',
    path: '/entwicklung/postausgang',
    labelKey: 'layout.footer.dev_outbox',
    order: 50,
    isVisible: mayReadDevOutbox,
  },
];

/** Outside production, mail without SMTP lands in a table; this page shows the newest 50 to those who may read it. */
export async function registerDevOutbox(app: FastifyInstance): Promise<void> {
  if (app.services.config.isProduction) return;
  await app.register(
    async (scope) => {
      requireLocalePrefix(scope);
      scope.get('/entwicklung/postausgang', async (request, reply) => {
        const viewer = { actor: request.actor, isProduction: false, isLocalVisitor: isDirectLoopbackRequest(request) };
        // Refused as if it did not exist: nobody else learns that a development outbox is there.
        if (!mayReadDevOutbox(viewer)) throw new AppError('not_found');
        const mails = await app.services.db
          .selectFrom('dev_outbox')
          .selectAll()
          .orderBy('id', 'desc')
          .limit(50)
          .execute();
        return reply.renderPage(<DevOutboxPage mails={mails} />, { title: request.i18n.t('dev_outbox.title') });
      });
    },
    { prefix: '/:lang' },
  );
}
