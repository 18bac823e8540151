import { securityCookieName } from '../../../core/http/csrf.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { LEGAL_TEXTS_UPDATED_ON, OFFICE_CONTACT } from '../office.js';
import { ContactLink, DemoNotice, OfficeAddress, OfficeContact, UpdatedOn } from './legal-parts.js';
import { DataTable } from '../../../ui/data-table.js';
import { LabelledSection } from '../../../ui/section.js';

export interface PrivacySourceRow {
  id: string;
  purposeKey: string;
  retentionKey: string;
}

const LEGAL_BASES = [
  'legal.privacy.legal_bases.consent',
  'legal.privacy.legal_bases.contract',
  'legal.privacy.legal_bases.obligation',
  'legal.privacy.legal_bases.public_task',
] as const;

/** Every cookie the platform sets; all are strictly necessary, so none needs consent. */
const COOKIES = [
  {
    name: 'vr_session',
    purpose: 'legal.privacy.cookies.session.purpose',
    duration: 'legal.privacy.cookies.session.duration',
  },
  { name: 'vr_csrf', purpose: 'legal.privacy.cookies.csrf.purpose', duration: 'legal.privacy.cookies.csrf.duration' },
  { name: 'vr_lang', purpose: 'legal.privacy.cookies.lang.purpose', duration: 'legal.privacy.cookies.lang.duration' },
  {
    name: 'vr_flash',
    purpose: 'legal.privacy.cookies.flash.purpose',
    duration: 'legal.privacy.cookies.flash.duration',
  },
] as const;

const RIGHTS = [
  'legal.privacy.rights.access',
  'legal.privacy.rights.rectification',
  'legal.privacy.rights.erasure',
  'legal.privacy.rights.restriction',
  'legal.privacy.rights.portability',
  'legal.privacy.rights.objection',
  'legal.privacy.rights.withdrawal',
] as const;

/** Session and CSRF cookies carry the `__Host-` prefix in production (decision 025): the table names what is set. */
function shownCookieName(name: string, isProduction: boolean): string {
  return name === 'vr_session' || name === 'vr_csrf' ? securityCookieName(name, { isProduction }) : name;
}

function CookieTable() {
  const { t, isProduction } = usePage();
  return (
    <DataTable
      isCaptionVisible
      caption={t('legal.privacy.cookies.caption')}
      rows={COOKIES}
      rowKey={(cookie) => cookie.name}
      columns={[
        {
          header: t('legal.privacy.cookies.col_name'),
          isRowHeader: true,
          cell: (cookie) => <code dir="ltr">{shownCookieName(cookie.name, isProduction)}</code>,
        },
        { header: t('legal.privacy.cookies.col_purpose'), cell: (cookie) => t(cookie.purpose) },
        { header: t('legal.privacy.cookies.col_duration'), cell: (cookie) => t(cookie.duration) },
      ]}
    />
  );
}

/** Generated from the privacy registry, so a module that stores personal data cannot be left out. */
function SourcesTable({ sources }: { sources: readonly PrivacySourceRow[] }) {
  const { t } = usePage();
  return (
    <DataTable
      id="personal-data-sources"
      isCaptionVisible
      caption={t('legal.privacy.sources.caption')}
      rows={sources}
      rowKey={(source) => source.id}
      rowData={(source) => ({ 'data-source': source.id })}
      empty={t('legal.privacy.sources.empty')}
      columns={[
        { header: t('legal.privacy.sources.col_purpose'), isRowHeader: true, cell: (source) => t(source.purposeKey) },
        { header: t('legal.privacy.sources.col_retention'), cell: (source) => t(source.retentionKey) },
      ]}
    />
  );
}

export function PrivacyPage({ sources }: { sources: readonly PrivacySourceRow[] }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <article class="kern-stack vr-legal" aria-labelledby="privacy-heading">
      <h1 class="kern-heading-large" id="privacy-heading">
        {t('legal.privacy.title')}
      </h1>
      <p class="kern-body kern-body--large">{t('legal.privacy.intro')}</p>
      <DemoNotice />
      <LabelledSection id="privacy-controller" heading={t('legal.privacy.controller.heading')}>
        <p class="kern-body">{t('legal.privacy.controller.intro')}</p>
        <OfficeAddress />
        <OfficeContact />
      </LabelledSection>
      <LabelledSection id="privacy-dpo" heading={t('legal.privacy.dpo.heading')}>
        <p class="kern-body">{t('legal.privacy.dpo.text')}</p>
        <OfficeAddress name={t('legal.privacy.dpo.name')} />
        <p class="kern-body">
          <ContactLink href={`mailto:${OFFICE_CONTACT.privacyEmail}`}>{OFFICE_CONTACT.privacyEmail}</ContactLink>
        </p>
      </LabelledSection>
      <LabelledSection id="privacy-self-service" heading={t('legal.privacy.self_service.heading')}>
        <p class="kern-body">{t('legal.privacy.self_service.text')}</p>
        <p class="kern-body">
          <a class="kern-link" href={href(lang, '/konto')}>
            {t('legal.privacy.self_service.link')}
          </a>
        </p>
      </LabelledSection>
      <LabelledSection id="privacy-sources" heading={t('legal.privacy.sources.heading')}>
        <p class="kern-body">{t('legal.privacy.sources.intro')}</p>
        <SourcesTable sources={sources} />
      </LabelledSection>
      <LabelledSection id="privacy-legal-bases" heading={t('legal.privacy.legal_bases.heading')}>
        <p class="kern-body">{t('legal.privacy.legal_bases.intro')}</p>
        <ul class="kern-list kern-list--bullet">
          {LEGAL_BASES.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </LabelledSection>
      <LabelledSection id="privacy-cookies" heading={t('legal.privacy.cookies.heading')}>
        <p class="kern-body">{t('legal.privacy.cookies.intro')}</p>
        <CookieTable />
      </LabelledSection>
      <LabelledSection id="privacy-tracking" heading={t('legal.privacy.tracking.heading')}>
        <p class="kern-body">{t('legal.privacy.tracking.text')}</p>
      </LabelledSection>
      <LabelledSection id="privacy-logs" heading={t('legal.privacy.logs.heading')}>
        <p class="kern-body">{t('legal.privacy.logs.text')}</p>
      </LabelledSection>
      <LabelledSection id="privacy-mail" heading={t('legal.privacy.mail.heading')}>
        <p class="kern-body">{t('legal.privacy.mail.text')}</p>
      </LabelledSection>
      <LabelledSection id="privacy-rights" heading={t('legal.privacy.rights.heading')}>
        <p class="kern-body">{t('legal.privacy.rights.intro')}</p>
        <ul class="kern-list kern-list--bullet">
          {RIGHTS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <p class="kern-body">{t('legal.privacy.rights.complaint')}</p>
      </LabelledSection>
      <UpdatedOn date={LEGAL_TEXTS_UPDATED_ON} />
    </article>
  );
}
