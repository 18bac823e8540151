import type { FieldErrors } from '../../../core/errors.js';
import type { FormValues } from '../../../core/http/forms.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { CheckboxGroup, RadioGroup, valueOf } from '../../../ui/choice-fields.js';
import { ErrorSummary, Form, PageHeading, SubmitButton, TextArea } from '../../../ui/form.js';
import { LabelledSection } from '../../../ui/section.js';
import { CompanyPositionsList } from '../../matching/index.js';
import type { PublicCompanyProfile } from '../present.js';
import { PROFILE_LIMITS } from '../schemas.js';
import { COMPANY_COMMITMENTS } from '../tables.js';
import type { CompanyProfilePage as ProfileData } from '../use-cases/get-company-profile.js';

/** The public page of a verified company: who it is, what it offers, what it committed to, its open positions. */
export function CompanyProfilePage({ data }: { data: ProfileData }) {
  const { t, i18n } = usePage();
  const { profile } = data;
  const lang = i18n.locale.code;
  const p = (key: string) => t(`organisations_profile.${key}`);
  return (
    <article class="kern-stack vr-company-profile">
      <PageHeading>
        <span dir="auto">{profile.name}</span>
      </PageHeading>
      <p class="kern-body">
        {profile.city
          ? t('organisations_profile.page.company_in', { city: t(`organisations.cities.${profile.city}`) })
          : p('page.company')}
        {profile.website ? (
          <>
            {' · '}
            <a class="kern-link" href={profile.website} rel="noopener" dir="ltr">
              {p('page.website')}
            </a>
          </>
        ) : null}
      </p>
      {data.canEdit ? (
        <p>
          <a class="kern-link" href={href(lang, `/firmen/${profile.id}/profil`)}>
            {p('page.edit')}
          </a>
        </p>
      ) : null}
      {!profile.isWritten ? <p class="kern-body">{p('page.not_written')}</p> : null}
      {profile.about ? (
        <LabelledSection id="profile-about" heading={p('page.about')}>
          <p class="kern-body vr-matching-description" dir="auto">
            {profile.about}
          </p>
        </LabelledSection>
      ) : null}
      {profile.offers ? (
        <LabelledSection id="profile-offers" heading={p('page.offers')}>
          <p class="kern-body vr-matching-description" dir="auto">
            {profile.offers}
          </p>
        </LabelledSection>
      ) : null}
      {profile.commitments.length > 0 ? (
        <LabelledSection id="profile-commitments" heading={p('page.commitments')}>
          <ul class="kern-list kern-list--bullet">
            {profile.commitments.map((commitment) => (
              <li key={commitment}>{t(`organisations_profile.commitments.${commitment}`)}</li>
            ))}
          </ul>
        </LabelledSection>
      ) : null}
      {profile.offersMentoring ? (
        <LabelledSection id="profile-mentoring" heading={p('page.mentoring')}>
          <p class="kern-body">{p('page.mentoring_offered')}</p>
          {profile.mentoringNote ? (
            <p class="kern-body" dir="auto">
              {profile.mentoringNote}
            </p>
          ) : null}
          <p>
            <a class="kern-link" href={href(lang, '/mentoring')}>
              {p('page.mentoring_link')}
            </a>
          </p>
        </LabelledSection>
      ) : null}
      <CompanyPositionsList positions={data.positions} headingId="profile-positions" />
    </article>
  );
}

export function companyProfileValues(profile: PublicCompanyProfile): FormValues {
  return {
    about: profile.about,
    offers: profile.offers,
    commitments: profile.commitments,
    offers_mentoring: profile.offersMentoring ? 'yes' : 'no',
    mentoring_note: profile.mentoringNote,
  };
}

/** The form in which a company's admins write its public profile. */
export function EditCompanyProfilePage({
  profile,
  values,
  errors,
}: {
  profile: PublicCompanyProfile;
  values: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const f = (key: string) => t(`organisations_profile.fields.${key}`);
  return (
    <div class="kern-stack">
      <PageHeading id="profile-edit-heading">
        {t('organisations_profile.edit.title', { name: profile.name })}
      </PageHeading>
      <p class="kern-body">{t('organisations_profile.edit.intro')}</p>
      <p>
        <a class="kern-link" href={href(lang, `/firmen/${profile.id}`)}>
          {t('organisations_profile.edit.back')}
        </a>
      </p>
      <Form action={href(lang, `/firmen/${profile.id}/profil`)} labelledBy="profile-edit-heading">
        <ErrorSummary errors={errors} />
        <TextArea
          name="about"
          label={f('about')}
          hint={f('about_hint')}
          value={valueOf(values, 'about')}
          errors={errors}
          maxLength={PROFILE_LIMITS.about}
          rows={5}
        />
        <TextArea
          name="offers"
          label={f('offers')}
          hint={f('offers_hint')}
          value={valueOf(values, 'offers')}
          errors={errors}
          maxLength={PROFILE_LIMITS.offers}
          rows={4}
        />
        <CheckboxGroup
          name="commitments"
          legend={f('commitments')}
          hint={f('commitments_hint')}
          values={values}
          errors={errors}
          options={COMPANY_COMMITMENTS.map((commitment) => ({
            value: commitment,
            label: t(`organisations_profile.commitments.${commitment}`),
          }))}
        />
        <RadioGroup
          name="offers_mentoring"
          legend={f('offers_mentoring')}
          hint={f('offers_mentoring_hint')}
          required
          values={values}
          errors={errors}
          options={[
            { value: 'yes', label: f('yes') },
            { value: 'no', label: f('no') },
          ]}
        />
        <TextArea
          name="mentoring_note"
          label={f('mentoring_note')}
          value={valueOf(values, 'mentoring_note')}
          errors={errors}
          maxLength={PROFILE_LIMITS.mentoringNote}
          rows={3}
        />
        <SubmitButton label={t('organisations_profile.edit.save')} />
      </Form>
    </div>
  );
}
