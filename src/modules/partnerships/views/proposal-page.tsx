import type { FieldErrors } from '../../../core/errors.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { valueOf, type FormValues } from '../../../ui/choice-fields.js';
import { ErrorSummary, Form, PageHeading, SelectField, SubmitButton, TextArea, TextField } from '../../../ui/form.js';
import { LabelledSection } from '../../../ui/section.js';
import type { ListingRecord } from '../records.js';
import { PARTNERSHIP_LIMITS, PROPOSAL_ROWS } from '../schemas.js';
import { ContactFields } from './contact-fields.js';
import { useLabels } from './labels.js';

/** Proposing a partnership: what the other side seeks or offers, then the activities with dates and the contact. */
export function ProposalPage({
  own,
  other,
  values,
  errors,
}: {
  own: ListingRecord;
  other: ListingRecord;
  values: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { t, i18n } = usePage();
  const labels = useLabels();
  return (
    <div class="kern-stack">
      <PageHeading id="proposal-title">
        {t('partnerships.proposal.title', { partner: other.organisation_name })}
      </PageHeading>
      <LabelledSection id="other-listing" heading={t(`partnerships.proposal.their_listing_${other.side}`)}>
        <dl class="vr-facts">
          <dt>{t('partnerships.labels.activities')}</dt>
          <dd>{labels.activities(other.activities)}</dd>
          <dt>{t('partnerships.labels.months')}</dt>
          <dd>{labels.months(other.months)}</dd>
          <dt>{t(`partnerships.labels.pupils_${other.side}`)}</dt>
          <dd>{i18n.formatNumber(other.pupils)}</dd>
          {other.grades.length > 0 ? (
            <>
              <dt>{t('partnerships.listing_form.grades')}</dt>
              <dd>{labels.grades(other.grades)}</dd>
            </>
          ) : null}
          <dt>{t('partnerships.labels.place')}</dt>
          <dd>{`${other.postcode} ${labels.city(other.city)}`}</dd>
        </dl>
      </LabelledSection>
      <h2 class="kern-heading-medium" id="proposal-form-title">
        {t('partnerships.proposal.form_heading')}
      </h2>
      <p class="kern-body">{t('partnerships.proposal.form_lead')}</p>
      <ErrorSummary errors={errors} />
      <Form
        action={href(i18n.locale.code, `/bildungspartnerschaften/eintraege/${own.id}/vorschlag/${other.id}`)}
        labelledBy="proposal-form-title"
      >
        {PROPOSAL_ROWS.map((n) => (
          <fieldset class="kern-fieldset" key={n}>
            <legend class="kern-label">{t('partnerships.proposal.activity_row', { n })}</legend>
            <div class="kern-fieldset__body kern-stack">
              <SelectField
                name={`kind_${n}`}
                label={t('partnerships.proposal.kind')}
                options={labels.activityOptions}
                emptyLabel={t('partnerships.proposal.no_activity')}
                value={valueOf(values, `kind_${n}`)}
                errors={errors}
                required={n === 1}
              />
              <TextField
                name={`date_${n}`}
                type="date"
                label={t('partnerships.proposal.date')}
                value={valueOf(values, `date_${n}`)}
                errors={errors}
                required={n === 1}
              />
            </div>
          </fieldset>
        ))}
        <TextArea
          name="message"
          label={t('partnerships.proposal.message')}
          value={valueOf(values, 'message')}
          maxLength={PARTNERSHIP_LIMITS.note}
          errors={errors}
          rows={4}
        />
        <ContactFields values={values} errors={errors} />
        <SubmitButton label={t('partnerships.proposal.submit')} />
      </Form>
    </div>
  );
}
