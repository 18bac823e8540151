import { chromium, type Page } from 'playwright-core';
const BASE = 'http://localhost:3107';
const OUT = '/tmp/dd-shots';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
async function newPage(width: number, height = 1100) { const ctx = await browser.newContext({ viewport: { width, height } }); return ctx.newPage(); }
async function login(page: Page, email: string, lang = 'de') {
  await page.goto(`${BASE}/${lang}/anmelden`);
  await page.fill('#field-email', email); await page.fill('#field-password', 'Vielfalt-Demo-2026');
  await Promise.all([page.waitForNavigation(), page.click('form[action$="/anmelden"] button[type=submit]')]);
}
async function shot(page: Page, name: string, full = false) { await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: full }); console.log('shot', name, page.url()); }
const p = await newPage(1280);
await login(p, 'firma@unternehmen.vielfalt-ruhr.example');
await p.goto(`${BASE}/de/organisation/stellen`);
const hrefs = await p.locator('main a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));

let best: { url: string; n: number } = { url: '', n: 0 };
for (const h0 of hrefs.filter((x) => /stellen\/[0-9a-f-]{36}$/.test(x))) {
  await p.goto(`${BASE}${h0}`);
  const h = (await p.locator('main a[href*="/bewerbungen"]').first().getAttribute('href').catch(() => null)) ?? '';
  if (!h) continue;
  await p.goto(`${BASE}${h}`);
  const apps = await p.locator('main a[href*="/firma/bewerbungen/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  for (const a of apps) { await p.goto(`${BASE}${a}`); const n = ((await p.locator('main').innerText()).match(/Uhr|danke|Danke/g) ?? []).length; if (n > best.n) best = { url: a, n }; }
}
console.log('best', best);
if (best.url) { await p.goto(`${BASE}${best.url}`); await shot(p, 'company-thread', true); }
const q = await newPage(375, 900);
await login(q, 'firma@unternehmen.vielfalt-ruhr.example', 'ar');
if (best.url) { await q.goto(`${BASE}${best.url.replace('/de/', '/ar/')}`); await shot(q, 'company-thread-ar-375', true); }
await browser.close();
