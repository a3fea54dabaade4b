// When the quiz cannot start: every way the boot script, the glue or the WebAssembly can fail to
// arrive ends on the page's "could not load" panel with Reload, never on an intro whose Start
// button only changes the address. Each case runs in a page of its own, all at once, since the
// ones that hang wait for the panel's 15 s timer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import * as lib from './lib.mjs';
import { launch, site } from './lib.mjs';

let browser, server;
before(async () => {
  browser = await launch();
  server = await site();
});
after(async () => { await browser?.close(); server?.close(); });

const FAILED = 'Part of the quiz could not be loaded. Check your connection, then reload the page.';
/** What a failing host or network does to one file. `hang` never answers. */
const failures = {
  404: (route) => route.fulfill({ status: 404, body: 'not found' }),
  reset: (route) => route.abort('connectionreset'),
  html: (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Home</title>' }),
  hang: () => {},
};
const files = {
  'boot script': /\/boot-[0-9a-f]+\.js$/,
  glue: /\/role-quiz-[0-9a-f]+\.js$/,
  // Both forms of the WebAssembly: the pre-compressed one first, then the plain one.
  WebAssembly: /_bg\.wasm(\.gz)?$/,
};

/** Opens the quiz with `file` failing as `how`; resolves to what the page then shows. */
async function attempt(file, how) {
  const t = await lib.fresh(browser, { viewport: { width: 375, height: 700 } });
  await t.page.route(files[file], failures[how]);
  await t.page.goto(server.url, { waitUntil: 'commit' });
  const panel = t.page.locator('#load-failed');
  try {
    await panel.waitFor({ state: 'visible', timeout: 25_000 });
  } catch {
    return { t, shown: false };
  }
  return { t, shown: true, text: (await panel.locator('p').first().textContent()).trim(), app: await t.page.getAttribute('html', 'data-app') };
}

test('every load failure of the boot script, the glue or the WebAssembly shows "could not load" and Reload', async () => {
  const cases = Object.keys(files).flatMap((file) => Object.keys(failures).map((how) => [file, how]));
  const results = await Promise.all(cases.map(([file, how]) => attempt(file, how)));
  const wrong = [];
  for (const [i, [file, how]] of cases.entries()) {
    const r = results[i];
    if (!r.shown || r.text !== FAILED || r.app) wrong.push(`${file} ${how}: ${JSON.stringify({ shown: r.shown, text: r.text, app: r.app })}`);
  }
  // Reload, once the network is back, brings the quiz (one case is enough: it is a plain link).
  const { t } = results[0];
  // The viewport, where the fixed panel sits (a full-page capture leaves fixed boxes out).
  await t.page.screenshot({ path: path.join(lib.SHOTS, 'load-failed-375.png') });
  await t.page.unroute(files[cases[0][0]]);
  await t.page.click('#load-failed a');
  await lib.ready(t.page);
  assert.equal(await t.page.isVisible('#load-failed'), false, 'the panel is gone once the app is up');
  await Promise.all(results.map((r) => r.t.context.close()));
  assert.deepEqual(wrong, []);
});

test('a .wasm.gz that is not gzip, or is cut short, falls back to the plain .wasm', async () => {
  for (const [name, body] of [['not gzip or wasm', Buffer.from('<!doctype html><title>Home</title>')], ['cut short', null]]) {
    const t = await lib.fresh(browser, { viewport: { width: 375, height: 700 } });
    await t.page.route('**/*_bg.wasm.gz', async (route) => {
      const real = await route.fetch();
      const bytes = body || (await real.body()).subarray(0, 20_000);
      await route.fulfill({ status: 200, contentType: 'application/octet-stream', body: bytes });
    });
    await t.page.goto(server.url);
    await lib.ready(t.page);
    assert.ok(t.requests.some((u) => /_bg\.wasm$/.test(u)), `${name}: the plain .wasm was fetched`);
    await t.page.click('#start');
    await t.page.waitForSelector('.question');
    assert.equal(await t.page.isVisible('#load-failed'), false, name);
    await t.context.close();
  }
});

test('a normal start never shows the panel', async () => {
  const t = await lib.fresh(browser, { viewport: { width: 375, height: 700 } });
  await t.page.goto(server.url);
  await lib.ready(t.page);
  assert.equal(await t.page.isVisible('#load-failed'), false);
  assert.equal(await t.page.evaluate(() => getComputedStyle(document.getElementById('load-failed')).display), 'none');
  lib.clean(t, server.origin);
  await t.context.close();
});
