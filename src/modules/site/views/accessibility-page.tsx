import { usePage } from '../../../core/http/page-context.js';
import { ACCESSIBILITY_STATEMENT, OFFICE_CONTACT } from '../office.js';
import { FeedbackForm, type FeedbackFormState } from './feedback-form.js';
import { DemoNotice, OfficeAddress, OfficeContact } from './legal-parts.js';
import { LabelledSection } from '../../../ui/section.js';

const LIMITATIONS = [
  'legal.accessibility.limitations.user_content',
  'legal.accessibility.limitations.documents',
  'legal.accessibility.limitations.translations',
  'legal.accessibility.limitations.easy_language',
  'legal.accessibility.limitations.sign_language',
] as const;

/** The accessibility statement (BITV 2.0, EU model structure) with its feedback form. */
export function AccessibilityPage({ form }: { form: FeedbackFormState }) {
  const { t, i18n } = usePage();
  return (
    <article class="kern-stack vr-legal" aria-labelledby="accessibility-heading">
      <h1 class="kern-heading-large" id="accessibility-heading">
        {t('legal.accessibility.title')}
      </h1>
      <p class="kern-body kern-body--large">{t('legal.accessibility.intro')}</p>
      <LabelledSection id="accessibility-status" heading={t('legal.accessibility.status.heading')}>
        <p class="kern-body">{t('legal.accessibility.status.text')}</p>
      </LabelledSection>
      <LabelledSection id="accessibility-limitations" heading={t('legal.accessibility.limitations.heading')}>
        <ul class="kern-list kern-list--bullet">
          {LIMITATIONS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <p class="kern-body">{t('legal.accessibility.limitations.plan')}</p>
      </LabelledSection>
      <LabelledSection id="accessibility-method" heading={t('legal.accessibility.method.heading')}>
        <p class="kern-body">
          {t('legal.accessibility.method.prepared', {
            prepared: i18n.formatDate(ACCESSIBILITY_STATEMENT.preparedOn),
            reviewed: i18n.formatDate(ACCESSIBILITY_STATEMENT.reviewedOn),
          })}
        </p>
        <p class="kern-body">{t('legal.accessibility.method.text')}</p>
      </LabelledSection>
      <LabelledSection id="accessibility-contact" heading={t('legal.accessibility.contact.heading')}>
        <p class="kern-body">{t('legal.accessibility.contact.text')}</p>
        <DemoNotice />
        <OfficeAddress />
        <OfficeContact
          email={OFFICE_CONTACT.accessibilityEmail}
          phone={{ display: OFFICE_CONTACT.accessibilityPhone, uri: OFFICE_CONTACT.accessibilityPhoneUri }}
        />
        <p class="kern-body">{t('legal.accessibility.contact.response')}</p>
      </LabelledSection>
      <LabelledSection id="accessibility-enforcement" heading={t('legal.accessibility.enforcement.heading')}>
        <p class="kern-body">{t('legal.accessibility.enforcement.text')}</p>
        <p class="kern-body">{t('legal.accessibility.enforcement.find')}</p>
      </LabelledSection>
      <FeedbackForm state={form} />
    </article>
  );
}
