import { usePage } from '../../../../core/http/page-context.js';
import { CRITERIA, WEIGHTS, type Scores } from '../scores.js';
import { percent, type Reason } from '../explain.js';

/** Who reads a ranking: the applicant about a position ("Sie wohnen …"), or a company about a talent ("Wohnt …"). */
export type Reader = 'applicant' | 'company';

const COMPANY_PREFIX = 'matching_core.why.';
const APPLICANT_PREFIX = 'matching_talents.why_you.';

/**
 * The message key of a reason for its reader. explainScores writes the company's third-person
 * sentences; the applicant reads the same fact addressed to them. A test keeps both lists equal.
 */
export function reasonKey(key: string, reader: Reader): string {
  return reader === 'applicant' && key.startsWith(COMPANY_PREFIX)
    ? `${APPLICANT_PREFIX}${key.slice(COMPANY_PREFIX.length)}`
    : key;
}

/** The reasons that carry the most weight in this result, best first: what a card shows before the details. */
export function topReasons(reasons: readonly Reason[], scores: Scores, count: number): Reason[] {
  return [...reasons]
    .sort((a, b) => WEIGHTS[b.criterion] * scores[b.criterion] - WEIGHTS[a.criterion] * scores[a.criterion])
    .slice(0, count);
}

/** The overall fit in large figures with a bar (the bar is decoration; the figure is the content). */
export function OverallFit({ total, label }: { total: number; label: string }) {
  const { t } = usePage();
  return (
    <p class="kern-body vr-fit">
      <span class="vr-fit__label">{label}</span>{' '}
      <strong class="vr-fit__value">{t('matching_core.scores.percent', { value: percent(total) })}</strong>
      <meter class="vr-fit__bar" min={0} max={100} value={percent(total)} aria-hidden="true" />
    </p>
  );
}

/** The score per criterion as a KERN table, its caption a sentence for the reader. */
export function ScoreTable({
  scores,
  total,
  captionId,
  reader,
}: {
  scores: Scores;
  total: number;
  captionId: string;
  reader: Reader;
}) {
  const { t } = usePage();
  return (
    <div class="vr-table-wrap">
      <table class="kern-table kern-table--small vr-matching-scores">
        <caption id={captionId} class="kern-body">
          {t(`matching_talents.scores.caption_${reader}`, { total: percent(total) })}
        </caption>
        <thead class="kern-table__head">
          <tr class="kern-table__row">
            <th scope="col" class="kern-table__header">
              {t('matching_core.scores.criterion')}
            </th>
            <th scope="col" class="kern-table__header kern-table__header--numeric">
              {t('matching_core.scores.score')}
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {CRITERIA.map((criterion) => (
            <tr key={criterion} class="kern-table__row">
              <th scope="row" class="kern-table__header">
                {t(`matching_core.criteria.${criterion}`)}
              </th>
              <td class="kern-table__cell kern-table__cell--numeric">
                <span class="vr-score">
                  <span class="vr-score__value">
                    {t('matching_core.scores.percent', { value: percent(scores[criterion]) })}
                  </span>
                  <meter
                    class="vr-score__bar"
                    min={0}
                    max={100}
                    value={percent(scores[criterion])}
                    aria-hidden="true"
                  />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function WhyItMatches({ reasons, reader }: { reasons: readonly Reason[]; reader: Reader }) {
  const { t } = usePage();
  return (
    <ul class="kern-list vr-matching-why">
      {reasons.map((reason) => (
        <li key={reason.criterion}>{t(reasonKey(reason.key, reader), reason.values)}</li>
      ))}
    </ul>
  );
}
