import { usePage } from '../../../../core/http/page-context.js';
import { CRITERIA, type Scores } from '../scores.js';
import { percent, type Reason } from '../explain.js';

/** The score per criterion as a small table, and the "why it matches" sentences. */
export function ScoreTable({ scores, total, captionId }: { scores: Scores; total: number; captionId: string }) {
  const { t } = usePage();
  return (
    <table class="kern-table vr-matching-scores">
      <caption id={captionId}>{t('matching_core.scores.caption', { total: percent(total) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('matching_core.scores.criterion')}</th>
          <th scope="col">{t('matching_core.scores.score')}</th>
        </tr>
      </thead>
      <tbody>
        {CRITERIA.map((criterion) => (
          <tr key={criterion}>
            <th scope="row">{t(`matching_core.criteria.${criterion}`)}</th>
            <td>{t('matching_core.scores.percent', { value: percent(scores[criterion]) })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function WhyItMatches({ reasons }: { reasons: Reason[] }) {
  const { t } = usePage();
  return (
    <ul class="kern-list vr-matching-why">
      {reasons.map((reason) => (
        <li key={reason.criterion}>{t(reason.key, reason.values)}</li>
      ))}
    </ul>
  );
}
