// Offline: the service worker caches the shell on the first visit, a second visit and a shared
// link work with the network off, and a new deploy replaces the cache whole.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, site, openPage, ready, DIST, SHARED_BANNER, answerAll } from './lib.mjs';

let browser, server, dir;
before(async () => {
  browser = await launch();
  // A copy of the build, so the test can deploy a "new version" over it.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rq-deploy-'));
  fs.cpSync(DIST, dir, { recursive: true });
  server = await site(dir);
});
after(async () => { await browser?.close(); server?.close(); });

const cacheNames = (page) => page.evaluate(() => caches.keys());
const swCache = () => fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/CACHE='([^']+)'/)[1];

async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

test('second visit and a shared link work offline', async () => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const t = { context, ...(await openPage(context)) };
  const { page } = t;
  await page.goto(server.url);
  await ready(page);
  await controlled(page);
  assert.deepEqual(await cacheNames(page), [swCache()]);
  await page.click('#start');
  await answerAll(page, () => 0);
  const link = await page.inputValue('#share-link');
  const role = await page.getAttribute('.result', 'data-role');

  await context.setOffline(true);
  await page.goto(server.url);
  await ready(page);
  assert.ok(await page.isVisible('text=Continue where you left off'), 'offline second visit');
  await page.goto(link);
  await page.waitForSelector(`text=${SHARED_BANNER}`);
  assert.equal(await page.getAttribute('.result', 'data-role'), role);
  assert.deepEqual(t.problems, []);
  await context.close();
});

test('a new deploy replaces the cache cleanly', async () => {
  const context = await browser.newContext();
  const t = { context, ...(await openPage(context)) };
  const { page } = t;
  await page.goto(server.url);
  await ready(page);
  await controlled(page);
  const old = swCache();
  assert.deepEqual(await cacheNames(page), [old]);
  // "Deploy": a changed page and the service worker a new build would write.
  const index = path.join(dir, 'index.html');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('</body>', '<!-- v2 --></body>'));
  const sw = path.join(dir, 'sw.js');
  fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(old, `${old}-v2`));
  // What a browser does on its next update check (it also runs on later navigations).
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  let names;
  for (let i = 0; i < 100; i++) {
    names = await cacheNames(page);
    if (names.length === 1 && names[0] === `${old}-v2`) break;
    await page.waitForTimeout(50);
  }
  assert.deepEqual(names, [`${old}-v2`], 'only the new cache is left');
  await page.reload();
  await ready(page);
  // The new cache holds the new page, not a mix.
  const cached = await page.evaluate(async (name) => {
    const c = await caches.open(name);
    return (await (await c.match('./')).text()).includes('<!-- v2 -->');
  }, `${old}-v2`);
  assert.ok(cached);
  assert.deepEqual(t.problems, []);
  await context.close();
});
