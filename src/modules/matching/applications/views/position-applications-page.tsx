import { href, usePage } from '../../../../core/http/page-context.js';
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
      {view.applications.length === 0 ? (
        <p class="kern-body">{t('matching_applications.company_list.empty')}</p>
      ) : (
        <div class="vr-table-wrap">
          <table class="kern-table">
            <caption class="kern-sr-only">{t('matching_applications.company_list.caption', { position: view.position.title })}</caption>
            <thead class="kern-table__header">
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">{t('matching_applications.company_list.pseudonym')}</th>
                <th class="kern-table__header" scope="col">{t('matching_applications.fields.school_certificate')}</th>
                <th class="kern-table__header" scope="col">{t('matching_applications.fields.languages')}</th>
                <th class="kern-table__header" scope="col">{t('matching_applications.mine.submitted')}</th>
                <th class="kern-table__header" scope="col">{t('matching_applications.mine.status')}</th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {view.applications.map((application) => (
                <tr class="kern-table__row" key={application.id}>
                  <th class="kern-table__cell" scope="row">
                    <a class="kern-link" href={href(lang, `/firma/bewerbungen/${application.id}`)}>{application.pseudonym}</a>
                  </th>
                  <td class="kern-table__cell">{application.schoolCertificate ? t(`matching_applications.certificates.${application.schoolCertificate}`) : '–'}</td>
                  <td class="kern-table__cell">
                    {i18n.list(application.languages.map((l) => `${languageName(l.code, lang)} (${t(`matching_applications.levels.${l.level}`)})`)) || '–'}
                  </td>
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
