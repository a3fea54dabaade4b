// Embedding end to end: host page and quiz on different origins (two loopback servers).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import * as lib from './lib.mjs';
import { launch, site, openPage, axe, ROOT, DIST, shot, TOTAL, keyed, choose, progressText } from './lib.mjs';

let browser, quiz, host;
before(async () => {
  browser = await launch();
  quiz = await site();
  // The example host page, pointed at the quiz server, served from another origin.
  const dir = lib.hostPage(quiz.url);
  fs.writeFileSync(path.join(dir, 'bad.html'), `<!doctype html><html lang="en"><head><title>t</title>
    <link rel="icon" href="data:,"></head><body><main>
    <div id="quiz" data-role-quiz data-theme="neon" data-accent="red;}"></div></main>
    <script src="${quiz.url}embed.js"></script></body></html>`);
  // Pages that frame the quiz by hand, hoping to read a visitor's saved result.
  for (const [name, parent] of [['hostile', 'location.origin'], ['liar', "'https://jobs.example.com'"]]) {
    fs.writeFileSync(path.join(dir, `${name}.html`), `<!doctype html><html lang="en"><head><title>t</title>
      <link rel="icon" href="data:,"></head><body><main><iframe title="quiz"></iframe></main><script>
      window.got = [];
      addEventListener('message', (e) => got.push(e.data && e.data.event));
      document.querySelector('iframe').src = '${quiz.url}?embed=1&parent=' + encodeURIComponent(${parent}) + '#/result';
      </script></body></html>`);
  }
  // A same-site framer that opens the frame on the last question, then moves its address to
  // the result, hoping the quiz counts that as the visitor answering there.
  fs.writeFileSync(path.join(dir, 'mover.html'), `<!doctype html><html lang="en"><head><title>t</title>
    <link rel="icon" href="data:,"></head><body><main><iframe title="quiz"></iframe></main><script>
    window.got = [];
    const f = document.querySelector('iframe');
    const src = '${quiz.url}?embed=1&parent=' + encodeURIComponent(location.origin);
    addEventListener('message', (e) => {
      got.push(e.data && e.data.event);
      if (e.data && e.data.event === 'ready') setTimeout(() => { f.contentWindow.location.href = src + '#/result'; }, 200);
    });
    f.src = src + '#/q/${TOTAL}';
    </script></body></html>`);
  fs.writeFileSync(path.join(dir, 'dark.html'), `<!doctype html><html lang="en"><head><title>t</title>
    <link rel="icon" href="data:,"></head><body><main>
    <div id="quiz" data-role-quiz data-theme="dark" data-accent="#0b5566"></div></main>
    <script src="${quiz.url}embed.js"></script></body></html>`);
  fs.writeFileSync(path.join(dir, 'sizes.html'), `<!doctype html><html lang="en"><head><title>t</title>
    <link rel="icon" href="data:,"></head><body><main>
    <div id="short" data-role-quiz data-max-height="300"></div>
    <div id="tall" data-role-quiz data-min-height="900"></div></main>
    <script src="${quiz.url}embed.js"></script></body></html>`);
  host = await site(dir, '/');
  assert.notEqual(new URL(host.url).origin, new URL(quiz.url).origin);
});
after(async () => { await browser?.close(); quiz?.close(); host?.close(); });

async function open(width, init) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  if (init) await context.addInitScript(init);
  const t = { context, ...(await openPage(context)) };
  await t.page.goto(host.url);
  await t.page.waitForFunction(() => (window.quizEvents || []).some(([n]) => n === 'ready'));
  return t;
}

const clean = (t) => lib.clean(t, host.origin, quiz.origin);

/** The iframe's height equals its content's, and nothing scrolls inside it. */
/** The frame shows all of the quiz with no inner scrollbar: exactly its height, or during the
 * questions (`atLeast`) at least it, since the frame then keeps its tallest height. */
async function fits(page, label, atLeast = false) {
  const iframe = page.locator('#quiz iframe');
  const frame = page.frameLocator('#quiz iframe');
  await page.waitForFunction(async () => {
    const f = document.querySelector('#quiz iframe');
    return f && f.getBoundingClientRect().height > 200;
  });
  let last;
  for (let i = 0; i < 50; i++) {
    const outer = (await iframe.boundingBox()).height;
    const inner = await frame.locator('html').evaluate((h) => ({
      content: Math.ceil(h.getBoundingClientRect().height), scroll: h.scrollHeight, client: h.clientHeight,
    }));
    last = { outer, ...inner };
    const tall = atLeast ? outer >= inner.content - 1 : Math.abs(outer - inner.content) <= 1;
    if (tall && inner.scroll <= inner.client + 1) return;
    await page.waitForTimeout(50);
  }
  assert.fail(`${label}: iframe does not fit its content: ${JSON.stringify(last)}`);
}

for (const width of [320, 1280]) {
  test(`the iframe follows the content on every screen at ${width}px`, async () => {
    const t = await open(width);
    const { page } = t;
    const frame = page.frameLocator('#quiz iframe');
    await fits(page, 'intro');
    await frame.locator('#start').click();
    let asked = 0;
    for (let i = 1; i <= TOTAL; i++) {
      await frame.locator(`.progress-text:text-is("${progressText(i)}"), .result`).first().waitFor();
      if (await frame.locator('.result').count()) break;
      asked = i;
      await fits(page, `question ${i}`, true);
      await choose(frame, keyed(i - 1, 'mlops'));
    }
    await frame.locator('.result').waitFor();
    await fits(page, 'result');
    await shot(page, `embed-result-${width}`);
    const done = await page.waitForFunction(() => window.lastComplete).then((h) => h.jsonValue());
    assert.equal(done.role, 'mlops');
    assert.equal(done.roleTitle, 'MLOps Engineer');
    assert.deepEqual(Object.keys(done.interest).sort(), ['mle', 'mlops']);
    assert.ok(Object.values(done.interest).every((v) => v >= 0 && v <= 100));
    assert.ok(['clear', 'leaning', 'both', 'open'].includes(done.level), done.level);
    // A role is named only when the result names one.
    assert.equal(done.role === null, ['both', 'open'].includes(done.level));
    assert.equal(done.source, 'careers-page');
    assert.deepEqual(done.utm, { source: 'careers', medium: 'embed', campaign: 'autumn' });
    // Share links made in the embed point to the public quiz, never to the embed address.
    assert.ok(done.shareUrl.startsWith(quiz.url + 'r/'), done.shareUrl);
    assert.ok(!done.shareUrl.includes('embed='));
    // The host can show its own button: the call to action's address comes with the result.
    assert.equal(done.ctaUrl, await frame.locator('.cta-button').getAttribute('href'));
    const link = await frame.locator('#share-link').inputValue();
    assert.equal(link, done.shareUrl);
    // "E-mail it to me" leads back to the recruiter too (the shipped content has no address of
    // its own, so this line comes from the host's data-cta-url).
    const mail = await frame.locator('.share-links a[href^="mailto:"]').getAttribute('href');
    const body = new URLSearchParams(mail.split('?')[1]).get('body');
    assert.ok(body.endsWith(`${link}\n\nTalk to a recruiter: ${done.ctaUrl}`), body);
    const events = await page.evaluate(() => window.quizEvents.map(([n]) => n));
    assert.ok(events.includes('start'));
    // One step per question asked; each says the most there can be.
    assert.equal(events.filter((n) => n === 'step').length, asked);
    const steps = await page.evaluate(() => window.quizEvents.filter(([n]) => n === 'step').map(([, d]) => d));
    assert.ok(steps.every((d) => d.total === TOTAL), JSON.stringify(steps[0]));
    // Nothing personal leaves the frame: no answers in any event.
    const all = JSON.stringify(await page.evaluate(() => window.quizEvents));
    assert.ok(!/answer/i.test(all + JSON.stringify(done)));
    clean(t);
    await t.context.close();
  });
}

// 3.5 KB: keeping the quiz in view below a host's sticky header and the frame's height calm
// during the questions took the loader from 3.0 to 3.4 KB.
test('embed.js is at most 3.5 KB gzip', () => {
  const bytes = zlib.gzipSync(fs.readFileSync(path.join(DIST, 'embed.js')), { level: 9 }).length;
  console.log(`embed.js: ${bytes} bytes gzip`);
  assert.ok(bytes <= 3584, `${bytes} bytes`);
});

test('messages from foreign frames and windows are ignored', async () => {
  const t = await open(1280);
  const { page } = t;
  await fits(page, 'intro');
  const before = (await page.locator('#quiz iframe').boundingBox()).height;
  const resizes = () => page.evaluate(() => window.quizEvents.filter(([n]) => n === 'resize').length);
  const n = await resizes();
  await page.evaluate(() => {
    const msg = { type: 'role-quiz', event: 'resize', height: 5 };
    window.postMessage(msg, '*'); // the host's own window
    const f = document.createElement('iframe'); // a foreign frame
    f.title = 'foreign';
    f.srcdoc = `<script>parent.postMessage(${JSON.stringify(msg)}, '*');parent.postMessage({type:'role-quiz',event:'complete',role:'x'}, '*')<\/script>`;
    document.body.appendChild(f);
  });
  await page.waitForTimeout(300);
  assert.equal(await resizes(), n);
  assert.equal((await page.locator('#quiz iframe').boundingBox()).height, before);
  assert.equal(await page.evaluate(() => window.lastComplete), undefined);
  clean(t);
  await t.context.close();
});

test('the popup opens, traps and returns focus by keyboard', async () => {
  const t = await open(1280);
  const { page } = t;
  await page.focus('.role-quiz-open');
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog[open]');
  const inDialog = () => page.evaluate(() => !!document.activeElement?.closest('dialog'));
  assert.ok(await inDialog(), 'focus moved into the dialog');
  const frame = page.frameLocator('dialog iframe');
  await frame.locator('#start').waitFor();
  assert.deepEqual(await axe(page), [], 'axe on the host page with the popup open');
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog:not([open])', { state: 'attached' });
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'role-quiz-open');
  // The close button too.
  await page.keyboard.press('Enter');
  await page.waitForSelector('dialog[open]');
  await page.click('.role-quiz-close');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'role-quiz-open');
  clean(t);
  await t.context.close();
});

test('the quiz works with third-party storage blocked, and axe passes with it open', async () => {
  const t = await open(1280, () => {
    if (window !== window.top) {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
    }
  });
  const { page } = t;
  const frame = page.frameLocator('#quiz iframe');
  await frame.locator('#start').click();
  await lib.answerAllInFrame(frame, () => 0);
  assert.deepEqual(await axe(page), [], 'axe on the host page');
  const inner = page.frames().find((f) => f.url().startsWith(quiz.url));
  assert.deepEqual(await axe(inner), [], 'axe inside the embedded quiz');
  clean(t);
  await t.context.close();
});

test('a bad option is ignored with one warning and the quiz still loads', async () => {
  const context = await browser.newContext();
  const t = { context, ...(await openPage(context)) };
  await t.page.goto(host.url + 'bad.html');
  await t.page.frameLocator('#quiz iframe').locator('#screen-heading').waitFor();
  assert.equal(t.problems.length, 2, t.problems.join('\n'));
  assert.ok(t.problems.every((p) => p.startsWith('warning: [role-quiz] ignored data-')));
  await context.close();
});

test('data-min-height and data-max-height bound the iframe', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const t = { context, ...(await openPage(context)) };
  await t.page.goto(host.url + 'sizes.html');
  for (const id of ['short', 'tall']) await t.page.frameLocator(`#${id} iframe`).locator('#screen-heading').waitFor();
  await t.page.waitForFunction(() => document.querySelector('#short iframe').style.height === '300px');
  const content = await t.page.frameLocator('#tall iframe').locator('html')
    .evaluate((h) => h.getBoundingClientRect().height);
  assert.ok(content <= 901, 'the intro is padded to the minimum, no more');
  await t.page.waitForFunction(() => document.querySelector('#tall iframe').style.height === '900px');
  // Capped below its content, the frame scrolls rather than hiding the rest of the quiz.
  assert.equal(await t.page.getAttribute('#short iframe', 'scrolling'), 'yes');
  clean(t);
  await context.close();
});

test('an accent that would fail contrast on the dark theme is not applied', async () => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const t = { context, ...(await openPage(context)) };
  await t.page.goto(host.url + 'dark.html');
  const frame = t.page.frameLocator('#quiz iframe');
  await frame.locator('#start').click();
  await frame.locator('.option >> nth=0').click();
  const accent = await frame.locator('html').evaluate((h) => h.style.getPropertyValue('--accent'));
  assert.equal(accent, '', 'the host accent #0b5566 is too dark for the dark theme');
  const inner = t.page.frames().find((f) => f.url().startsWith(quiz.url));
  assert.deepEqual(await axe(inner), [], 'axe inside the embed in dark mode');
  // In the light theme (the example page is light) the same accent passes and is used.
  const light = await browser.newContext({ colorScheme: 'dark' });
  const l = await light.newPage();
  await l.goto(host.url);
  await l.frameLocator('#quiz iframe').locator('#start').waitFor();
  const used = await l.frameLocator('#quiz iframe').locator('html').evaluate((h) => h.style.getPropertyValue('--accent'));
  assert.equal(used, '#0b5566');
  await light.close();
  clean(t);
  await context.close();
});

test('a page that frames the quiz itself gets no result, and a false parent gets nothing', async () => {
  // The visitor finished the quiz on the quiz's own site, and once before inside a frame on
  // this site: both are saved where the framed quiz can read them.
  const saved = `p2.3.5.r.${'0'.repeat(TOTAL)}`;
  const init = ([origin, value]) => {
    if (location.origin === origin && window !== window.top) {
      localStorage.setItem('role-quiz', value);
      if (location.hash !== '#/result') localStorage.setItem('role-quiz-embed', value);
    }
  };
  const context = await browser.newContext();
  await context.addInitScript(init, [quiz.origin, saved]);
  const t = { context, ...(await openPage(context)) };
  // The quiz site's saved result is not restored in a frame, and a frame starts where its own
  // saved progress says, not at the address the framer chose (#/result): on the intro.
  await t.page.goto(host.url + 'hostile.html');
  const frame = t.page.frameLocator('iframe');
  await frame.locator('.intro #screen-heading').waitFor();
  assert.equal(await frame.locator('.result').count(), 0);
  await t.page.waitForFunction(() => window.got.includes('ready'));
  await t.page.waitForTimeout(500);
  let got = await t.page.evaluate(() => window.got);
  assert.ok(!got.includes('complete'), `no result reaches the framer: ${got}`);
  // A session a frame saved is offered in a frame ("Continue"), but the framer cannot steer the
  // frame: opened at its last question and then moved to the result (a fragment change), the
  // frame stays on its intro, puts its address back and says nothing (not even a step).
  await t.page.goto(host.url + 'mover.html');
  const moved = t.page.frameLocator('iframe');
  await moved.locator('.intro #screen-heading').waitFor();
  await t.page.waitForFunction(() => window.got.includes('ready'));
  await t.page.waitForTimeout(800);
  assert.equal(await moved.locator('.result').count(), 0, 'the framer moved the frame to a result');
  assert.ok(await moved.locator('text=Continue where you left off').isVisible(), 'the saved session is offered');
  assert.equal(new URL(t.page.frames().find((f) => f.url().includes('embed=1')).url()).hash, '#/', 'the address is put back');
  got = await t.page.evaluate(() => window.got);
  assert.ok(!got.includes('complete') && !got.includes('step'), `steered from outside: ${got}`);
  assert.deepEqual(t.problems, []);
  // A page that names another origin as the parent gets nothing at all, and the quiz says why.
  await t.page.goto(host.url + 'liar.html');
  await t.page.frameLocator('iframe').locator('#screen-heading').waitFor();
  await t.page.waitForTimeout(500);
  assert.deepEqual(await t.page.evaluate(() => window.got), []);
  assert.equal(t.problems.length, 1, t.problems.join('\n'));
  assert.match(t.problems[0], /\[role-quiz\] not embedded by https:\/\/jobs\.example\.com/);
  await context.close();
});

test('the loader and the app take the same call-to-action addresses, and nothing is dropped in silence', async () => {
  // Addresses the app refuses: the loader refuses them too, with its warning, so the quiz shows
  // the content file's button instead of silently none.
  const refused = ['https://аpple.example/contact', 'https://ｊobs.example.com/', 'https://jobs.example.com/\u202eexe.html',
    'https://jobs.example.com/{role}/apply', 'https://{role}.example.com/', 'https://jobs.example.com{link}'];
  for (const cta of refused) {
    const dir = lib.hostPage(quiz.url);
    fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html lang="en"><head><title>t</title>
      <link rel="icon" href="data:,"></head><body><main><div id="quiz" data-role-quiz data-cta-url="${cta}"></div></main>
      <script src="${quiz.url}embed.js"></script></body></html>`);
    const page = await site(dir, '/');
    const context = await browser.newContext();
    const t = { context, ...(await openPage(context)) };
    await t.page.goto(page.url);
    await t.page.frameLocator('#quiz iframe').locator('#screen-heading').waitFor();
    assert.ok(t.problems.some((p) => p.includes('ignored data-cta-url')), `${cta}: ${t.problems.join(' | ')}`);
    assert.ok(!(await t.page.getAttribute('#quiz iframe', 'src')).includes('cta='), cta);
    await context.close();
    page.close();
  }

  // A template that fills to more than the messages allow: complete still comes, without ctaUrl,
  // and the loader says why.
  const long = `https://jobs.example.com/c?${Array.from({ length: 40 }, (_, i) => `l${i}={link}`).join('&')}`;
  // And a quiz served from an address its share links do not start with (its public address
  // is elsewhere): no complete, and the loader says why.
  const elsewhere = await site(DIST, lib.MOUNT, 'none', false);
  for (const [name, quizUrl, cta] of [['long', quiz.url, long], ['elsewhere', elsewhere.url, '']]) {
    const dir = lib.hostPage(quizUrl);
    fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html lang="en"><head><title>t</title>
      <link rel="icon" href="data:,"></head><body><main><div id="quiz" data-role-quiz${cta ? ` data-cta-url="${cta}"` : ''}></div></main>
      <script>document.addEventListener('role-quiz:complete', (e) => { window.done = e.detail; }, true);</script>
      <script src="${quizUrl}embed.js"></script></body></html>`);
    const page = await site(dir, '/');
    const context = await browser.newContext();
    const t = { context, ...(await openPage(context)) };
    await t.page.goto(page.url);
    const frame = t.page.frameLocator('#quiz iframe');
    await frame.locator('#start').click();
    await lib.answerAllInFrame(frame, (i) => keyed(i, 'mle'));
    await t.page.waitForTimeout(500);
    const done = await t.page.evaluate(() => window.done || null);
    if (name === 'long') {
      assert.ok(done && done.role === 'mle' && done.ctaUrl === null, `long: ${JSON.stringify(done)?.slice(0, 200)}`);
      assert.ok(t.problems.some((p) => p.includes('complete without ctaUrl')), t.problems.join(' | '));
    } else {
      assert.equal(done, null);
      assert.ok(t.problems.some((p) => p.includes('no complete event: share links are not under')), t.problems.join(' | '));
    }
    await context.close();
    page.close();
  }
  elsewhere.close();
});

test("inside a frame Back and Forward still move between the quiz's own screens", async () => {
  const t = await open(1280);
  const frame = t.page.frameLocator('#quiz iframe');
  await frame.locator('#start').click();
  await frame.locator(`.progress-text:text-is("${progressText(1)}")`).waitFor();
  await choose(frame, keyed(0, 'mle'));
  await frame.locator(`.progress-text:text-is("${progressText(2)}")`).waitFor();
  const inner = t.page.frames().find((f) => f.url().includes('embed=1'));
  await inner.evaluate(() => history.back());
  await frame.locator(`.progress-text:text-is("${progressText(1)}")`).waitFor();
  await inner.evaluate(() => history.forward());
  await frame.locator(`.progress-text:text-is("${progressText(2)}")`).waitFor();
  clean(t);
  await t.context.close();
});
