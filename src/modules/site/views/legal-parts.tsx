import { usePage } from '../../../core/http/page-context.js';
import { OFFICE_CONTACT } from '../office.js';

/** Says plainly that operator and contact data are invented: this installation is a demonstration. */
export function DemoNotice() {
  const { t } = usePage();
  return (
    <div class="kern-alert kern-alert--info" role="note">
      <div class="kern-alert__header">
        <span class="kern-icon kern-icon--info" aria-hidden="true"></span>
        <span class="kern-title">{t('legal.demo_notice.title')}</span>
      </div>
      <div class="kern-alert__body">
        <p class="kern-body">{t('legal.demo_notice.text')}</p>
      </div>
    </div>
  );
}

/** Phone numbers and addresses keep left-to-right order inside right-to-left text. */
export function ContactLink({ href, children }: { href: string; children: string }) {
  return (
    <a class="kern-link" href={href} dir="ltr">
      {children}
    </a>
  );
}

/** A German postal address; each line is isolated so it keeps its order on right-to-left pages. */
export function OfficeAddress({ name }: { name?: string }) {
  const { t } = usePage();
  const lines = [
    name ?? t('legal.office.name'),
    t('legal.office.street'),
    t('legal.office.city'),
    t('legal.office.country'),
  ];
  return (
    <address class="kern-body vr-address">
      {lines.map((line, index) => (
        <span key={index} class="vr-address__line">
          <bdi>{line}</bdi>
        </span>
      ))}
    </address>
  );
}

export interface Phone {
  display: string;
  uri: string;
}

const OFFICE_PHONE: Phone = { display: OFFICE_CONTACT.phone, uri: OFFICE_CONTACT.phoneUri };

export function OfficeContact({
  email = OFFICE_CONTACT.email,
  phone = OFFICE_PHONE,
}: {
  email?: string;
  phone?: Phone;
}) {
  const { t } = usePage();
  return (
    <dl class="kern-description-list vr-contact-list">
      <div class="kern-description-list-item">
        <dt class="kern-description-list-item__key">{t('legal.office.phone_label')}</dt>
        <dd class="kern-description-list-item__value">
          <ContactLink href={phone.uri}>{phone.display}</ContactLink>
        </dd>
      </div>
      <div class="kern-description-list-item">
        <dt class="kern-description-list-item__key">{t('legal.office.email_label')}</dt>
        <dd class="kern-description-list-item__value">
          <ContactLink href={`mailto:${email}`}>{email}</ContactLink>
        </dd>
      </div>
    </dl>
  );
}

export function UpdatedOn({ date }: { date: Date }) {
  const { t, i18n } = usePage();
  return (
    <p class="kern-body kern-body--small kern-body--muted">{t('legal.updated', { date: i18n.formatDate(date) })}</p>
  );
}
