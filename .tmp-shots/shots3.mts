import { chromium } from 'playwright-core';
const BASE = 'http://localhost:3107';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
const p = await ctx.newPage();
for (const [i, id] of ['eaa6e5a2-e79e-481d-9a17-507ebcc0ccb8', '19e21852-2dea-4433-bd98-ee0931e7b979'].entries()) {
  await p.goto(`${BASE}/de/eintraege/${id}`);
  await p.locator('main').screenshot({ path: `/tmp/dd-shots/event-main-${i}.png` });
}
await p.goto(`${BASE}/de/stellen`);
await p.screenshot({ path: '/tmp/dd-shots/positions-top.png' });
await p.goto(`${BASE}/tr/suche?lang=tr&kind=offer`);
await p.screenshot({ path: '/tmp/dd-shots/search-tr-top.png' });
await browser.close();
