import { href, usePage } from '../../../core/http/page-context.js';
import { PageHeading } from '../../../ui/form.js';
import { LabelledSection } from '../../../ui/section.js';
import type { AwardCall } from '../use-cases/get-award-call.js';
import type { ForumSummary } from '../use-cases/list-forums.js';
import type { TextLine } from '../use-cases/list-texts.js';
import { AWARD_PATH } from './award-pages.js';
import { STORIES_PATH, TextCards } from './story-pages.js';
import { forumPath } from './forum-pages.js';

export function HubPage({
  forums,
  canCreate,
  award,
  texts,
}: {
  forums: ForumSummary[];
  canCreate: boolean;
  award: AwardCall;
  texts: { campaigns: TextLine[]; stories: TextLine[] };
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack">
      <PageHeading>{t('participation.hub.title')}</PageHeading>
      <p class="kern-body">{t('participation.hub.intro')}</p>
      <p class="kern-body vr-participation-actions">
        <a class="kern-link" href={href(lang, '/beteiligung/mitmachen')}>
          {t('participation.join.link')}
        </a>
        {canCreate ? (
          <a class="kern-link" href={href(lang, '/beteiligung/foren/neu')}>
            {t('participation.forum.new_title')}
          </a>
        ) : null}
      </p>
      <LabelledSection id="forums-heading" heading={t('participation.hub.forums')}>
        {forums.length === 0 ? <p class="kern-body">{t('participation.hub.no_forums')}</p> : null}
        <ul class="vr-card-grid">
          {forums.map((forum) => (
            <li class="kern-card" key={forum.id}>
              <div class="kern-card__container">
                <div class="kern-card__header">
                  <h3 class="kern-title">
                    <a class="kern-link" href={href(lang, forumPath(forum.id))}>
                      <bdi>{forum.title}</bdi>
                    </a>
                  </h3>
                </div>
                <div class="kern-card__body">
                  <p class="kern-body">
                    {i18n.formatDate(forum.startsAt, { dateStyle: 'long', timeStyle: 'short' })}
                    {' · '}
                    {forum.place ? <bdi>{forum.place}</bdi> : t('participation.forum.online')}
                  </p>
                  <p class="kern-body kern-body--small">
                    {t(`participation.registration.${forum.registration}`)}
                    {forum.closedRounds > 0
                      ? ` · ${t('participation.hub.results', { count: forum.closedRounds })}`
                      : ''}
                  </p>
                </div>
              </div>
            </li>
          ))}
        </ul>
      </LabelledSection>
      <LabelledSection id="award-heading" heading={t('participation_award.title')}>
        <p class="kern-body">
          {award.round
            ? award.isOpen
              ? t('participation_award.closes', { date: i18n.formatDate(award.round.closesOn) })
              : t(`participation_award.status.${award.round.status}`)
            : t('participation_award.no_call')}
        </p>
        <p class="kern-body">
          <a class="kern-link" href={href(lang, AWARD_PATH)}>
            {t('participation.hub.award_link')}
          </a>
        </p>
      </LabelledSection>
      <LabelledSection id="stories-heading" heading={t('participation_stories.title')}>
        <p class="kern-body">{t('participation_stories.intro')}</p>
        <TextCards items={[...texts.campaigns.slice(0, 3), ...texts.stories.slice(0, 3)]} />
        <p class="kern-body">
          <a class="kern-link" href={href(lang, STORIES_PATH)}>
            {t('participation_stories.all')}
          </a>
        </p>
      </LabelledSection>
    </div>
  );
}
