// The quiz, a shared link and the embed in Firefox and in WebKit (the engine behind Safari),
// driven through WebDriver (webdriver.mjs): what every candidate and recruiter does, in the
// engines the Chromium suite never opens. `ENGINES=firefox` or `ENGINES=webkit` runs one.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { site, hostPage, SHOTS, SHARED_BANNER, TOTAL, keyed, progressText, forge } from './lib.mjs';
import { start, installed, KEY } from './webdriver.mjs';

const engines = (process.env.ENGINES || 'firefox,webkit').split(',').filter(Boolean);

let quiz, host;
before(async () => {
  for (const e of engines) assert.ok(installed(e), `${e} is not installed: run scripts/setup.sh`);
  quiz = await site();
  host = await site(hostPage(quiz.url), '/');
});
after(() => { quiz?.close(); host?.close(); });

/** Waits for the app to be interactive, then records page errors from then on. */
async function ready(b) {
  await b.waitFor('the app', () => document.documentElement.dataset.app === 'ready' && !!document.getElementById('screen-heading'));
  assert.equal(await b.exec(() => !!document.querySelector('#crash:not([hidden])')), false, 'crash panel');
  await b.record();
}

/** What the page shows now: question `n`, or the result. */
async function screen(b, n) {
  return b.waitFor(`question ${n} or the result`, (text) => {
    if (document.querySelector('.result')) return 'result';
    const p = document.querySelector('.progress-text');
    // A new question's options take taps once their arming animation is over (the double-tap
    // guard, styles/): a WebDriver click that came earlier would land on nothing.
    const armed = [...document.querySelectorAll('.options')].every((o) => o.getAnimations().every((a) => a.playState === 'finished'));
    return p && p.textContent === text && armed && 'question';
  }, [progressText(n)]);
}

/** Answers from question `from` (1-based) to the result by clicking option `pick(i)` as written. */
async function answerByMouse(b, pick, from = 1) {
  for (let n = from; n <= TOTAL; n++) {
    if ((await screen(b, n)) === 'result') return;
    await b.click(`.option:has(input[value="${pick(n - 1)}"])`);
  }
  await b.waitFor('the result', () => !!document.querySelector('.result'));
}

/**
 * Waits, from inside the frame `css`, until the host page has stopped scrolling: the loader
 * brings each new screen into view, and a click aimed while the page moves lands elsewhere.
 */
async function still(b, css) {
  await b.frame(null);
  let last = null;
  for (let i = 0; i < 40; i++) {
    const y = await b.exec(() => scrollY);
    if (y === last) break;
    last = y;
    await new Promise((r) => setTimeout(r, 100));
  }
  await b.frame(css);
}

async function shot(b, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await b.screenshot(path.join(SHOTS, `${b.engine}-${name}.png`));
}

async function clean(b) {
  assert.deepEqual(await b.problems(), [], `${b.engine}: page errors or console errors/warnings`);
}

for (const engine of engines) {
  describe(engine, () => {
    test('a whole quiz by mouse, the result, its link opened fresh and a damaged link', async () => {
      const b = await start(engine);
      try {
        await b.size(390, 900);
        await b.goto(quiz.url);
        await ready(b);
        await shot(b, 'intro-375');
        await b.click('#start');
        await screen(b, 1);
        await shot(b, 'question-375');
        await answerByMouse(b, (i) => keyed(i, 'mlops'));
        assert.equal(await b.exec(() => document.querySelector('.result').dataset.role), 'mlops');
        const seen = await b.exec(() => ({
          heading: document.getElementById('screen-heading').textContent,
          salary: !!document.querySelector('.compare-role .salary'),
          link: document.getElementById('share-link').value,
        }));
        assert.match(seen.heading, /MLOps Engineer/);
        assert.ok(seen.salary, 'the salary is shown');
        assert.ok(seen.link.startsWith(`${quiz.url}r/mlops.html#`), `${seen.link} is not under ${quiz.url}`);
        await b.size(1280, 900);
        await shot(b, 'result-1280');
        await clean(b);
        await b.quit();

        // The link in a fresh browser: the same result, told as someone else's.
        const c = await start(engine);
        try {
          await c.goto(seen.link);
          await ready(c);
          await c.waitFor('the shared result', (t) => document.body.textContent.includes(t), [SHARED_BANNER]);
          assert.equal(await c.exec(() => document.querySelector('.result').dataset.role), 'mlops');
          assert.match(await c.url(), /#\/s\//);
          // A damaged link says so, with a way to the quiz.
          const code = seen.link.split('#')[1];
          await c.goto(`${quiz.url}#/s/${code.slice(0, -3)}`);
          await c.waitFor('the damaged-link message', () => document.body.textContent.includes('This result link is damaged or out of date.'));
          await c.goto(`${quiz.url}#/s/${forge([1, 99, 14, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11])}`);
          await c.waitFor('the changed-quiz message', () => document.body.textContent.includes('The quiz has changed since this link was made.'));
          await c.click('.screen button, .screen a.button');
          await c.waitFor('the intro', () => !!document.getElementById('start'));
          await clean(c);
        } finally {
          await c.quit();
        }
      } finally {
        await b.quit().catch(() => {});
      }
    });

    test('by keyboard alone, then Back, and resume after a reload', async () => {
      const b = await start(engine);
      try {
        await b.goto(quiz.url);
        await ready(b);
        // The first Tab reaches Start (WebKitGTK tabs to links; Safari on a Mac does only with
        // its "Press Tab to highlight each item" setting, which automation cannot show).
        await b.keys(KEY.Tab);
        assert.equal(await b.exec(() => document.activeElement?.id), 'start');
        await b.keys(KEY.Enter);
        for (let n = 1; n <= 3; n++) {
          await screen(b, n);
          await b.waitFor('focus on the heading', () => document.activeElement?.id === 'screen-heading');
          await b.keys('2', KEY.Enter);
        }
        await screen(b, 4);
        assert.match(await b.url(), /#\/q\/4$/);
        // Back, by the browser: question 3 with its answer still checked.
        await b.back();
        await screen(b, 3);
        assert.equal(await b.exec(() => document.querySelectorAll('.option input:checked').length), 1);
        await b.refresh();
        await ready(b);
        // A reload on a question resumes there with the answers kept.
        await screen(b, 3);
        assert.equal(await b.exec(() => document.querySelectorAll('.option input:checked').length), 1);
        await b.goto(quiz.url);
        await ready(b);
        await b.waitFor('the offer to continue', () => document.body.textContent.includes('Continue where you left off'));
        await clean(b);
      } finally {
        await b.quit();
      }
    });

    test('embedded on a careers page of another origin: height, events and the popup', async () => {
      const b = await start(engine);
      try {
        await b.size(390, 900);
        await b.goto(host.url);
        await b.waitFor('the quiz ready', () => (window.quizEvents || []).some(([n]) => n === 'ready'));
        await b.record();
        const fits = () => b.waitFor('the frame to fit its content', () => {
          const f = document.querySelector('#quiz iframe');
          return f && f.getBoundingClientRect().height > 200;
        });
        await fits();
        await b.frame('#quiz iframe');
        await b.click('#start');
        for (let n = 1; n <= TOTAL; n++) {
          if ((await screen(b, n)) === 'result') break;
          // The frame is as tall as its content: nothing scrolls inside it.
          assert.ok(await b.exec(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight + 1), `question ${n} scrolls inside the frame`);
          await still(b, '#quiz iframe');
          await b.click(`.option:has(input[value="${keyed(n - 1, 'mle')}"])`);
        }
        await b.waitFor('the result', () => !!document.querySelector('.result'));
        const inner = await b.exec(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        await b.frame(null);
        const done = await b.waitFor('complete', () => window.lastComplete);
        assert.equal(done.role, 'mle');
        assert.ok(done.shareUrl.startsWith(`${quiz.url}r/`), done.shareUrl);
        await b.waitFor('the frame to take the result height', (h) => Math.abs(document.querySelector('#quiz iframe').getBoundingClientRect().height - h) <= 1, [inner]);
        const names = await b.exec(() => window.quizEvents.map(([n]) => n));
        for (const n of ['ready', 'start', 'step', 'resize']) assert.ok(names.includes(n), `${n} event`);
        await shot(b, 'embed-result-375');
        // The popup: opens on the button, closes on Esc pressed inside the quiz, focus back on the button.
        await b.click('.role-quiz-open');
        await b.waitFor('the popup', () => !!document.querySelector('dialog[open] iframe'));
        await b.frame('dialog[open] iframe');
        await b.waitFor('the quiz in the popup', () => document.documentElement.dataset.app === 'ready');
        // Esc from inside the quiz, where focus is.
        await b.keys(KEY.Escape);
        await b.frame(null);
        await b.waitFor('the popup to close', () => !document.querySelector('dialog[open]'));
        assert.equal(await b.exec(() => document.activeElement?.className), 'role-quiz-open');
        await clean(b);
      } finally {
        await b.quit();
      }
    });

    test('a second visit works offline once the service worker has the site', async (t) => {
      // A server of its own, so stopping it is the network going away.
      const own = await site(undefined, undefined, 'none', false);
      let up = true;
      const stop = () => { if (up) own.close(); up = false; };
      const b = await start(engine);
      try {
        await b.goto(own.url);
        await ready(b);
        const sw = await b.waitFor('a service worker in control', () => (navigator.serviceWorker ? (navigator.serviceWorker.controller ? 'yes' : false) : 'none'), [], 30_000).catch((e) => e.message);
        if (sw !== 'yes') {
          // Say plainly what the engine does not allow under automation, instead of passing.
          t.skip(`${engine}: no service worker under automation (${sw})`);
          return;
        }
        stop();
        // A new visit (WebDriver's reload bypasses the service worker in Firefox).
        await b.goto(own.url);
        await ready(b);
        await b.click('#start');
        await screen(b, 1);
        await clean(b);
      } finally {
        stop();
        await b.quit();
      }
    });
  });
}
