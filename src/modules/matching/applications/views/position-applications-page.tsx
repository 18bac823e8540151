import { href, usePage } from '../../../../core/http/page-context.js';
import { DataTable } from '../../../../ui/data-table.js';
import { PageHeading } from '../../../../ui/form.js';
import { languageName } from '../languages.js';
import type { PositionApplicationsView } from '../use-cases/list-position-applications.js';
import { StatusBadge, When } from './parts.js';

/** The company's applications for one position: pseudonym, certificate, languages, status. Nothing about the person. */
export function PositionApplicationsPage({ view }: { view: PositionApplicationsView }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack">
      <PageHeading>{t('matching_applications.company_list.title', { position: view.position.title })}</PageHeading>
      <p class="kern-body">{t('matching_applications.company_list.intro')}</p>
      <p class="kern-body kern-body--small vr-pseudonym-note">
        {t('matching_applications.company_list.pseudonym_note')}
      </p>
      <DataTable
        caption={t('matching_applications.company_list.caption', { position: view.position.title })}
        rows={view.applications}
        rowKey={(application) => application.id}
        empty={
          <>
            {t('matching_applications.company_list.empty')}{' '}
            {view.position.status === 'published' ? (
              <a class="kern-link" href={href(lang, `/stellen/${view.position.id}/kandidaten`)}>
                {t('matching_applications.company_list.empty_candidates')}
              </a>
            ) : null}
          </>
        }
        columns={[
          {
            header: t('matching_applications.company_list.pseudonym'),
            isRowHeader: true,
            cell: (application) => (
              <a class="kern-link" href={href(lang, `/firma/bewerbungen/${application.id}`)}>
                {application.pseudonym}
              </a>
            ),
          },
          {
            header: t('matching_applications.fields.school_certificate'),
            cell: (application) =>
              application.schoolCertificate
                ? t(`matching_applications.certificates.${application.schoolCertificate}`)
                : '–',
          },
          {
            header: t('matching_applications.fields.languages'),
            cell: (application) =>
              i18n.list(
                application.languages.map(
                  (l) => `${languageName(l.code, lang)} (${t(`matching_applications.levels.${l.level}`)})`,
                ),
              ) || '–',
          },
          {
            header: t('matching_applications.mine.submitted'),
            cell: (application) => <When at={application.submittedAt} />,
          },
          {
            header: t('matching_applications.mine.status'),
            cell: (application) => <StatusBadge status={application.status} />,
          },
        ]}
      />
    </div>
  );
}
