import { usePage } from '../http/page-context.js';
import type { PlaceFilter } from './understand.js';

/**
 * The places named in a query, shown as the filters they became, each with a link to the same
 * search without it. `hrefWithout` builds that link from the query text without the place.
 */
export function PlaceFilters({
  places,
  hrefWithout,
}: {
  places: readonly PlaceFilter[];
  hrefWithout: (textWithout: string) => string;
}) {
  const { t } = usePage();
  if (places.length === 0) return null;
  return (
    <ul class="vr-search__places" aria-label={t('search.places_label')}>
      {places.map((place) => (
        <li key={`${place.city}-${place.district ?? ''}`}>
          <span>{t('search.place_filter', { place: place.label })}</span>{' '}
          <a class="kern-link" href={hrefWithout(place.textWithout)}>
            {t('search.remove_place', { place: place.label })}
          </a>
        </li>
      ))}
    </ul>
  );
}
