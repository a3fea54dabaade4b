// The quiz on a recruiter's real careers page, measured: a header that sticks to the top, serif
// fonts, cream or dark backgrounds, padding and text around the quiz, served from another origin.
// The page never moves by itself while the quiz loads, the frame never shrinks during the
// questions, and after every answer the question and its progress line are in view below the
// header, as is the verdict after the last one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as lib from './lib.mjs';
import { launch, site, shot, QUESTIONS, TOTAL, keyed, choose, progressText } from './lib.mjs';

const HEADER = 64;
const CTA = 'https://jobs.example.com/contact?role={role}';
let browser, server, host;

before(async () => {
  browser = await launch();
  server = await site();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rq-careers-'));
  const page = (name, colours) => fs.writeFileSync(path.join(dir, name), `<!doctype html>
    <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
    <title>Careers at Northwind Talent</title><link rel="icon" href="data:,"><style>
      body { margin: 0; font: 17px/1.6 Georgia, 'Times New Roman', serif; ${colours} }
      header { position: sticky; top: 0; z-index: 5; height: ${HEADER}px; display: flex; align-items: center;
        justify-content: space-between; padding: 0 16px; background: #1f3a5f; color: #fff; }
      header nav a { color: #fff; margin-left: 1rem; }
      main { max-width: 46rem; margin: 0 auto; padding: 16px; }
      /* EMBEDDING.md's reservation: the quiz's first height, before embed.js has run. */
      [data-role-quiz] { min-height: 560px; }
      @media (min-width: 40rem) { [data-role-quiz] { min-height: 400px; } }
      footer { padding: 2rem 16px 40rem; }
    </style></head><body>
    <header><strong>Northwind Talent</strong><nav><a href="#">Jobs</a><a href="#">About</a></nav></header>
    <main><h1>Find your place in AI</h1>
    <p>We place engineers with teams building machine learning products. Not sure which role suits you?
    The short quiz below compares two of the roles we hire for most.</p>
    <div id="quiz" data-role-quiz data-title="false" data-cta-url="${CTA}"></div>
    <p id="below">Prefer to talk first? Our recruiters answer within a day.</p>
    <p>Applications are reviewed by people, not by software.</p></main>
    <footer>Northwind Talent · London · Lisbon</footer>
    <script src="${server.url}embed.js" async></script></body></html>`);
  page('light.html', 'background: #f7f3ea; color: #2a2622;');
  page('dark.html', 'background: #1b1a17; color: #ece6da;');
  fs.writeFileSync(path.join(dir, 'compact.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1"><title>Careers</title><link rel="icon" href="data:,">
    </head><body><main><h1>Which AI role fits you?</h1><div id="quiz" data-role-quiz data-compact data-title="false"></div>
    <p>Below.</p></main><script src="${server.url}embed.js" async></script></body></html>`);
  host = await site(dir, '/');
});
after(async () => { await browser?.close(); server?.close(); host?.close(); });

const clean = (t) => lib.clean(t, server.origin, host.origin);

/** Watches the page from its first paint: layout shifts and every height the frame had. */
function watch(page) {
  return page.addInitScript(() => {
    const w = window.__watch = { shift: 0, heights: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) w.shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    const tick = () => {
      const f = document.querySelector('#quiz iframe');
      if (f) w.heights.push(Math.round(f.getBoundingClientRect().height));
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Where `selector` inside the quiz is, in the host window's coordinates. */
async function inWindow(t, selector) {
  const frame = t.page.frames().find((f) => f.url().startsWith(server.url));
  const inner = await frame.locator(selector).first().evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  });
  const outer = await t.page.locator('#quiz iframe').evaluate((f) => f.getBoundingClientRect().top);
  return { top: outer + inner.top, bottom: outer + inner.bottom };
}

/** Waits (up to 2 s, for a smooth scroll) until every selector is wholly in view below the header. */
async function inView(t, selectors, what) {
  const height = t.page.viewportSize().height;
  let last;
  for (let tries = 0; tries < 40; tries++) {
    last = await Promise.all(selectors.map((s) => inWindow(t, s)));
    if (last.every((r) => r.top >= HEADER && r.bottom <= height)) return;
    await t.page.waitForTimeout(50);
  }
  assert.fail(`${what}: not in view below the ${HEADER} px header: ${JSON.stringify(last)}`);
}

const frameHeight = (t) => t.page.locator('#quiz iframe').evaluate((f) => f.getBoundingClientRect().height);
const belowTop = (t) => t.page.locator('#below').evaluate((e) => e.getBoundingClientRect().top + scrollY);

for (const viewport of [{ width: 375, height: 740 }, { width: 1280, height: 800 }]) {
  for (const scheme of ['light', 'dark']) {
    test(`on a careers page with a sticky header at ${viewport.width} px, ${scheme}: calm, and in view after every answer`, async () => {
      const t = await lib.fresh(browser, { viewport, colorScheme: scheme });
      const { page } = t;
      await watch(page);
      await page.goto(`${host.url}${scheme}.html`);
      const frame = page.frameLocator('#quiz iframe');
      await frame.locator('html[data-app=ready]').waitFor({ state: 'attached' });
      await page.waitForTimeout(300);
      const loaded = await page.evaluate(() => window.__watch);
      console.log(`${viewport.width} ${scheme}: layout shift while loading ${loaded.shift.toFixed(4)}, heights ${[...new Set(loaded.heights)]}`);
      assert.ok(loaded.shift <= 0.01, `layout shift ${loaded.shift}`);
      assert.equal(new Set(loaded.heights).size, 1, `one height from insertion to ready: ${[...new Set(loaded.heights)]}`);
      // Narrow columns: the quiz adds at most 8 px on each side.
      if (viewport.width <= 480) {
        const pad = await frame.locator('.quiz').evaluate((e) => parseFloat(getComputedStyle(e).paddingLeft));
        assert.ok(pad <= 8, `side padding ${pad}`);
      }
      // The host page is the recruiter's own: no second brand header inside the quiz.
      assert.equal(await frame.locator('header.brand').count(), 0);
      await shot(page, `host-intro-${viewport.width}-${scheme}`);

      // Reading the text above, then starting: the quiz's top is out of sight on a phone.
      await frame.locator('#start').click();
      let height = await frameHeight(t), below = await belowTop(t);
      for (let i = 0; i < TOTAL; i++) {
        await frame.locator(`.progress-text:text-is("${progressText(i + 1)}"), .result`).first().waitFor();
        if (await frame.locator('.result').count()) break;
        await inView(t, ['.progress-text', '#screen-heading'], `question ${i + 1}`);
        const h = await frameHeight(t);
        assert.ok(h >= height, `question ${i + 1}: the frame shrank from ${height} to ${h}`);
        assert.ok(await belowTop(t) >= below, `question ${i + 1}: the text below the quiz moved up`);
        height = h;
        below = await belowTop(t);
        if (i === 1) await shot(page, `host-question-${viewport.width}-${scheme}`);
        // On a phone the person scrolls down to see every option (and Next) before answering,
        // so the quiz's top goes under the header.
        await page.evaluate(() => scrollBy(0, document.querySelector('#quiz iframe').getBoundingClientRect().bottom - innerHeight));
        // A person of a clear MLOps leaning, answering with some hesitation on statements.
        const pick = QUESTIONS[i].kind === 'scale' ? (QUESTIONS[i].roles[0] === 'mlops' ? 3 : 1) : keyed(i, 'mlops');
        await choose(frame, pick);
      }
      await frame.locator('.result').waitFor();
      await shot(page, `host-after-last-${viewport.width}-${scheme}`);
      // The verdict with the role's name, under the header.
      await inView(t, ['.kicker', '#screen-heading', '.cta-button'], 'the verdict and the next step');
      assert.equal((await frame.locator('#screen-heading').textContent()).trim(), 'MLOps Engineer');
      // The recruiter's address from data-cta-url: the button leads there.
      assert.equal(await frame.locator('.cta-button').getAttribute('href'), 'https://jobs.example.com/contact?role=mlops');
      // What the candidate sees: the window, scrolled as the loader left it.
      await page.screenshot({ path: path.join(lib.SHOTS, `host-result-${viewport.width}-${scheme}.png`) });
      clean(t);
      await t.context.close();
    });
  }
}

test('a build without a recruiter address shows no dead-end button', async () => {
  const t = await lib.fresh(browser, { viewport: { width: 375, height: 740 } });
  const { page } = t;
  await page.goto(server.url);
  await lib.ready(page);
  await page.click('#start');
  await lib.answerAll(page, (i) => keyed(i, 'mlops'));
  assert.equal(await page.getAttribute('.result', 'data-role'), 'mlops');
  assert.equal(await page.$('.cta-button'), null);
  assert.doesNotMatch(await page.textContent('main'), /Contact us today/);
  clean(t);
  await t.context.close();
});

test('in a 320 px column the comparison cards stay readable, and a compact untitled embed keeps one height while loading', async () => {
  const t = await lib.fresh(browser, { viewport: { width: 320, height: 640 } });
  const { page } = t;
  await page.goto(`${host.url}light.html`);
  const frame = page.frameLocator('#quiz iframe');
  await frame.locator('#start').click();
  await lib.answerAllInFrame(frame, (i) => keyed(i, 'mlops'));
  // Each label on at most two lines: a Range gives one box per line of text.
  const lines = await frame.locator('.compare-head').evaluate((head) =>
    [...head.querySelectorAll('.pick-badge, .salary-label, h3')].map((e) => {
      const r = document.createRange();
      r.selectNodeContents(e);
      const tops = new Set([...r.getClientRects()].map((b) => Math.round(b.top)));
      return [e.className || e.tagName, e.textContent, tops.size];
    }));
  console.log(`labels at 320 px: ${JSON.stringify(lines)}`);
  for (const [kind, text, n] of lines) assert.ok(n <= 2, `${kind} "${text}" takes ${n} lines`);
  await page.screenshot({ path: path.join(lib.SHOTS, 'host-result-320.png'), fullPage: false });
  clean(t);
  await t.context.close();

  // Compact and untitled, with no reservation on the host: one height from insertion to ready.
  const c = await lib.fresh(browser, { viewport: { width: 375, height: 740 } });
  await watch(c.page);
  await c.page.goto(`${host.url}compact.html`);
  await c.page.frameLocator('#quiz iframe').locator('html[data-app=ready]').waitFor({ state: 'attached' });
  await c.page.waitForTimeout(300);
  const seen = await c.page.evaluate(() => [...new Set(window.__watch.heights)]);
  assert.equal(seen.length, 1, `compact untitled embed heights: ${seen}`);
  clean(c);
  await c.context.close();
});
