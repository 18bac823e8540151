import { certificateTranslator, renderCertificate } from '../../core/certificates/pdf.js';
import type { Translator } from '../../core/i18n/translator.js';
import { pick, type LocalisedText } from './content/index.js';

export interface CourseCertificateContent {
  personName: string;
  organisationName: string;
  courseTitle: LocalisedText;
  version: number;
  code: string;
  issuedAt: Date;
  verifyUrl: string;
}

/** The completion certificate as a tagged PDF (core/certificates/pdf.ts); a name in Arabic script is written as it is. */
export function renderCourseCertificatePdf(content: CourseCertificateContent, reader: Translator): Promise<Buffer> {
  const i18n = certificateTranslator(reader);
  const { t } = i18n;
  const courseTitle = pick(content.courseTitle, i18n.locale.code).text;
  const title = t('courses.pdf.title');
  return renderCertificate({
    title,
    subject: content.personName,
    author: t('courses.pdf.issuer'),
    lang: i18n.locale.intl,
    lines: [
      { role: 'P', weight: 'regular', size: 12, text: t('courses.pdf.issuer'), gap: 2 },
      { role: 'H1', weight: 'bold', size: 28, text: title, gap: 1.5 },
      { role: 'P', weight: 'regular', size: 13, text: t('courses.pdf.awarded_to') },
      { role: 'H2', weight: 'bold', size: 22, text: content.personName, gap: 0.5 },
      { role: 'P', weight: 'regular', size: 13, text: content.organisationName, gap: 1.2 },
      { role: 'P', weight: 'regular', size: 13, text: t('courses.pdf.completed', { course: courseTitle }) },
      { role: 'P', weight: 'regular', size: 13, text: t('courses.pdf.version', { version: content.version }), gap: 2 },
      {
        role: 'P',
        weight: 'regular',
        size: 11,
        text: t('courses.pdf.date', { date: i18n.formatDate(content.issuedAt, { dateStyle: 'long' }) }),
      },
      { role: 'P', weight: 'bold', size: 14, text: t('courses.pdf.code', { code: content.code }) },
      { role: 'P', weight: 'regular', size: 10, text: t('courses.pdf.verify', { url: content.verifyUrl }) },
    ],
  });
}
