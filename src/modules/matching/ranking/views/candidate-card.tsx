import { usePage } from '../../../../core/http/page-context.js';
import { ButtonForm } from '../../../../ui/form.js';
import { useLabels } from '../../shared/index.js';
import type { CandidateResult } from '../use-cases/find-candidates.js';
import type { InvitedTalent } from '../use-cases/list-position-talents.js';
import { useDistanceText } from './distance.js';
import { OverallFit, ScoreTable, topReasons, WhyItMatches } from './result-parts.js';
import { InvitationBadge } from './talent-state.js';

/** Where the card's buttons post to; each carries the page's query so the company lands back where it was. */
export interface CardActions {
  invite: string;
  save: string;
}

/**
 * One ranked talent as a compact card: pseudonym, overall fit, the reasons that weigh most, and
 * the buttons; everything else (languages, certificate, strengths, the score table) behind a
 * disclosure that opens without JavaScript.
 */
export function CandidateCard({
  result,
  index,
  invitation,
  isSaved,
  actions,
}: {
  result: CandidateResult;
  index: number;
  invitation: InvitedTalent | undefined;
  isSaved: boolean;
  actions: CardActions;
}) {
  const { t, i18n } = usePage();
  const labels = useLabels();
  const { profile } = result;
  const pseudonym = profile.pseudonym;
  const distance = useDistanceText();
  return (
    <li class="kern-card vr-matching-card vr-talent-card" id={`talent-${profile.id}`}>
      <div class="vr-talent-card__head">
        <h3 class="kern-heading-small">
          <bdi>{pseudonym}</bdi>
        </h3>
        <OverallFit total={result.total} label={t('matching_talents.card.fit')} />
      </div>
      <p class="kern-body kern-body--small">
        {labels.certificate(profile.certificate)}
        {profile.city ? <> · {labels.city(profile.city)}</> : null}
        {profile.isMultilingual ? <> · {t('matching_talents.card.multilingual')}</> : null}
      </p>
      <p class="kern-body kern-body--small">
        {result.nearKm === null
          ? t('matching_core.distances.to_position', { distance: distance(result.km) })
          : t('matching_core.distances.to_postcode', {
              postcode: result.nearPostcode,
              distance: distance(result.nearKm),
            })}
      </p>
      <WhyItMatches reasons={topReasons(result.reasons, result.scores, 3)} reader="company" />
      {invitation || isSaved ? (
        <p class="kern-body vr-talent-card__state">
          {invitation ? (
            <>
              <InvitationBadge state={invitation.state} reader="company" />{' '}
              {t('matching_talents.card.invited_on', { date: i18n.formatDate(invitation.invitedAt) })}
            </>
          ) : null}
          {invitation && isSaved ? ' ' : null}
          {isSaved ? (
            <span class="kern-badge kern-badge--info">
              <span class="kern-label kern-label--small">{t('matching_talents.card.saved')}</span>
            </span>
          ) : null}
        </p>
      ) : null}
      <div class="vr-talent-card__actions">
        {invitation ? null : (
          <ButtonForm
            action={actions.invite}
            fields={{ profile: profile.id }}
            label={t('matching_talents.card.invite', { pseudonym })}
            variant="primary"
            size="small"
          />
        )}
        <ButtonForm
          action={actions.save}
          fields={{ profile: profile.id, saved: isSaved ? '0' : '1' }}
          label={t(isSaved ? 'matching_talents.card.unsave' : 'matching_talents.card.save', { pseudonym })}
          size="small"
        />
      </div>
      <details class="kern-accordion vr-talent-details">
        <summary class="kern-accordion__header">
          <span class="kern-title kern-title--small">{t('matching_talents.card.details', { pseudonym })}</span>
        </summary>
        <div class="kern-accordion__body kern-stack">
          <dl class="vr-talent-facts">
            <dt>{t('matching_talents.card.languages')}</dt>
            <dd>{i18n.list(profile.languages.map((l) => `${labels.language(l.code)} (${labels.level(l.level)})`))}</dd>
            <dt>{t('matching_talents.card.certificate')}</dt>
            <dd>{labels.certificate(profile.certificate)}</dd>
            {profile.potentials.strengths ? (
              <>
                <dt>{t('matching_talents.card.strengths')}</dt>
                <dd dir="auto">{profile.potentials.strengths}</dd>
              </>
            ) : null}
          </dl>
          <WhyItMatches reasons={result.reasons} reader="company" />
          <ScoreTable scores={result.scores} total={result.total} captionId={`scores-${index}`} reader="company" />
        </div>
      </details>
    </li>
  );
}
