/**
 * Cuts the two Fira Sans weights the checklists certificate uses (KERN's typeface, shipped in woff2 with
 * @kern-ux/native) to the Latin and Cyrillic characters of the platform's languages, as TrueType files in
 * src/modules/checklists/fonts/. pdfkit embeds TrueType cleanly; its font library cannot re-subset the
 * composite glyphs of a woff2 file. Run once after a KERN update: `tsx scripts/make-certificate-fonts.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';

const ROOT = join(import.meta.dirname, '..');
const SOURCE = join(ROOT, 'node_modules', '@kern-ux', 'native', 'dist', 'fonts', 'fira-sans');
const TARGET = join(ROOT, 'src', 'modules', 'checklists', 'fonts');
const RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2212, 0x2212],
  [0x400, 0x45f],
  [0x490, 0x491],
  [0x2116, 0x2116],
];
const characters = RANGES.flatMap(([from, to]) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)),
).join('');

for (const file of ['FiraSans-Regular', 'FiraSans-SemiBold']) {
  const subset = await subsetFont(readFileSync(join(SOURCE, `${file}.woff2`)), characters, { targetFormat: 'sfnt' });
  writeFileSync(join(TARGET, `${file}.ttf`), subset);
  console.log(`${file}.ttf: ${subset.length} bytes`);
}
