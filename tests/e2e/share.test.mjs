// Share links end to end: the link on the result page, opening it elsewhere, damaged links,
// and the static role pages with their link previews.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as lib from './lib.mjs';
import { launch, site, ready, DIST, axe, shot, QUESTIONS, CORE, SHARED_BANNER, answerAll, forge, keyed } from './lib.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await site(); });
after(async () => { await browser?.close(); server?.close(); });

const clean = (t) => lib.clean(t, server.origin);
const fresh = (options = {}) => lib.fresh(browser, options);

/** Answers every question with option `pick(i)` and returns the result page's facts. */
async function finish(page, pick) {
  await page.goto(server.url);
  await ready(page);
  await page.click('#start');
  await answerAll(page, pick);
  return facts(page);
}

async function facts(page) {
  await page.waitForSelector('.result');
  return {
    role: await page.getAttribute('.result', 'data-role'),
    level: await page.getAttribute('.result', 'data-level'),
    page: await page.getAttribute('.result', 'data-page'),
    title: (await page.textContent('#screen-heading')).trim(),
    bars: await page.$$eval('.bar-label', (b) => b.map((x) => x.textContent)),
    why: await page.$$eval('.why-sentence, .why li', (l) => l.map((x) => x.textContent)),
    roles: await page.$$eval('.compare-role h3', (h) => h.map((x) => x.textContent)),
    pick: await page.$$eval('.compare-role[data-pick]', (p) => p.map((x) => x.dataset.role)),
  };
}

test('a shared link reproduces the result in a fresh browser', async () => {
  const a = await fresh();
  const mine = await finish(a.page, (i) => [0, 3, 2, 1][i % 4]);
  const link = await a.page.inputValue('#share-link');
  assert.match(link, new RegExp(`^${server.url}r/(mle|mlops|both|open)\\.html#[A-Za-z0-9_-]+$`));
  assert.ok(link.length < 120, `link is ${link.length} characters`);
  assert.ok(link.includes(`/r/${mine.page}.html#`), 'the link opens on the page of this outcome');
  clean(a);
  await a.context.close();

  const b = await fresh(); // empty storage
  await b.page.goto(link);
  await b.page.waitForURL(/#\/s\//);
  const theirs = await facts(b.page);
  // The same result, told about the sender.
  const them = (s) => s.replace(/ of your answers /g, ' of their answers ').replace(/^You picked/, 'They picked')
    .replace(/^What drew you/, 'What drew them');
  assert.deepEqual(theirs, { ...mine, why: mine.why.map(them) });
  assert.ok(await b.page.isVisible(`text=${SHARED_BANNER}`));
  assert.equal(await b.page.$('#share-link'), null, 'no share panel on a shared result');
  assert.deepEqual(await axe(b.page), [], 'axe on the shared result');
  await shot(b.page, 'shared-result-1280');
  clean(b);
  await b.context.close();
});

test('the Copy button puts the link on the clipboard', async () => {
  const t = await fresh({ permissions: ['clipboard-read', 'clipboard-write'] });
  await finish(t.page, () => 0);
  const link = await t.page.inputValue('#share-link');
  await t.page.click('text=Copy link');
  await t.page.waitForSelector('text=Link copied.');
  assert.equal(await t.page.evaluate(() => navigator.clipboard.readText()), link);
  // The field selects itself on focus, ready for a manual copy.
  await t.page.focus('#share-link');
  const selected = await t.page.evaluate(() => {
    const i = document.getElementById('share-link');
    return i.selectionEnd - i.selectionStart;
  });
  assert.equal(selected, link.length);
  const hrefs = await t.page.$$eval('.share-links a', (a) => a.map((x) => x.href));
  assert.ok(hrefs.some((h) => h.startsWith('https://www.linkedin.com/') && h.includes(encodeURIComponent(link))));
  assert.ok(hrefs.some((h) => h.startsWith('https://x.com/')));
  assert.ok(hrefs.some((h) => h.startsWith('mailto:')));
  clean(t);
  await t.context.close();
});

test('Copy works without navigator.clipboard (a plain-http host) and says so', async () => {
  const t = await fresh();
  // Outside a secure context browsers have no navigator.clipboard at all.
  await t.context.addInitScript(() => { delete Navigator.prototype.clipboard; });
  await finish(t.page, () => 0);
  assert.equal(await t.page.evaluate(() => typeof navigator.clipboard), 'undefined');
  await t.page.click('text=Copy link');
  // The field's text is selected and copied the old way; either way a status line answers.
  await t.page.waitForSelector('.share [role=status]:not(:empty)');
  clean(t);
  await t.context.close();
});

test('taking the quiz yourself keeps your own saved progress', async () => {
  const t = await fresh();
  const link = await (async () => {
    const s = await finish(t.page, () => 1);
    assert.ok(s.page);
    return t.page.inputValue('#share-link');
  })();
  // My own half-finished quiz, then a friend's link.
  await t.page.click('text=Retake the quiz');
  await t.page.click('.option >> nth=0');
  await t.page.waitForURL(/#\/q\/2$/);
  await t.page.goto(link);
  await t.page.waitForSelector(`text=${SHARED_BANNER}`);
  await t.page.click('text=Take the quiz yourself');
  await t.page.waitForURL(/#\/$/);
  await t.page.click('text=Continue where you left off');
  await t.page.waitForURL(/#\/q\/2$/);
  clean(t);
  await t.context.close();
});

test('damaged links show a clear message, never the link content', async () => {
  const t = await fresh();
  await finish(t.page, (i) => i % 3);
  const link = await t.page.inputValue('#share-link');
  const code = link.split('#')[1];
  await t.context.close();
  const flip = (c) => (c === 'A' ? 'B' : 'A');
  const cases = {
    truncated: code.slice(0, -3),
    tampered: code.slice(0, 5) + flip(code[5]) + code.slice(6),
    random: 'Zm9vYmFyYmF6cXV4',
    oversized: 'A'.repeat(5000),
    html: encodeURIComponent('<img src=x onerror=alert(1)>'),
    // Format 1, content version 99, with a valid checksum: made for a quiz that changed.
    'wrong version': forge([1, 99, 14, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11]),
    'unknown format': forge([7, 1, 14, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11]),
    'wrong checksum': code.slice(0, -2) + (code.endsWith('AA') ? 'BB' : 'AA'),
  };
  for (const [name, bad] of Object.entries(cases)) {
    const c = await fresh();
    await c.page.goto(`${server.url}#/s/${bad}`);
    await ready(c.page); // the prerendered intro has a heading too
    const h = (await c.page.textContent('#screen-heading')).trim();
    const expected = name === 'wrong version'
      ? 'The quiz has changed since this link was made.'
      : 'This result link is damaged or out of date.';
    assert.equal(h, expected, name);
    assert.equal(await c.page.$('img'), null, `${name}: nothing from the link rendered as HTML`);
    if (name === 'truncated') assert.deepEqual(await axe(c.page), [], 'axe on the damaged-link message');
    await c.page.click('text=Take the quiz yourself');
    await c.page.waitForURL(/#\/$/);
    clean(c);
    await c.context.close();
  }
  // Through the role page too.
  const c = await fresh();
  await c.page.goto(`${server.url}r/mle.html#${cases.tampered}`);
  await c.page.waitForURL(/#\/s\//);
  await c.page.waitForSelector('text=This result link is damaged or out of date.');
  clean(c);
  await c.context.close();
});

/** A code with a valid Fletcher-16 check around arbitrary bytes (see src/quiz/share.rs). */
function pngSize(file) {
  const b = fs.readFileSync(file);
  assert.equal(b.subarray(1, 4).toString(), 'PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

test('a close call is shared as one, never as a single role', async () => {
  // Strongly agree with every statement; scenarios split evenly between the roles.
  const t = await fresh();
  let flip = 0;
  const facts = await finish(t.page, (i) => (QUESTIONS[i].kind === 'scale' ? 4 : (flip++ % 2 ? 0 : 2)));
  assert.equal(facts.level, 'both');
  assert.equal(facts.role, '');
  assert.equal(facts.title, 'Machine Learning Engineer and MLOps Engineer');
  assert.deepEqual(facts.roles, ['Machine Learning Engineer', 'MLOps Engineer']);
  assert.deepEqual(facts.pick, [], 'no role marked as the fit');
  const link = await t.page.inputValue('#share-link');
  assert.ok(link.includes('/r/both.html#'), link);
  const mail = await t.page.getAttribute('.share-links a[href^="mailto:"]', 'href');
  // "E-mail it to me" carries the verdict, both salaries and the link.
  const body = new URLSearchParams(mail.split('?')[1]).get('body');
  assert.match(body, /^Fits both about equally: Machine Learning Engineer and MLOps Engineer\./);
  assert.match(body, /Machine Learning Engineer: \$210,000/);
  assert.match(body, /MLOps Engineer: \$205,000/);
  assert.ok(body.endsWith(link), body);
  const text = decodeURIComponent(await t.page.getAttribute('.share-links a[href^="https://x.com"]', 'href'));
  assert.match(text, /fit me about equally/);
  clean(t);
  await t.context.close();
});

test('a link made with version 1 of the quiz still opens with its old result', async () => {
  // Version 1, 14 answers, option 0 everywhere: version 1 called it a clear ML Engineer fit.
  const v1 = forge([1, 1, 14, 0, 0, 0, 0, 0, 0, 0]);
  for (const url of [`${server.url}#/s/${v1}`, `${server.url}r/mle.html#${v1}`]) {
    const t = await fresh();
    await t.page.goto(url);
    await t.page.waitForSelector('.result');
    assert.equal(await t.page.getAttribute('.result', 'data-level'), 'clear', url);
    assert.equal(await t.page.getAttribute('.result', 'data-role'), 'mle');
    assert.equal((await t.page.textContent('#screen-heading')).trim(), 'Machine Learning Engineer');
    // It explains itself with version 1's own questions.
    assert.match(await t.page.textContent('.why'), /Trying new ideas to make predictions more accurate/);
    clean(t);
    await t.context.close();
  }
});

test('links made with version 2 and version 3 open with the result their senders saw', async () => {
  // Version 2 (14 questions, fixed length): an MLOps Engineer's answers, its first MLOps option
  // in every scenario, Strongly agree to MLOps statements and Strongly disagree to the others.
  const v2 = forge([1, 2, 14, 0x20, 0x42, 0x04, 0x22, 0x04, 0x20, 0x42]);
  // Version 3 (adaptive): an ML Engineer's answers settle it at the core, so the link holds
  // exactly CORE answers; the same answers padded to every question were not made by the quiz.
  const answers = QUESTIONS.slice(0, CORE).map((_, i) => keyed(i, 'mle'));
  const pack = (a) => [...Array(Math.ceil(a.length / 2)).keys()].map((j) => (a[2 * j] << 4) | (a[2 * j + 1] ?? 0));
  const v3 = forge([1, 3, CORE, ...pack(answers)]);
  const padded = [...answers, ...QUESTIONS.slice(CORE).map(() => 0)];
  const tooLong = forge([1, 3, padded.length, ...pack(padded)]);
  for (const [code, role, quote] of [
    [v2, 'mlops', 'Putting the model on servers so the shop'],
    [v3, 'mle', 'I would enjoy preparing messy raw data'],
  ]) {
    for (const url of [`${server.url}#/s/${code}`, `${server.url}r/${role}.html#${code}`]) {
      const t = await fresh();
      await t.page.goto(url);
      await t.page.waitForSelector('.result');
      assert.equal(await t.page.getAttribute('.result', 'data-level'), 'clear', url);
      assert.equal(await t.page.getAttribute('.result', 'data-role'), role, url);
      // It explains itself with its own version's questions.
      assert.ok((await t.page.textContent('.why')).includes(quote), url);
      clean(t);
      await t.context.close();
    }
  }
  const t = await fresh();
  await t.page.goto(`${server.url}#/s/${tooLong}`);
  await t.page.waitForSelector('text=This result link is damaged or out of date.');
  clean(t);
  await t.context.close();
});

test('role and outcome pages carry their link-preview tags and images', async () => {
  for (const role of ['mle', 'mlops', 'both', 'open']) {
    const t = await fresh({ javaScriptEnabled: false }); // as a link-preview crawler sees it
    await t.page.goto(`${server.url}r/${role}.html`);
    const meta = await t.page.$$eval('meta[property^="og:"], meta[name^="twitter:"]', (m) =>
      Object.fromEntries(m.map((x) => [x.getAttribute('property') || x.getAttribute('name'), x.content])));
    assert.equal(meta['twitter:card'], 'summary_large_image');
    // "open" results have several causes; its page says only what is true of all of them.
    const titles = { mle: /^Machine Learning Engineer/, mlops: /^MLOps Engineer/, both: /^Fits both about equally/, open: /^Not settled yet/ };
    assert.match(meta['og:title'], titles[role]);
    if (role === 'mle') assert.match(meta['og:description'], /\$210,000/);
    if (role === 'mlops') assert.match(meta['og:description'], /\$205,000/);
    // Absolute, as crawlers need them: the build knows its public address.
    assert.equal(meta['og:url'], `${server.url}r/${role}.html`);
    assert.equal(meta['og:image'], `${server.url}r/${role}.png`);
    assert.equal(meta['og:image:width'], '1200');
    assert.equal(meta['og:image:height'], '630');
    assert.deepEqual(pngSize(path.join(DIST, 'r', `${role}.png`)), [1200, 630]);
    const img = await t.context.request.get(new URL(meta['og:image'], `${server.url}r/`).href);
    assert.equal(img.status(), 200);
    // Without JavaScript the page still shows the role's facts and a way into the quiz.
    const ladders = ['mle', 'mlops'].includes(role) ? 1 : 2;
    assert.equal(await t.page.$$eval('.ladder li', (l) => l.length), 7 * ladders);
    assert.ok(await t.page.isVisible('text=Which role fits you? Take the quiz'));
    await t.context.close();
  }
});

test('a role page without a result offers the quiz on its first phone screen and says whose outcome it is', async () => {
  const headings = { mle: 'Machine Learning Engineer', mlops: 'MLOps Engineer',
    both: "Someone's result: fits both about equally", open: "Someone's result: not settled yet" };
  for (const role of ['mle', 'mlops', 'both', 'open']) {
    const t = await fresh({ viewport: { width: 375, height: 740 } });
    await t.page.goto(`${server.url}r/${role}.html`);
    assert.equal((await t.page.textContent('h1')).trim(), headings[role]);
    assert.equal(await t.page.textContent('header.brand'), 'People In AI', 'the recruiter heads the page');
    const cta = await t.page.locator('a.button:text("Which role fits you? Take the quiz")').boundingBox();
    assert.ok(cta.y + cta.height <= 740, `${role}: Take the quiz at ${cta.y} px`);
    // The career path reads in one order everywhere: first promotion first (as on the result).
    const ys = await t.page.$$eval('.ladder li', (l) => l.map((x) => x.getBoundingClientRect().top));
    assert.ok(ys[0] < ys[6], `${role}: the ladder runs ${ys[0]} -> ${ys[6]}`);
    await shot(t.page, `role-page-${role}-375`);
    clean(t);
    await t.context.close();
  }
});

test('a shared link opens straight on the result: no intro, no Start and no role page painted on the way', async () => {
  const a = await fresh();
  await finish(a.page, (i) => keyed(i, 'mle'));
  const link = await a.page.inputValue('#share-link');
  await a.context.close();
  for (const viewport of [{ width: 375, height: 740 }, { width: 1280, height: 800 }]) {
    const t = await fresh({ viewport });
    // Every document of the tab records, at each animation frame (what is about to be painted),
    // whether the intro, its Start button or the role page's content is on show.
    await t.context.addInitScript(() => {
      const seen = (sel) => {
        const e = document.querySelector(sel);
        return e && getComputedStyle(e).visibility !== 'hidden' && e.getBoundingClientRect().height > 0;
      };
      const tick = () => {
        const log = JSON.parse(sessionStorage.getItem('painted') || '[]');
        for (const sel of ['.intro', '#start', '.role-page']) {
          if (seen(sel)) log.push(`${location.pathname}${location.hash.slice(0, 4)}: ${sel}`);
        }
        if (document.querySelector('.result')) log.push('result');
        sessionStorage.setItem('painted', JSON.stringify(log));
        if (!document.querySelector('.result')) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await t.page.goto(link);
    await t.page.waitForSelector('.result');
    await t.page.waitForTimeout(200);
    const log = JSON.parse(await t.page.evaluate(() => sessionStorage.getItem('painted')));
    assert.deepEqual([...new Set(log)], ['result'], `painted on the way: ${[...new Set(log)]}`);
    assert.equal(await t.page.getAttribute('.result', 'data-role'), 'mle');
    clean(t);
    await t.context.close();
  }
});
