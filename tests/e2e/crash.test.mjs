// A panic in the release build traps the WebAssembly (no panic hook runs); the boot script must
// then show the crash panel. Tested against a second build of the same site with the test-only
// `crash-test` feature (scripts/test.sh builds it into target/crash-dist): its addresses
// `#/crash-test/start` and `#/crash-test/click` panic at start-up and on a click.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, site, fresh, ready, ROOT, MOUNT } from './lib.mjs';

const DIR = process.env.CRASH_DIST || path.join(ROOT, 'target', 'crash-dist');
let browser, server;
before(async () => {
  assert.ok(fs.existsSync(path.join(DIR, 'index.html')), `no ${DIR}: scripts/test.sh builds it`);
  browser = await launch();
  server = await site(DIR, MOUNT);
});
after(async () => { await browser?.close(); server?.close(); });

async function crashPanelShows(page) {
  await page.waitForSelector('#crash:not([hidden])', { timeout: 10000 });
  assert.match(await page.textContent('#crash'), /Sorry, the quiz stopped working/);
  assert.equal(await page.getAttribute('#crash', 'role'), 'alert');
}

// The only page errors allowed are the trap itself and, in a build on the default toolchain
// (scripts/build.sh's fallback, where a panic hook still runs), the panic's own message.
function onlyTraps(problems) {
  assert.ok(problems.some((p) => /RuntimeError|unreachable/.test(p)), 'the trap reached the page');
  for (const p of problems) assert.match(p, /RuntimeError|unreachable|panicked at/, p);
}

test('a panic while the app starts shows the crash panel', async () => {
  const t = await fresh(browser);
  await t.page.goto(`${server.url}#/crash-test/start`);
  await crashPanelShows(t.page);
  onlyTraps(t.problems);
  await t.context.close();
});

test('a panic in a click handler shows the crash panel', async () => {
  const t = await fresh(browser);
  await t.page.goto(`${server.url}#/crash-test/click`);
  await ready(t.page);
  assert.equal(await t.page.isVisible('#crash'), false, 'no panel before the crash');
  await t.page.click('#screen-heading');
  await crashPanelShows(t.page);
  onlyTraps(t.problems);
  await t.context.close();
});
