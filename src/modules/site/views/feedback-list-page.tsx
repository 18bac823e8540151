import { usePage } from '../../../core/http/page-context.js';
import { DataTable } from '../../../ui/data-table.js';
import type { FeedbackView } from '../use-cases/list-accessibility-feedback.js';

/** The office's list of accessibility feedback: when, from which page, what, and how to answer. */
export function FeedbackListPage({ feedback }: { feedback: FeedbackView[] }) {
  const { t, i18n } = usePage();
  return (
    <div class="kern-stack">
      <hgroup class="kern-hgroup">
        <h1 class="kern-heading-x-large">{t('start.feedback.title')}</h1>
        <p class="kern-subline">{t('start.feedback.lead')}</p>
      </hgroup>
      <DataTable
        caption={t('start.feedback.caption')}
        rows={feedback}
        rowKey={(row) => row.id}
        empty={t('start.feedback.empty')}
        columns={[
          {
            header: t('start.feedback.received'),
            cell: (row) => i18n.formatDate(row.receivedAt, { dateStyle: 'medium', timeStyle: 'short' }),
            isRowHeader: true,
          },
          { header: t('start.feedback.page'), cell: (row) => row.pageUrl ?? '–', hasOwnDirection: true },
          { header: t('start.feedback.message'), cell: (row) => row.message, hasOwnDirection: true },
          {
            header: t('start.feedback.contact'),
            cell: (row) =>
              row.contactEmail ? (
                <a class="kern-link" href={`mailto:${row.contactEmail}`}>
                  {row.contactEmail}
                </a>
              ) : (
                '–'
              ),
            hasOwnDirection: true,
          },
        ]}
      />
    </div>
  );
}
