import { usePage } from '../../../../core/http/page-context.js';

/** A distance as people say it: "ca. 12 km", "unter 1 km". */
export function useDistanceText(): (km: number) => string {
  const { t } = usePage();
  return (km) =>
    km < 1 ? t('matching_core.distances.under_one') : t('matching_core.distances.about', { km: Math.round(km) });
}

/** The line GeoNames' licence (CC BY 4.0) asks for wherever distances computed from its data are shown. */
export function DistanceAttribution() {
  const { t } = usePage();
  return <p class="kern-body kern-body--small vr-distance-attribution">{t('matching_core.distances.attribution')}</p>;
}
