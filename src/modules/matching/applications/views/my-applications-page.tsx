import { href, usePage } from '../../../../core/http/page-context.js';
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
      {applications.length === 0 ? (
        <p class="kern-body">{t('matching_applications.mine.empty')}</p>
      ) : (
        <div class="vr-table-wrap">
          <table class="kern-table">
            <caption class="kern-sr-only">{t('matching_applications.mine.caption')}</caption>
            <thead class="kern-table__header">
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">{t('matching_applications.mine.position')}</th>
                <th class="kern-table__header" scope="col">{t('matching_applications.mine.organisation')}</th>
                <th class="kern-table__header" scope="col">{t('matching_applications.mine.submitted')}</th>
                <th class="kern-table__header" scope="col">{t('matching_applications.mine.status')}</th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {applications.map((application) => (
                <tr class="kern-table__row" key={application.id}>
                  <th class="kern-table__cell" scope="row">
                    <a class="kern-link" href={href(lang, `/bewerbungen/${application.id}`)} dir="auto">{application.positionTitle}</a>
                  </th>
                  <td class="kern-table__cell" dir="auto">{application.organisationName}</td>
                  <td class="kern-table__cell"><When at={application.submittedAt} /></td>
                  <td class="kern-table__cell"><StatusBadge status={application.status} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
