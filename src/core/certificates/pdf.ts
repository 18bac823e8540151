import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { getTranslator, type Translator } from '../i18n/translator.js';

/**
 * The platform's certificates as tagged PDFs (PDF/UA structure: headings, paragraphs, the document language
 * and title), with their fonts embedded: Fira Sans, KERN's typeface, for Latin and Cyrillic, and DejaVu Sans
 * for a line in Arabic script (a person's or an organisation's name). See fonts/README.md.
 */
const FONTS = {
  regular: fileURLToPath(new URL('fonts/FiraSans-Regular.ttf', import.meta.url)),
  bold: fileURLToPath(new URL('fonts/FiraSans-SemiBold.ttf', import.meta.url)),
  'arabic-regular': fileURLToPath(new URL('fonts/DejaVuSans-Arabic.ttf', import.meta.url)),
  'arabic-bold': fileURLToPath(new URL('fonts/DejaVuSans-Bold-Arabic.ttf', import.meta.url)),
} as const;

const ARABIC_SCRIPT = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/;

/** One line of a certificate: its role in the structure, its weight and size, and the space after it. */
export interface CertificateLine {
  role: 'H1' | 'H2' | 'P';
  weight: 'regular' | 'bold';
  size: number;
  text: string;
  /** Lines of space after it (default 0.8). */
  gap?: number;
}

export interface CertificateDocument {
  title: string;
  subject: string;
  author: string;
  /** The language the certificate is written in (BCP 47). */
  lang: string;
  lines: readonly CertificateLine[];
}

/**
 * The certificate's texts are in the reader's language where the fonts cover it; one asked for in Arabic is
 * written in German, the language of the issuing office (names in Arabic script are written as they are).
 */
export function certificateTranslator(reader: Translator): Translator {
  return reader.locale.dir === 'rtl' ? getTranslator('de') : reader;
}

/** Renders the lines centred on an A4 page inside a frame; resolves with the file's bytes. */
export function renderCertificate(content: CertificateDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 64,
    pdfVersion: '1.7',
    tagged: true,
    displayTitle: true,
    lang: content.lang,
    info: { Title: content.title, Subject: content.subject, Author: content.author },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file);

  const root = doc.struct('Document');
  doc.addStructure(root);
  // The frame is decoration: an artifact, not content a screen reader reads.
  doc.markContent('Artifact', { type: 'Layout' });
  doc
    .rect(32, 32, doc.page.width - 64, doc.page.height - 64)
    .lineWidth(2)
    .strokeColor('#2044aa')
    .stroke();
  doc.endMarkedContent();

  doc.moveDown(3);
  for (const line of content.lines) {
    const isArabic = ARABIC_SCRIPT.test(line.text);
    // A line in Arabic script is shaped and laid right to left as one run by the font engine; pdfkit's own
    // handling of ordinary spaces (word by word, left to right) would drop them there, so they become no-break spaces.
    const text = isArabic ? line.text.replaceAll(' ', '\u00a0') : line.text;
    root.add(
      doc.struct(line.role, {}, () => {
        doc
          .font(isArabic ? `arabic-${line.weight}` : line.weight)
          .fontSize(line.size)
          .fillColor('#1a1a1a')
          .text(text, { align: 'center' });
      }),
    );
    doc.moveDown(line.gap ?? 0.8);
  }
  root.end();
  doc.end();
  return done;
}
