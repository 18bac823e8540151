import { href, usePage } from '../../../core/http/page-context.js';
import { PageHeading } from '../../../ui/form.js';
import { GOAL_LEVELS } from '../tables.js';
import type { ProgrammeGoal, ProgrammeInitiative } from '../use-cases/get-work-programme.js';

function InitiativeCard({
  initiative,
  level = 4,
  canManage,
}: {
  initiative: ProgrammeInitiative;
  level?: 3 | 4;
  canManage: boolean;
}) {
  const { i18n, t } = usePage();
  const lang = i18n.locale.code;
  const owner = initiative.ownerName ?? initiative.ownerLabel;
  return (
    <li class="vr-initiative" data-initiative={initiative.id} id={`initiative-${initiative.id}`}>
      {level === 4 ? (
        <h4 class="kern-heading-small" lang="de" dir="ltr">
          {initiative.title}
        </h4>
      ) : (
        <h3 class="kern-heading-small" lang="de" dir="ltr">
          {initiative.title}
        </h3>
      )}
      <dl class="vr-facts">
        <dt>{t('monitoring.programme.status')}</dt>
        <dd>{t(`monitoring.programme.statuses.${initiative.status}`)}</dd>
        <dt>{t('monitoring.programme.field')}</dt>
        <dd>{t(`monitoring.programme.fields.${initiative.field}`)}</dd>
        <dt>{t('monitoring.programme.owner')}</dt>
        <dd>{owner ? <bdi>{owner}</bdi> : t('monitoring.programme.no_owner')}</dd>
        <dt>{t('monitoring.programme.cities')}</dt>
        <dd>
          {initiative.cities.length > 0
            ? i18n.list(initiative.cities.map((city) => t(`monitoring.areas.${city}`)))
            : t('monitoring.programme.all_cities')}
        </dd>
        <dt>{t('monitoring.programme.indicators')}</dt>
        <dd>
          {initiative.indicators.length === 0 ? (
            t('monitoring.programme.no_indicators')
          ) : (
            <ul class="vr-link-list">
              {initiative.indicators.map(({ indicator, trend }) => (
                <li key={indicator.key}>
                  {indicator.isComputed ? (
                    t(`monitoring_indicators.${indicator.key}.name`)
                  ) : (
                    <a class="kern-link" href={href(lang, `/monitoring/indikatoren/${indicator.key}`)}>
                      {t(`monitoring_indicators.${indicator.key}.name`)}
                    </a>
                  )}{' '}
                  ({t(`monitoring.programme.trends.${trend}`)})
                </li>
              ))}
            </ul>
          )}
        </dd>
        {initiative.milestones.length > 0 ? (
          <>
            <dt>{t('monitoring.programme.milestones')}</dt>
            <dd>
              <ul class="kern-list">
                {initiative.milestones.map((milestone, index) => (
                  <li key={index}>
                    <span lang="de" dir="ltr">
                      {milestone.title}
                    </span>
                    :{' '}
                    {milestone.reachedOn
                      ? t('monitoring.programme.reached', {
                          date: i18n.formatDate(milestone.reachedOn, { dateStyle: 'medium' }),
                        })
                      : t('monitoring.programme.due', {
                          date: i18n.formatDate(milestone.dueOn, { dateStyle: 'medium' }),
                        })}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>{t('monitoring.programme.source')}</dt>
        <dd>
          {initiative.sourcePath ? (
            <a class="kern-link" href={href(lang, initiative.sourcePath)}>
              <bdi>{initiative.sourceLabel}</bdi>
            </a>
          ) : (
            <bdi>{initiative.sourceLabel}</bdi>
          )}
          {initiative.isDemo ? ` (${t('monitoring.demo.short')})` : ''}
        </dd>
        {initiative.projects > 0 ? (
          <>
            <dt>{t('monitoring.programme.projects')}</dt>
            <dd>{i18n.formatNumber(initiative.projects)}</dd>
          </>
        ) : null}
      </dl>
      {canManage ? (
        <ul class="vr-link-list">
          <li>
            <a class="kern-link" href={href(lang, `/monitoring/initiativen/${initiative.id}`)}>
              {t('monitoring.initiative.edit_link')}
            </a>
          </li>
          <li>
            <a class="kern-link" href={href(lang, `/monitoring/initiativen/${initiative.id}/projekte`)}>
              {t('monitoring.programme.link_title')}
            </a>
          </li>
        </ul>
      ) : null}
    </li>
  );
}

/** The goal tree of Abbildung 3 by level, each goal with its initiatives: the work programme. */
export function WorkProgrammePage({
  goals,
  unassigned,
  canManage,
}: {
  goals: ProgrammeGoal[];
  unassigned: ProgrammeInitiative[];
  canManage: boolean;
}) {
  const { t, i18n } = usePage();
  return (
    <section class="kern-stack">
      <PageHeading>{t('monitoring.programme.title')}</PageHeading>
      <p class="kern-body">{t('monitoring.programme.intro')}</p>
      {i18n.locale.code !== 'de' ? <p class="kern-body">{t('monitoring.programme.german_titles')}</p> : null}
      {GOAL_LEVELS.map((level) => (
        <section class="kern-stack" key={level} aria-labelledby={`level-${level}`}>
          <h2 class="kern-heading-medium" id={`level-${level}`}>
            {t(`monitoring.programme.levels.${level}`)}
          </h2>
          <ol class="vr-goal-list">
            {goals
              .filter((goal) => goal.level === level)
              .map((goal) => (
                <li key={goal.id} class="vr-goal" id={`ziel-${goal.id}`}>
                  <h3 class="kern-heading-small" lang="de" dir="ltr">
                    {goal.title}
                  </h3>
                  {goal.initiatives.length > 0 ? (
                    <ul
                      class="vr-initiative-list"
                      aria-label={t('monitoring.programme.initiatives_of', { count: goal.initiatives.length })}
                    >
                      {goal.initiatives.map((initiative) => (
                        <InitiativeCard key={initiative.id} initiative={initiative} canManage={canManage} />
                      ))}
                    </ul>
                  ) : (
                    <p class="kern-body">{t('monitoring.programme.no_initiatives')}</p>
                  )}
                </li>
              ))}
          </ol>
        </section>
      ))}
      <section class="kern-stack" aria-labelledby="proposed-heading">
        <h2 class="kern-heading-medium" id="proposed-heading">
          {t('monitoring.programme.unassigned')}
        </h2>
        {unassigned.length > 0 ? (
          <ul class="vr-initiative-list">
            {unassigned.map((initiative) => (
              <InitiativeCard key={initiative.id} initiative={initiative} level={3} canManage={canManage} />
            ))}
          </ul>
        ) : (
          <p class="kern-body">{t('monitoring.programme.none_unassigned')}</p>
        )}
      </section>
    </section>
  );
}
