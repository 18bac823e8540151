import type { ApplicationStatus } from '../../tables.js';
import { usePage } from '../../../../core/http/page-context.js';
import { languageName } from '../languages.js';
import type { Qualifications } from '../schemas.js';

const WHEN = { dateStyle: 'medium', timeStyle: 'short' } as const;

export function StatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = usePage();
  const tone =
    status === 'contract' || status === 'offer'
      ? 'success'
      : status === 'declined' || status === 'withdrawn'
        ? 'neutral'
        : status === 'invited'
          ? 'warning'
          : 'info';
  return (
    <span class={`kern-badge kern-badge--${tone}`}>
      <span class="kern-label kern-label--small">{t(`matching_applications.status.${status}`)}</span>
    </span>
  );
}

export function When({ at }: { at: Date }) {
  const { i18n } = usePage();
  return <time dateTime={at.toISOString()}>{i18n.formatDate(at, WHEN)}</time>;
}

function Row({ label, value }: { label: string; value: string | null }) {
  if (!value) return null;
  return (
    <div class="kern-description-list-item">
      <dt class="kern-description-list-item__key">{label}</dt>
      <dd class="kern-description-list-item__value vr-applications-text" dir="auto">
        {value}
      </dd>
    </div>
  );
}

/** The qualifications part, the same for both sides: what the company decides on. */
export function QualificationsList({ qualifications }: { qualifications: Qualifications }) {
  const { t, i18n } = usePage();
  const languages = i18n.list(
    qualifications.languages.map(
      (l) => `${languageName(l.code, i18n.locale.code)} (${t(`matching_applications.levels.${l.level}`)})`,
    ),
  );
  return (
    <dl class="kern-description-list">
      <Row
        label={t('matching_applications.fields.school_certificate')}
        value={t(`matching_applications.certificates.${qualifications.school_certificate}`)}
      />
      <Row label={t('matching_applications.fields.foreign_certificate')} value={qualifications.foreign_certificate} />
      <Row label={t('matching_applications.fields.training')} value={qualifications.training} />
      <Row label={t('matching_applications.fields.internships')} value={qualifications.internships} />
      <Row label={t('matching_applications.fields.experience')} value={qualifications.experience} />
      <Row label={t('matching_applications.fields.volunteering')} value={qualifications.volunteering} />
      <Row
        label={t('matching_applications.fields.languages')}
        value={languages || t('matching_applications.detail.no_languages')}
      />
      <Row label={t('matching_applications.fields.motivation')} value={qualifications.motivation} />
    </dl>
  );
}

export function History({
  history,
}: {
  history: { status: ApplicationStatus; by: 'company' | 'applicant' | 'system'; at: Date }[];
}) {
  const { t } = usePage();
  return (
    <ol class="kern-list vr-applications-history">
      {history.map((change, index) => (
        <li key={index}>
          <When at={change.at} />: {t(`matching_applications.status.${change.status}`)} (
          {t(`matching_applications.history.by_${change.by}`)})
        </li>
      ))}
    </ol>
  );
}
