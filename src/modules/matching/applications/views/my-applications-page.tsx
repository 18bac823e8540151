import { href, usePage } from '../../../../core/http/page-context.js';
import { DataTable } from '../../../../ui/data-table.js';
import { PageHeading } from '../../../../ui/form.js';
import type { MyApplicationSummary } from '../present.js';
import { StatusBadge, When } from './parts.js';

/** The applicant's own applications with their status. */
export function MyApplicationsPage({ applications }: { applications: MyApplicationSummary[] }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack">
      <PageHeading>{t('matching_applications.mine.title')}</PageHeading>
      <DataTable
        caption={t('matching_applications.mine.caption')}
        rows={applications}
        rowKey={(application) => application.id}
        empty={
          <>
            {t('matching_applications.mine.empty')}{' '}
            <a class="kern-link" href={href(lang, '/profil/passende-stellen')}>
              {t('matching_applications.mine.empty_matches')}
            </a>{' '}
            <a class="kern-link" href={href(lang, '/stellen')}>
              {t('matching_applications.mine.empty_search')}
            </a>
          </>
        }
        columns={[
          {
            header: t('matching_applications.mine.position'),
            isRowHeader: true,
            cell: (application) => (
              <a class="kern-link" href={href(lang, `/bewerbungen/${application.id}`)} dir="auto">
                {application.positionTitle}
              </a>
            ),
          },
          {
            header: t('matching_applications.mine.organisation'),
            hasOwnDirection: true,
            cell: (application) => application.organisationName,
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
