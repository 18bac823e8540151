/**
 * Cuts the fonts of the certificates (src/core/certificates/fonts/):
 * - the two Fira Sans weights (KERN's typeface, shipped in woff2 with @kern-ux/native) to the Latin and
 *   Cyrillic characters of the platform's languages;
 * - DejaVu Sans (Debian's fonts-dejavu-core, /usr/share/fonts/truetype/dejavu) to Arabic with basic Latin and
 *   digits, for names written in Arabic script, which Fira Sans does not cover.
 * pdfkit embeds TrueType cleanly; its font library cannot re-subset the composite glyphs of a woff2 file.
 * Run once after a KERN update: `tsx scripts/make-certificate-fonts.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';

const ROOT = join(import.meta.dirname, '..');
const KERN_FONTS = join(ROOT, 'node_modules', '@kern-ux', 'native', 'dist', 'fonts', 'fira-sans');
const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const TARGET = join(ROOT, 'src', 'core', 'certificates', 'fonts');
const LATIN_CYRILLIC: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2212, 0x2212],
  [0x400, 0x45f],
  [0x490, 0x491],
  [0x2116, 0x2116],
];
const ARABIC: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x600, 0x6ff],
  [0x200c, 0x200f],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];
const charactersOf = (ranges: [number, number][]) =>
  ranges
    .flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)))
    .join('');

const fonts = [
  { source: join(KERN_FONTS, 'FiraSans-Regular.woff2'), target: 'FiraSans-Regular.ttf', ranges: LATIN_CYRILLIC },
  { source: join(KERN_FONTS, 'FiraSans-SemiBold.woff2'), target: 'FiraSans-SemiBold.ttf', ranges: LATIN_CYRILLIC },
  { source: join(DEJAVU, 'DejaVuSans.ttf'), target: 'DejaVuSans-Arabic.ttf', ranges: ARABIC },
  { source: join(DEJAVU, 'DejaVuSans-Bold.ttf'), target: 'DejaVuSans-Bold-Arabic.ttf', ranges: ARABIC },
];
for (const font of fonts) {
  const subset = await subsetFont(readFileSync(font.source), charactersOf(font.ranges), { targetFormat: 'sfnt' });
  writeFileSync(join(TARGET, font.target), subset);
  console.log(`${font.target}: ${subset.length} bytes`);
}
