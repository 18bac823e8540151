import { href, usePage } from '../../../../core/http/page-context.js';
import { getRuhrCity } from '../../../../region/index.js';
import { useLabels } from '../../shared/index.js';
import type { CompanyPosition } from '../use-cases/list-company-positions.js';
import { useDay } from './position-facts.js';

/** A company's open positions as a list of links, for its public profile page. */
export function CompanyPositionsList({ positions, headingId }: { positions: CompanyPosition[]; headingId: string }) {
  const { t, i18n } = usePage();
  const labels = useLabels();
  const day = useDay();
  const lang = i18n.locale.code;
  return (
    <section class="kern-stack" aria-labelledby={headingId}>
      <h2 class="kern-heading-medium" id={headingId}>
        {t('matching_positions.company.heading', { count: positions.length })}
      </h2>
      {positions.length === 0 ? (
        <p class="kern-body">{t('matching_positions.company.empty')}</p>
      ) : (
        <ul class="kern-list vr-company-positions">
          {positions.map((position) => (
            <li key={position.id}>
              <a class="kern-link" href={href(lang, `/stellen/${position.id}`)} dir="auto">
                {position.title}
              </a>
              <br />
              <span class="kern-body kern-body--small">
                {t(`matching_core.kinds.${position.kind}`)} · {labels.occupation(position.occupation_id)} ·{' '}
                {getRuhrCity(position.city).name} ·{' '}
                {t('matching_positions.company.deadline', { date: day(position.deadline) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
