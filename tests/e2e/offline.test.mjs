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
  // The deployed site: its share links point here.
  server = await site(dir, undefined, 'none', true);
});
after(async () => { await browser?.close(); server?.close(); });

const cacheNames = (page) => page.evaluate(() => caches.keys());
const swCache = () => fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/CACHE='([^']+)'/)[1];

async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

/** A first visit to `url` in a fresh browser context, until the service worker is in charge. */
async function firstVisit(url, options = {}) {
  const context = await browser.newContext(options);
  const t = { context, ...(await openPage(context)) };
  await t.page.goto(url);
  await ready(t.page);
  await controlled(t.page);
  return t;
}

test('second visit and a shared link work offline', async () => {
  const t = await firstVisit(server.url, { reducedMotion: 'reduce' });
  const { page, context } = t;
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
  const t = await firstVisit(server.url);
  const { page, context } = t;
  const old = swCache();
  assert.deepEqual(await cacheNames(page), [old]);
  // "Deploy": a changed page, and the build name a new build would give every page and the
  // service worker.
  const index = path.join(dir, 'index.html');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('</body>', '<!-- v2 --></body>'));
  for (const f of walk(dir).filter((x) => /\.html$|^sw\.js$/.test(x))) {
    const file = path.join(dir, f);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').split(old).join(`${old}-v2`));
  }
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

/** Every file below `dir`, as paths relative to it. */
function walk(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]);
}

/** Sets every file's time `days` ago, as a host that sends `Last-Modified` would report it. */
function age(dir, days) {
  const t = new Date(Date.now() - days * 864e5);
  for (const f of walk(dir)) fs.utimesSync(path.join(dir, f), t, t);
}

/**
 * A second deploy as a real build makes it: every content-hashed file gets a new name (the old
 * ones are deleted), every page and script names the new files, and the service worker its new
 * cache. Returns the new stylesheet's name.
 */
function redeploy(dir) {
  const HASH = /-([0-9a-f]{16})(_bg)?\.(js|wasm|css|svg)(\.gz)?$/;
  const build = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/CACHE='([^']+)'/)[1];
  const bump = (h) => [...h].map((c) => '0123456789abcdef'[(parseInt(c, 16) + 7) % 16]).join('');
  const renames = walk(dir).filter((f) => HASH.test(f)).map((f) => {
    const base = path.basename(f);
    const m = base.match(HASH);
    return [f, base, base.replace(m[1], bump(m[1]))];
  });
  for (const [f, from, to] of renames) fs.renameSync(path.join(dir, f), path.join(dir, path.dirname(f), to));
  for (const f of walk(dir).filter((x) => /\.(html|js|css)$/.test(x))) {
    let text = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const [, from, to] of renames) text = text.split(from).join(to);
    text = text.split(build).join(`${build}-v2`);
    fs.writeFileSync(path.join(dir, f), text);
  }
  resum(dir);
  return renames.find(([, from]) => from.startsWith('main-'))[2];
}

/** FNV-1a 32 in hex, as the build and the service worker compute a file's sum. */
function sum(bytes) {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193);
  return (h >>> 0).toString(16);
}

/** Writes the service worker's sums for the files as they now are, as a build would. */
function resum(dir) {
  const file = path.join(dir, 'sw.js');
  const sw = fs.readFileSync(file, 'utf8');
  const files = [...sw.match(/const FILES=\[([^\]]*)\]/)[1].matchAll(/'\.\/([^']+)'/g)].map((m) => m[1]).filter((f) => !f.endsWith('.html'));
  const sums = files.map((f) => {
    const ok = [sum(fs.readFileSync(path.join(dir, f)))];
    if (f.endsWith('.gz')) ok.push(sum(fs.readFileSync(path.join(dir, f.slice(0, -3)))));
    return `'./${f}':'${ok.join(' ')}'`;
  });
  fs.writeFileSync(file, sw.replace(/const SUMS=\{[^}]*\};/, `const SUMS={${sums.join(',')}};`));
}

test('a deploy that arrives damaged leaves the working offline copy in charge', async () => {
  const damage = {
    'a WebAssembly cut short': (d, f) => f.endsWith('_bg.wasm.gz') && fs.truncateSync(path.join(d, f), 30_000),
    'a boot script that throws': (d, f) => /^boot-.*\.js$/.test(f) && fs.writeFileSync(path.join(d, f), 'throw new Error("half a deploy");'),
  };
  for (const [name, harm] of Object.entries(damage)) {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'rq-deploy3-'));
    fs.cpSync(DIST, copy, { recursive: true });
    const host = await site(copy, undefined, 'none', false);
    const { page, context } = await firstVisit(host.url);
    const old = (await cacheNames(page))[0];
    // A real deploy, then the damage on the way (all still status 200).
    redeploy(copy);
    for (const f of walk(copy)) harm(copy, f);
    const state = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg.update();
      const w = reg.installing || reg.waiting;
      if (!w) return 'no new worker';
      return new Promise((done) => {
        const end = () => ['redundant', 'activated'].includes(w.state) && done(w.state);
        w.addEventListener('statechange', end);
        end();
      });
    });
    assert.equal(state, 'redundant', `${name}: the damaged deploy is not installed`);
    assert.deepEqual(await cacheNames(page), [old], `${name}: the working copy is kept`);
    // Offline, the working copy still starts.
    await context.setOffline(true);
    await page.goto(host.url);
    await ready(page);
    await page.click('#start');
    await page.waitForSelector('.question');
    await context.close();
    host.close();
  }
});

test('a deploy that renames every file reaches a returning visitor online and offline', async () => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'rq-deploy2-'));
  fs.cpSync(DIST, copy, { recursive: true });
  age(copy, 2);
  // nginx's default: Last-Modified and no Cache-Control, so old pages look "fresh" for hours.
  const host = await site(copy, undefined, 'lastmod', false);
  const context = await browser.newContext();
  const t = { context, ...(await openPage(context)) };
  const { page } = t;
  const missing = [];
  page.on('response', (r) => { if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`); });
  await page.goto(host.url);
  await ready(page);
  await controlled(page);
  const css = redeploy(copy);
  age(copy, 1);
  // Online: the new version by the second navigation at the latest.
  let current = false;
  for (let i = 0; i < 2 && !current; i++) {
    await page.goto(host.url);
    await ready(page);
    current = (await page.getAttribute('link[rel=stylesheet]', 'href')).endsWith(css);
  }
  assert.ok(current, 'a returning visitor gets the new deploy');
  // The new worker takes over with a cache of the new deploy only.
  const v2 = fs.readFileSync(path.join(copy, 'sw.js'), 'utf8').match(/CACHE='([^']+)'/)[1];
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  let names;
  for (let i = 0; i < 200; i++) {
    names = await cacheNames(page);
    if (names.length === 1 && names[0] === v2) break;
    await page.waitForTimeout(50);
  }
  assert.deepEqual(names, [v2], 'only the new deploy is cached');
  const cachedPage = await page.evaluate(async (name) => {
    const c = await caches.open(name);
    const m = await c.match(new URL('./', location.href).href);
    return m ? m.text() : (await c.keys()).map((r) => r.url).join(' ');
  }, v2);
  assert.ok(cachedPage.includes(css), `the cached page names the cached files: ${cachedPage.slice(0, 300)}`);
  // Offline with the HTTP cache cleared: a complete version still starts.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await context.setOffline(true);
  await page.goto(host.url);
  await ready(page);
  assert.ok((await page.getAttribute('link[rel=stylesheet]', 'href')).endsWith(css));
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).margin), '0px', 'styled');
  assert.deepEqual(missing, [], 'no request failed');
  assert.deepEqual(t.problems, []);
  await context.close();
  host.close();
});

for (const headers of ['none', 'etag']) {
  test(`the first visit downloads each file once (host headers: ${headers})`, async () => {
    const host = await site(DIST, undefined, headers, false);
    const context = await browser.newContext();
    const t = { context, ...(await openPage(context)) };
    const { page } = t;
    await page.goto(host.url);
    await ready(page);
    await controlled(page);
    const name = await page.evaluate(() => caches.keys().then((k) => k[0]));
    const cached = await page.evaluate((n) => caches.open(n).then((c) => c.keys()).then((k) => k.length), name);
    const files = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8').match(/FILES=\[([^\]]*)\]/)[1].split(',').length;
    assert.equal(cached, files, 'the whole build is cached');
    const twice = [...host.hits].filter(([, n]) => n > 1);
    console.log(`first visit, ${headers}: ${[...host.hits.values()].reduce((a, b) => a + b, 0)} full responses for ${host.hits.size} files`);
    assert.deepEqual(twice, [], 'files downloaded more than once');
    assert.deepEqual(t.problems, []);
    await context.close();
    host.close();
  });
}
