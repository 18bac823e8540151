import type { FieldErrors } from '../../../core/errors.js';
import { CITIES } from '../../../region/index.js';
import { MEMBERSHIP_ROLES } from '../../../core/db/database.js';
import { singleValue, type FormValues } from '../../../core/http/forms.js';
import { LIMITS } from '../../../core/limits.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { DataTable, RowActionForm } from '../../../ui/data-table.js';
import { Pagination } from '../../../ui/pagination.js';
import { isolate } from '../../../ui/bidi.js';
import { ErrorSummary, Form, PageHeading, SelectField, SubmitButton, TextField } from '../../../ui/form.js';
import type { OrganisationOverview } from '../present.js';
import { REGISTRABLE_TYPES } from '../schemas.js';

export function CreateOrganisationPage({
  values = {},
  errors,
}: {
  values?: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { t, i18n } = usePage();
  return (
    <section class="kern-stack">
      <PageHeading id="create-org-heading">{t('organisations.create.title')}</PageHeading>
      <p class="kern-body">{t('organisations.create.intro')}</p>
      <ErrorSummary errors={errors} />
      <Form action={href(i18n.locale.code, '/organisation/neu')} labelledBy="create-org-heading">
        <TextField
          name="name"
          label={t('organisations.fields.name')}
          value={values.name}
          errors={errors}
          required
          maxLength={LIMITS.organisationName}
          autocomplete="organization"
        />
        <SelectField
          name="type"
          label={t('organisations.fields.type')}
          value={values.type}
          errors={errors}
          required
          options={REGISTRABLE_TYPES.map((type) => ({ value: type, label: t(`organisations.types.${type}`) }))}
        />
        <SelectField
          name="city"
          label={t('organisations.fields.city')}
          value={values.city}
          errors={errors}
          required
          options={CITIES.map((city) => ({ value: city, label: t(`organisations.cities.${city}`) }))}
        />
        <TextField
          name="website"
          type="url"
          label={t('organisations.fields.website')}
          hint={t('organisations.fields.website_hint')}
          value={values.website}
          errors={errors}
          maxLength={LIMITS.url}
          autocomplete="url"
        />
        <SubmitButton label={t('organisations.create.submit')} />
      </Form>
    </section>
  );
}

export function OrganisationPage({
  overview,
  values = {},
  errors,
}: {
  overview: OrganisationOverview;
  values?: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack">
      <PageHeading>
        <bdi>{overview.name}</bdi>
      </PageHeading>
      <p class="kern-body">
        <span class={`kern-badge ${overview.isVerified ? 'kern-badge--success' : 'kern-badge--warning'}`}>
          <span class="kern-label kern-label--small">
            {t(overview.isVerified ? 'organisations.status.verified' : 'organisations.status.pending')}
          </span>
        </span>
      </p>
      {overview.isVerified ? null : <p class="kern-body">{t('organisations.status.pending_help')}</p>}
      <dl class="kern-description-list">
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{t('organisations.fields.type')}</dt>
          <dd class="kern-description-list-item__value">{t(`organisations.types.${overview.type}`)}</dd>
        </div>
        {overview.city ? (
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">{t('organisations.fields.city')}</dt>
            <dd class="kern-description-list-item__value">{t(`organisations.cities.${overview.city}`)}</dd>
          </div>
        ) : null}
      </dl>

      <section class="kern-stack" aria-labelledby="members-heading">
        <h2 class="kern-heading-medium" id="members-heading">
          {t('organisations.members.title')}
        </h2>
        <DataTable
          caption={t('organisations.members.caption', { organisation: isolate(overview.name) })}
          rows={overview.members}
          rowKey={(member) => member.id}
          columns={[
            {
              header: t('organisations.members.name'),
              isRowHeader: true,
              hasOwnDirection: true,
              cell: (member) => member.name,
            },
            overview.viewerIsAdmin && {
              header: t('accounts.fields.email'),
              cell: (member) => <bdi dir="ltr">{member.email}</bdi>,
            },
            { header: t('organisations.members.role'), cell: (member) => t(`organisations.roles.${member.role}`) },
            overview.viewerIsAdmin && {
              header: t('organisations.members.actions'),
              cell: (member) => (
                <RowActionForm
                  action={href(lang, `/organisation/mitglieder/${member.id}/entfernen`)}
                  label={t('organisations.members.remove', { name: member.name })}
                />
              ),
            },
          ]}
        />
        <Pagination
          page={overview.memberPages.page}
          pageCount={overview.memberPages.pageCount}
          label={t('organisations.members.pages')}
        />
      </section>

      {overview.viewerIsAdmin ? (
        <section class="kern-stack" aria-labelledby="invite-heading">
          <h2 class="kern-heading-medium" id="invite-heading">
            {t('organisations.invite.title')}
          </h2>
          {overview.invitations.length > 0 ? (
            <>
              <h3 class="kern-heading-small">{t('organisations.invite.pending')}</h3>
              <ul class="kern-list">
                {overview.invitations.map((invitation) => (
                  <li key={invitation.email}>
                    {t('organisations.invite.pending_item', {
                      email: invitation.email,
                      role: t(`organisations.roles.${invitation.role}`),
                      until: i18n.formatDate(invitation.expiresAt),
                    })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <ErrorSummary errors={errors} />
          <Form action={href(lang, '/organisation/einladen')} labelledBy="invite-heading">
            <TextField
              name="email"
              type="email"
              label={t('accounts.fields.email')}
              value={values.email}
              errors={errors}
              required
              maxLength={LIMITS.email}
              autocomplete="off"
            />
            <SelectField
              name="role"
              label={t('organisations.members.role')}
              value={singleValue(values.role) ?? 'member'}
              errors={errors}
              required
              options={MEMBERSHIP_ROLES.map((role) => ({ value: role, label: t(`organisations.roles.${role}`) }))}
            />
            <SubmitButton label={t('organisations.invite.submit')} variant="secondary" />
          </Form>
        </section>
      ) : null}
    </div>
  );
}

export function InvitationPage({ token, signedIn }: { token: string; signedIn: boolean }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const next = encodeURIComponent(`/${lang}/einladung?token=${token}`);
  return (
    <section class="kern-stack">
      <PageHeading id="invitation-heading">{t('organisations.invitation.title')}</PageHeading>
      {signedIn ? (
        <Form action={href(lang, '/einladung')} labelledBy="invitation-heading">
          <input type="hidden" name="token" value={token} />
          <p class="kern-body">{t('organisations.invitation.intro')}</p>
          <SubmitButton label={t('organisations.invitation.accept')} />
        </Form>
      ) : (
        <>
          <p class="kern-body">{t('organisations.invitation.sign_in_first')}</p>
          <ul class="kern-list">
            <li>
              <a class="kern-link" href={`${href(lang, '/anmelden')}?next=${next}`}>
                {t('accounts.login.title')}
              </a>
            </li>
            <li>
              <a class="kern-link" href={href(lang, '/registrieren')}>
                {t('accounts.register.title')}
              </a>
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
