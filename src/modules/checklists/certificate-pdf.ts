import { certificateTranslator, renderCertificate } from '../../core/certificates/pdf.js';
import type { Translator } from '../../core/i18n/translator.js';
import type { Audience } from './tables.js';

export interface CertificateContent {
  organisationName: string;
  audience: Audience;
  level: number;
  code: string;
  issuedAt: Date;
  validUntil: Date;
  verifyUrl: string;
}

/** The quality certificate as a tagged PDF (core/certificates/pdf.ts). Resolves with the file's bytes. */
export function renderCertificatePdf(content: CertificateContent, reader: Translator): Promise<Buffer> {
  const i18n = certificateTranslator(reader);
  const { t } = i18n;
  const date = (value: Date) => i18n.formatDate(value, { dateStyle: 'long' });
  const level = i18n.formatNumber(content.level, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const title = t('checklists_certificate.pdf.title');
  return renderCertificate({
    title,
    subject: content.organisationName,
    author: t('checklists_certificate.pdf.issuer'),
    lang: i18n.locale.intl,
    lines: [
      { role: 'P', weight: 'regular', size: 12, text: t('checklists_certificate.pdf.issuer'), gap: 2 },
      { role: 'H1', weight: 'bold', size: 28, text: title, gap: 1.5 },
      { role: 'P', weight: 'regular', size: 13, text: t('checklists_certificate.pdf.awarded_to') },
      { role: 'H2', weight: 'bold', size: 22, text: content.organisationName, gap: 1.2 },
      { role: 'P', weight: 'regular', size: 13, text: t(`checklists.audiences.${content.audience}`) },
      { role: 'P', weight: 'regular', size: 13, text: t('checklists_certificate.pdf.level', { level }), gap: 2 },
      {
        role: 'P',
        weight: 'regular',
        size: 11,
        text: t('checklists_certificate.pdf.validity', {
          issued: date(content.issuedAt),
          until: date(content.validUntil),
        }),
      },
      { role: 'P', weight: 'bold', size: 14, text: t('checklists_certificate.pdf.code', { code: content.code }) },
      {
        role: 'P',
        weight: 'regular',
        size: 10,
        text: t('checklists_certificate.pdf.verify', { url: content.verifyUrl }),
      },
    ],
  });
}
