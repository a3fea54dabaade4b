// Speed benchmark (not a test): release builds in headless Chromium with the CPU slowed 4x, at
// 375 px. For role-quiz and for any peer build given with --peer (a static folder served at its
// root, e.g. ../shared/peers/react), in one run so the ratios hold:
//   - first contentful paint, and when the first control (Start) is on screen;
//   - interaction latency from the Event Timing API: for each click, the longest event of that
//     interaction from input to the next paint (what INP measures); p50 and max;
//   - a whole quiz by mouse, from Start to the result.
// Usage: node bench.mjs [--runs 5] [--peer DIR]...   (scripts/bench.sh builds and adds more)
import { launch, site, MOUNT } from './lib.mjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] || 5);
const peers = args.flatMap((a, i) => (a === '--peer' ? [args[i + 1]] : []));

/** Collects every Event Timing entry with its interaction id, from page load on. */
function observe() {
  window.__events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId) {
        window.__events.push({
          id: e.interactionId, duration: e.duration, name: e.name, start: e.startTime,
          handlers: e.processingEnd - e.processingStart,
        });
      }
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  // What each press was on, by its time stamp (an Event Timing entry's start time is its
  // event's time stamp): an answer option, or a button such as Next.
  window.__downs = [];
  addEventListener('pointerdown', (e) => {
    const kind = e.target.closest('label, input[type=radio]') ? 'option' : 'button';
    window.__downs.push({ t: e.timeStamp, kind });
  }, true);
}

/** The text that tells one screen from the next. */
const screenText = (page) => page.evaluate(() => document.querySelector('h1, h2, legend')?.textContent || '');

/** Answers until no radio button is left, the same way in every quiz: a click on the first
 * option, then a click on Next (role-quiz moves on by itself after a short pause; its Next is
 * clicked before that, so every quiz gets the same two interactions per question). Returns the
 * number of questions. */
async function answerAll(page) {
  let n = 0;
  for (; n < 100; n++) {
    const radio = page.locator('input[type=radio]').first();
    if (!(await radio.count())) break;
    const before = await screenText(page);
    await page.locator('label:has(input[type=radio])').first().click();
    await page.locator('button[type=submit], button:text-matches("^(next|see|show|finish)", "i")').last().click();
    await page.waitForFunction((b) => (document.querySelector('h1, h2, legend')?.textContent || '') !== b, before);
  }
  return n;
}

async function measure(browser, url) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  await context.addInitScript(observe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  const start = page.locator('#start, button:text-matches("start", "i"), a:text-matches("start", "i")').first();
  await start.waitFor();
  const control = Date.now() - t0;
  const paint = await page.evaluate(() =>
    performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint')?.startTime);
  // For role-quiz, measure once the app is up, as a person who reads the intro would meet it.
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  const q0 = Date.now();
  await start.click();
  await page.locator('input[type=radio]').first().waitFor();
  const questions = await answerAll(page);
  const quiz = Date.now() - q0;
  await page.waitForTimeout(300);
  const [events, downs] = await page.evaluate(() => [window.__events, window.__downs]);
  const byInteraction = new Map();
  const handlers = new Map();
  const kinds = new Map();
  for (const e of events) {
    byInteraction.set(e.id, Math.max(byInteraction.get(e.id) || 0, e.duration));
    handlers.set(e.id, (handlers.get(e.id) || 0) + e.handlers);
    const down = downs.find((d) => Math.abs(d.t - e.start) < 0.5);
    if (down) kinds.set(e.id, down.kind);
  }
  await context.close();
  const of = (kind) => [...byInteraction].filter(([id]) => kinds.get(id) === kind).map(([, d]) => d);
  return {
    paint, control, quiz, questions,
    interactions: [...byInteraction.values()], handlers: [...handlers.values()],
    options: of('option'), buttons: of('button'),
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const browser = await launch();
const targets = [['role-quiz', await site(), MOUNT]];
for (const dir of peers) targets.push([dir.split('/').filter(Boolean).pop(), await site(dir, '/', 'none', false), '/']);
console.log(`CPU 4x slower, 375 px, ${runs} runs each, medians (interactions: all clicks of all runs)`);
// Event Timing rounds an interaction's duration to 8 ms; the time spent in the page's own event
// handlers (processingStart to processingEnd, summed per interaction) is exact, so it is shown too.
// Interactions under 16 ms are not reported at all (the API's floor), so a p50 of 16 means half
// or more took 16 ms or less. "option / button" splits them: a press on an answer option, and a
// press on a button (Start, Next, See my result).
console.log('  site          FCP    first control   interaction p50 / max (n)   mean   handlers p50   option / button p50   whole quiz (per question)');
// The sites take turns, run by run, so a machine that slows down mid-run slows them alike.
const results = targets.map(() => []);
for (let i = 0; i < runs; i++) {
  for (const [t, [, server]] of targets.entries()) results[t].push(await measure(browser, server.url));
}
for (const [t, [name, server]] of targets.entries()) {
  const rows = results[t];
  const all = rows.flatMap((r) => r.interactions);
  const q = rows[0].questions;
  const quiz = median(rows.map((r) => r.quiz));
  console.log(`  ${name.padEnd(12)} ${median(rows.map((r) => r.paint)).toFixed(0).padStart(5)} ms ${String(median(rows.map((r) => r.control))).padStart(7)} ms` +
    `   ${median(all).toFixed(0).padStart(7)} / ${Math.max(...all).toFixed(0)} ms (${all.length})` +
    `   ${(all.reduce((a, b) => a + b, 0) / all.length).toFixed(1).padStart(5)}` +
    `   ${median(rows.flatMap((r) => r.handlers)).toFixed(1).padStart(8)} ms` +
    `   ${String(median(rows.flatMap((r) => r.options))).padStart(6)} / ${median(rows.flatMap((r) => r.buttons))} ms` +
    ` (${rows.flatMap((r) => r.options).length} / ${rows.flatMap((r) => r.buttons).length})` +
    `   ${String(quiz).padStart(7)} ms, ${q} questions (${(quiz / q).toFixed(0)} ms)`);
  server.close();
}
await browser.close();
