/**
 * Draws the PNG icons from public/icons/favicon.svg with Chromium (the browser the project's tests
 * use), for browsers and home screens that take no SVG: 32 px favicon, 180 px Apple touch icon,
 * 192 and 512 px for the web app manifest. Run after changing the SVG (`npx tsx scripts/make-icons.ts`);
 * the PNGs are committed, and `npm run build` hashes them like every other asset.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const iconDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
const svg = readFileSync(join(iconDir, 'favicon.svg'), 'utf8');
const SIZES = { 'favicon-32.png': 32, 'apple-touch-icon.png': 180, 'icon-192.png': 192, 'icon-512.png': 512 };

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  for (const [file, size] of Object.entries(SIZES)) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}</style>${sized}`);
    writeFileSync(join(iconDir, file), await page.screenshot({ omitBackground: true }));
    await page.close();
    console.log(`Drew public/icons/${file} (${size} px)`);
  }
} finally {
  await browser.close();
}
