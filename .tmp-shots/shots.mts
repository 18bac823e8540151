import { chromium, type Page } from 'playwright-core';
const BASE = 'http://localhost:3107';
const OUT = '/tmp/dd-shots';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
async function newPage(width: number) { const ctx = await browser.newContext({ viewport: { width, height: 900 } }); return ctx.newPage(); }
async function login(page: Page, email: string, lang = 'de') {
  await page.goto(`${BASE}/${lang}/anmelden`);
  await page.fill('#field-email', email); await page.fill('#field-password', 'Vielfalt-Demo-2026');
  await Promise.all([page.waitForNavigation(), page.click('form[action$="/anmelden"] button[type=submit]')]);
}
async function shot(page: Page, name: string) { await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true }); console.log('shot', name, page.url()); }
// 1. catalogue search filtered by Turkish, de and ar, 1280 and 375
for (const [lang, width] of [['de', 1280], ['ar', 375], ['tr', 1280]] as const) {
  const p = await newPage(width);
  await p.goto(`${BASE}/${lang}/suche?lang=tr&kind=offer`);
  await shot(p, `search-lang-tr-${lang}-${width}`);
  const link = await p.locator('main a[href*="/eintraege/"]').first().getAttribute('href');
  if (link) { await p.goto(`${BASE}${link}`); await shot(p, `entry-${lang}-${width}`); }
}
// an event entry (in German)
{ const p = await newPage(1280); await p.goto(`${BASE}/de/suche?kind=event`); const links = await p.locator('main a[href*="/eintraege/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
  for (const [i, l] of links.slice(0, 3).entries()) { await p.goto(`${BASE}${l}`); await shot(p, `event-${i}`); } }
// 2. the company's positions and a thread
{ const p = await newPage(1280); await login(p, 'firma@unternehmen.vielfalt-ruhr.example');
  await p.goto(`${BASE}/de/organisation/stellen`); await shot(p, 'company-positions');
  const hrefs = await p.locator('main a[href*="/firma/stellen/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
  let done = false;
  for (const h of hrefs) { if (done) break; await p.goto(`${BASE}${h}`); const apps = await p.locator('main a[href*="/firma/bewerbungen/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    for (const a of apps) { await p.goto(`${BASE}${a}`); const text = await p.locator('main').innerText(); if ((text.match(/Uhr/g) ?? []).length >= 2) { await shot(p, 'company-thread'); done = true; break; } } }
}
// 3. public position list (many trades)
{ const p = await newPage(1280); await p.goto(`${BASE}/de/stellen`); await shot(p, 'positions-public'); }
// 4. Omar's application thread in Arabic, 375
{ const p = await newPage(375); await login(p, 'bewerbung-ar@jugend.vielfalt-ruhr.example', 'ar'); await p.goto(`${BASE}/ar/bewerbungen`); await shot(p, 'omar-applications-ar');
  const a = await p.locator('main a[href*="/bewerbungen/"]').evaluateAll((as) => as.map((x) => (x as HTMLAnchorElement).getAttribute('href')));
  const first = a.find((h) => h && !h.includes('/neu/')); if (first) { await p.goto(`${BASE}${first}`); await shot(p, 'omar-thread-ar'); } }
await browser.close();
