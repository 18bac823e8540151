import type { FieldErrors } from '../../../core/errors.js';
import type { FormValues } from '../../../core/http/forms.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { DataTable } from '../../../ui/data-table.js';
import { ButtonForm, ErrorSummary, Form, PageHeading, SubmitButton, TextArea, TextField } from '../../../ui/form.js';
import { LabelledSection } from '../../../ui/section.js';
import type { ImportProblem } from '../questionnaires/index.js';
import { CHECKLIST_LIMITS } from '../schemas.js';
import type { Audience } from '../tables.js';

export interface VersionLine {
  id: string;
  audience: Audience;
  version: number;
  created_at: Date;
  uses: number;
}

/** Questionnaire versions (export, import, delete unused) and revoking a certificate: the platform admins' page. */
export function QuestionnairesAdminPage({
  versions,
  problems,
  values = {},
  errors,
  revokeErrors,
}: {
  versions: VersionLine[];
  problems?: ImportProblem[];
  values?: FormValues;
  errors?: FieldErrors | undefined;
  revokeErrors?: FieldErrors | undefined;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack">
      <PageHeading>{t('checklists_admin.title')}</PageHeading>
      <p class="kern-body">{t('checklists_admin.intro')}</p>
      <DataTable
        caption={t('checklists_admin.caption')}
        rows={versions}
        rowKey={(row) => row.id}
        empty={t('checklists_admin.empty')}
        columns={[
          {
            header: t('checklists_admin.audience'),
            isRowHeader: true,
            cell: (row) =>
              t('checklists_admin.version_label', {
                audience: t(`checklists.audiences.${row.audience}`),
                version: row.version,
              }),
          },
          { header: t('checklists_admin.uses'), isNumeric: true, cell: (row) => i18n.formatNumber(row.uses) },
          {
            header: t('checklists_admin.actions'),
            cell: (row) => (
              <>
                <a class="kern-link" href={href(lang, `/qualitaet/frageboegen/${row.id}/export`)} download>
                  {t('checklists_admin.export', {
                    audience: t(`checklists.audiences.${row.audience}`),
                    version: row.version,
                  })}
                </a>{' '}
                {row.uses === 0 ? (
                  <ButtonForm
                    action={href(lang, `/qualitaet/frageboegen/${row.id}/loeschen`)}
                    label={t('checklists_admin.delete', {
                      audience: t(`checklists.audiences.${row.audience}`),
                      version: row.version,
                    })}
                    size="x-small"
                    variant="tertiary"
                  />
                ) : null}
              </>
            ),
          },
        ]}
      />
      <p class="kern-body">
        <a class="kern-link" href={href(lang, '/qualitaet/frageboegen/schema')}>
          {t('checklists_admin.schema')}
        </a>
      </p>
      <LabelledSection id="import-heading" heading={t('checklists_admin.import_heading')}>
        {problems && problems.length > 0 ? (
          <div class="kern-alert kern-alert--danger" role="alert" tabIndex={-1} id="error-summary">
            <div class="kern-alert__header">
              <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
              <h2 class="kern-title">{t('checklists_admin.problems_title', { count: problems.length })}</h2>
            </div>
            <div class="kern-alert__body">
              <ul class="kern-list">
                {problems.map((problem, index) => (
                  <li key={index}>
                    <code dir="ltr">{problem.path || '/'}</code>: {t(problem.messageKey, { detail: problem.detail })}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        ) : null}
        <ErrorSummary errors={errors} />
        <Form action={href(lang, '/qualitaet/frageboegen/import')} labelledBy="import-heading">
          <TextArea
            name="json"
            label={t('checklists_admin.json')}
            hint={t('checklists_admin.json_hint')}
            value={values.json}
            errors={errors}
            required
            maxLength={CHECKLIST_LIMITS.questionnaireJson}
            rows={12}
          />
          <SubmitButton label={t('checklists_admin.import')} />
        </Form>
      </LabelledSection>
      <LabelledSection id="revoke-heading" heading={t('checklists_admin.revoke_heading')}>
        <ErrorSummary errors={revokeErrors} idPrefix="revoke-" />
        <Form action={href(lang, '/qualitaet/zertifikate/widerrufen')} labelledBy="revoke-heading">
          <TextField
            name="code"
            idPrefix="revoke-"
            label={t('checklists_certificate.verify.code')}
            value={undefined}
            errors={revokeErrors}
            required
            maxLength={40}
            autocomplete="off"
          />
          <SubmitButton label={t('checklists_admin.revoke')} variant="secondary" />
        </Form>
      </LabelledSection>
    </div>
  );
}
