// A page the browser translates (Chrome's Translate swaps every text node for <font> elements of
// its own) and scripts that remove the app's nodes: each screen is a subtree of its own, so what
// shows is always the current screen, and nothing others did to the page stops the quiz.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as lib from './lib.mjs';
import { launch, site, ready, keyed, choose, answerAll, TOTAL } from './lib.mjs';

let browser, server;
before(async () => {
  browser = await launch();
  server = await site();
});
after(async () => { await browser?.close(); server?.close(); });

/** What a page translator does to the screen on show: its text nodes replaced by its own. */
const translate = (page) => page.evaluate(() => {
  const walk = document.createTreeWalker(document.querySelector('.screen'), NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walk.nextNode()) if (walk.currentNode.nodeValue.trim()) nodes.push(walk.currentNode);
  for (const n of nodes) {
    const outer = document.createElement('font');
    const inner = outer.appendChild(document.createElement('font'));
    inner.textContent = `[fr] ${n.nodeValue}`;
    n.replaceWith(outer);
  }
});
/** Text on the screen that the translator wrote for an earlier screen. */
const stale = (page) => page.evaluate(() => document.querySelector('.screen').textContent.includes('[fr]'));

test('a translated page always shows the current screen, also between two shared results', async () => {
  const t = await lib.fresh(browser, { viewport: { width: 375, height: 800 } });
  const { page } = t;
  await page.goto(server.url);
  await ready(page);
  await translate(page);
  await page.click('#start');
  await page.waitForSelector('.question');
  assert.equal(await stale(page), false, 'intro to question 1');
  for (let i = 0; i < TOTAL; i++) {
    await page.waitForURL(new RegExp(`#/(q/${i + 1}|result)$`));
    if (page.url().endsWith('#/result')) break;
    await translate(page);
    await choose(page, keyed(i, 'mle'));
    await page.waitForURL(new RegExp(`#/(q/${i + 2}|result)$`));
    assert.equal(await stale(page), false, `after question ${i + 1}`);
  }
  await page.waitForSelector('.result');
  const mle = await page.inputValue('#share-link');
  await page.click('.retake');
  // The address follows a moment after the screen: wait for it, or answerAll would read the
  // old #/result as the end.
  await page.waitForURL(/#\/q\/1$/);
  await answerAll(page, (i) => keyed(i, 'mlops'));
  const mlops = await page.inputValue('#share-link');
  // Someone opens one shared result, then pastes the other: same kind of screen, new words.
  await page.goto(mle);
  await page.waitForSelector('.result[data-role=mle]');
  await translate(page);
  await page.evaluate((code) => { location.hash = `#/s/${code}`; }, mlops.split('#')[1]);
  await page.waitForSelector('.result[data-role=mlops]');
  assert.equal(await stale(page), false, 'one shared result to another');
  assert.match(await page.textContent('#screen-heading'), /MLOps Engineer/);
  lib.clean(t, server.origin);
  await t.context.close();
});

test('nodes removed by another script do not stop the quiz', async () => {
  const t = await lib.fresh(browser, { viewport: { width: 375, height: 800 } });
  const { page } = t;
  await page.goto(`${server.url}`);
  await ready(page);
  await page.click('#start');
  await page.waitForSelector('.question');
  // A "cleanup" script takes the option labels out; the person answers by key.
  await page.evaluate(() => document.querySelectorAll('.option .label, .option .key').forEach((n) => n.remove()));
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/q\/2$/);
  await page.waitForSelector('.question');
  await page.evaluate(() => document.querySelector('.progress')?.remove());
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/q\/3$/);
  assert.equal(await page.isVisible('#crash'), false, 'no crash panel');
  assert.ok(await page.isVisible('.question #screen-heading'));
  lib.clean(t, server.origin);
  await t.context.close();
});
