import { usePage } from '../../../core/http/page-context.js';
import type { City } from '../../../region/index.js';
import { ACTIVITY_KINDS, type ActivityKind } from '../tables.js';

/** The texts the partnership pages share: activity kinds, months, grades, cities, days. */
export function useLabels() {
  const { t, i18n } = usePage();
  const monthName = (month: number) =>
    i18n.formatDate(new Date(Date.UTC(2026, month - 1, 15, 12)), { month: 'long', timeZone: 'UTC' });
  const day = (value: string) =>
    i18n.formatDate(new Date(`${value}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  return {
    activity: (kind: ActivityKind) => t(`partnerships.activities.${kind}`),
    activityOn: ({ kind, plannedOn }: { kind: ActivityKind; plannedOn: string }) =>
      t('partnerships.labels.activity_on', { activity: t(`partnerships.activities.${kind}`), date: day(plannedOn) }),
    activities: (kinds: readonly ActivityKind[]) =>
      i18n.list(
        ACTIVITY_KINDS.filter((kind) => kinds.includes(kind)).map((kind) => t(`partnerships.activities.${kind}`)),
      ),
    activityOptions: ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t(`partnerships.activities.${kind}`) })),
    monthName,
    months: (months: readonly number[]) =>
      months.length === 12 ? t('partnerships.labels.all_year') : i18n.list(months.map(monthName)),
    grades: (grades: readonly number[]) =>
      grades.length === 0 ? '' : t('partnerships.labels.grades', { grades: i18n.list(grades.map(String)) }),
    city: (city: City | null) => (city ? t(`organisations.cities.${city}`) : t('partnerships.labels.no_city')),
    day,
    km: (km: number) =>
      km < 1 ? t('partnerships.labels.km_under_one') : t('partnerships.labels.km', { km: Math.round(km) }),
  };
}

/** The line GeoNames' licence (CC BY 4.0) asks for wherever distances computed from its data are shown. */
export function DistanceAttribution() {
  const { t } = usePage();
  return (
    <p class="kern-body kern-body--small">
      {t('partnerships.labels.attribution_before')}{' '}
      <a class="kern-link" href="https://www.geonames.org/" lang="en">
        GeoNames
      </a>
      ,{' '}
      <a class="kern-link" href="https://creativecommons.org/licenses/by/4.0/deed.de" lang="en">
        CC BY 4.0
      </a>
    </p>
  );
}
