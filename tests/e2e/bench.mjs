// Speed benchmark (not a test): the release build in headless Chromium with the CPU slowed 4x.
// Prints time to first paint, time until Start works, and time to finish a scripted quiz.
// Usage: node bench.mjs [runs=5]   (scripts/bench.sh builds, serves and adds Lighthouse)
import { launch, site, ready, TOTAL } from './lib.mjs';

const runs = Number(process.argv[2] || 5);
const server = await site();
const browser = await launch();
const rows = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const t0 = Date.now();
  await page.goto(server.url);
  // The app has hydrated the prerendered intro.
  await page.waitForSelector('html[data-app=ready]', { state: 'attached' });
  const started = Date.now() - t0;
  const paint = await page.evaluate(() =>
    performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint')?.startTime);
  const q0 = Date.now();
  await page.click('#start');
  for (let q = 0; q < TOTAL; q++) {
    await page.click(`.option >> nth=${q % 3}`);
    await page.click('button[type=submit]');
  }
  await page.waitForSelector('.result');
  rows.push({ paint, started, quiz: Date.now() - q0 });
  await context.close();
}
await browser.close();
server.close();
const median = (k) => rows.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
console.log(`CPU 4x slower, 375px, ${runs} runs, median:`);
console.log(`  first contentful paint  ${median('paint').toFixed(0)} ms`);
console.log(`  Start works (app up)    ${median('started')} ms after navigation`);
console.log(`  scripted ${TOTAL}-question quiz, clicks to result  ${median('quiz')} ms`);
