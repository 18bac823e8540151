import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import type { Translator } from '../../core/i18n/translator.js';
import { getTranslator } from '../../core/i18n/translator.js';
import type { Audience } from './tables.js';

/**
 * KERN's own typeface (Fira Sans, SIL Open Font License), cut to Latin and Cyrillic as TrueType by
 * scripts/make-certificate-fonts.ts; embedded (subset again, to the characters used) in every certificate.
 */
const REGULAR = fileURLToPath(new URL('fonts/FiraSans-Regular.ttf', import.meta.url));
const BOLD = fileURLToPath(new URL('fonts/FiraSans-SemiBold.ttf', import.meta.url));

export interface CertificateContent {
  organisationName: string;
  audience: Audience;
  level: number;
  code: string;
  issuedAt: Date;
  validUntil: Date;
  verifyUrl: string;
}

/**
 * Fira Sans covers Latin and Cyrillic; a certificate asked for in Arabic is written in German, the
 * language of the issuing office, rather than with missing glyphs.
 */
function certificateTranslator(i18n: Translator): Translator {
  return i18n.locale.dir === 'rtl' ? getTranslator('de') : i18n;
}

/**
 * The certificate as a tagged PDF (PDF/UA structure: a heading, paragraphs, the document language and
 * title), with the font embedded. Resolves with the file's bytes.
 */
export function renderCertificatePdf(content: CertificateContent, reader: Translator): Promise<Buffer> {
  const i18n = certificateTranslator(reader);
  const { t } = i18n;
  const title = t('checklists_certificate.pdf.title');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 64,
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    lang: i18n.locale.intl,
    info: { Title: title, Subject: content.organisationName, Author: t('checklists_certificate.pdf.issuer') },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  const date = (value: Date) => i18n.formatDate(value, { dateStyle: 'long' });
  const level = i18n.formatNumber(content.level, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const block = (type: 'H1' | 'H2' | 'P', font: 'regular' | 'bold', size: number, text: string, gap = 0.8) => {
    root.add(
      doc.struct(type, {}, () => {
        doc.font(font).fontSize(size).fillColor('#1a1a1a').text(text, { align: 'center' });
      }),
    );
    doc.moveDown(gap);
  };
  // The frame is decoration: an artifact, not content a screen reader reads.
  doc.markContent('Artifact', { type: 'Layout' });
  doc
    .rect(32, 32, doc.page.width - 64, doc.page.height - 64)
    .lineWidth(2)
    .strokeColor('#2044aa')
    .stroke();
  doc.endMarkedContent();

  doc.moveDown(3);
  block('P', 'regular', 12, t('checklists_certificate.pdf.issuer'), 2);
  block('H1', 'bold', 28, title, 1.5);
  block('P', 'regular', 13, t('checklists_certificate.pdf.awarded_to'));
  block('H2', 'bold', 22, content.organisationName, 1.2);
  block('P', 'regular', 13, t(`checklists.audiences.${content.audience}`));
  block('P', 'regular', 13, t('checklists_certificate.pdf.level', { level }), 2);
  block(
    'P',
    'regular',
    11,
    t('checklists_certificate.pdf.validity', { issued: date(content.issuedAt), until: date(content.validUntil) }),
  );
  block('P', 'bold', 14, t('checklists_certificate.pdf.code', { code: content.code }));
  block('P', 'regular', 10, t('checklists_certificate.pdf.verify', { url: content.verifyUrl }));
  root.end();
  doc.end();
  return done;
}
