// Shared helpers for the end-to-end tests: a static server, Chromium, console capture, axe.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import { parse as parseToml } from 'smol-toml';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const DIST = process.env.DIST || path.join(ROOT, 'dist');
export const SHOTS = path.join(ROOT, 'target', 'screenshots');
export const MOUNT = '/careers/quiz/';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Flags that keep Chromium quiet on a closed network. */
export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch() {
  // Playwright gives every launch a fresh temporary profile of its own.
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS.filter((a) => !a.startsWith('--headless')),
    headless: true,
  });
}

let nextPort = 18000 + Math.floor(Math.random() * 1000);
/**
 * The address the build was made for (`ROLE_QUIZ_PUBLIC_URL`, set by scripts/test.sh): share
 * links and link previews point there, so the build is served there when it is the public site.
 */
export const PUBLIC = process.env.ROLE_QUIZ_PUBLIC_URL ? new URL(process.env.ROLE_QUIZ_PUBLIC_URL) : null;

/**
 * Serves dist under MOUNT; returns { url, origin, hits, close }. `headers` picks the caching
 * headers a host sends (see serve.mjs). The public site (`publicSite`, the default for dist) is
 * served at PUBLIC's port when the build has one; anything else on a fresh loopback port.
 */
export async function site(dir = DIST, mount = MOUNT, headers = 'none', publicSite = dir === DIST && mount === MOUNT) {
  const port = publicSite && PUBLIC ? Number(PUBLIC.port) : nextPort++;
  const server = await serve(dir, port, mount, '127.0.0.1', headers);
  // A test that fails before closing its server must not keep the run alive until CI's timeout.
  server.unref();
  return {
    origin: `http://127.0.0.1:${port}`, url: `http://127.0.0.1:${port}${mount}`, hits: server.hits,
    close: () => server.close(),
  };
}

/**
 * The example careers page (examples/host.html) pointed at the quiz at `quizUrl`, in a folder
 * of its own to serve from another origin; returns the folder.
 */
export function hostPage(quizUrl) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rq-host-'));
  const html = fs.readFileSync(path.join(ROOT, 'examples/host.html'), 'utf8').replace('http://127.0.0.1:8080/', quizUrl);
  fs.writeFileSync(path.join(dir, 'index.html'), html);
  fs.copyFileSync(path.join(ROOT, 'examples/host.js'), path.join(dir, 'host.js'));
  return dir;
}

/**
 * Opens a page that records console errors/warnings, page errors and every request's origin.
 * `problems` must stay empty in every test.
 */
export async function openPage(context) {
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  return { page, problems, requests };
}

/** Waits until the app has replaced the loading placeholder. */
export async function ready(page) {
  await page.waitForSelector('html[data-app=ready]', { state: 'attached' });
  await page.waitForSelector('#screen-heading');
}

/** Runs axe-core on the page; returns a readable list of violations. */
export async function axe(page, context = undefined) {
  // Evaluated through DevTools rather than a <script> tag, which the page's CSP rightly blocks.
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const result = await page.evaluate(async (ctx) => {
    // eslint-disable-next-line no-undef
    // Frames are checked on their own: axe's cross-origin frame messages would warn in the console.
    const r = await axe.run(ctx || document, { resultTypes: ['violations'], iframes: false });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, context);
  return result;
}

/**
 * The questions as the content file has them (read with a TOML library; the rules stay in build/content/), so no test pins a count or an option order:
 * `{ id, kind, prompt, roles }` where `roles` names each choice option's role, or the statement's role.
 */
const CONTENT = parseToml(fs.readFileSync(path.join(ROOT, 'content/quiz.toml'), 'utf8'));
export const QUESTIONS = CONTENT.questions.map((q) => ({
  id: q.id,
  kind: q.kind,
  prompt: q.prompt,
  roles: q.kind === 'scale' ? [q.role] : q.options.map((o) => o.role),
}));
export const TOTAL = QUESTIONS.length;
/** The questions everyone answers (`core` in the content file's [scoring]). */
export const CORE = CONTENT.scoring.core;

/** The option (its index as written) a person of `role` picks for question `i`. */
export function keyed(i, role) {
  const q = QUESTIONS[i];
  if (q.kind === 'scale') return q.roles[0] === role ? 4 : 0; // strongly agree / disagree
  return q.roles.indexOf(role);
}

/** Clicks the option whose index as written is `option`, wherever the shuffle put it. */
export async function choose(page, option) {
  await page.locator(`.option:has(input[value="${option}"])`).click();
}

export async function shot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** What a shared result's banner says. */
export const SHARED_BANNER = 'Someone shared their quiz result with you.';

/** A fresh browser context (reduced motion unless told) and a recorded page in it. */
export async function fresh(browser, options = {}) {
  const context = await browser.newContext({ reducedMotion: 'reduce', ...options });
  return { context, ...(await openPage(context)) };
}

/** Every test checks this on its way out: no console noise, no request to other origins. */
export function clean({ problems, requests }, ...origins) {
  assert.deepEqual(problems, [], 'console errors or warnings');
  const foreign = requests.filter((u) => !origins.some((o) => u.startsWith(o)) && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'requests to other origins');
}

/**
 * Answers every question from the one on screen by clicking option `pick(i)` (its index as
 * written): one click answers and moves on. Ends on the result.
 */
/** A share code with body `body` (format, content version, answer count, packed answers) and
 * a valid checksum (src/quiz/share.rs). */
export function forge(body) {
  let a = 0, b = 0;
  for (const x of body) { a = (a + x) % 255; b = (b + a) % 255; }
  return Buffer.from([...body, b, a]).toString('base64url');
}

export async function answerAll(page, pick, from = 0) {
  // The quiz asks as many questions as the answers need (at least CORE, at most TOTAL): after
  // each answer comes the next question or the result.
  for (let i = from; i < TOTAL; i++) {
    await page.waitForURL(new RegExp(`#/(q/${i + 1}|result)$`));
    if (page.url().endsWith('#/result')) break;
    await choose(page, pick(i));
  }
  await page.waitForURL(/#\/result$/);
  await page.waitForSelector('.result');
  return asked(page);
}

/** How many questions the finished quiz asked: the result's answers, as the app saved them. */
export async function asked(page) {
  return page.evaluate(() => (localStorage.getItem('role-quiz') || '').split('.').pop().replace(/-+$/, '').length);
}

/** The words at the top of a progress line for question `n` (from 1): "Question 3 of at least
 * 10" in the core, "Question 11 · a few more to be sure" after it. */
export function progressText(n) {
  return n <= CORE ? `Question ${n} of at least ${CORE}` : `Question ${n} · a few more to be sure`;
}

/**
 * The same inside an embed's frame (a FrameLocator has no URL to wait for): waits for each
 * question by its progress line, then clicks option `pick(i)`. Ends on the result.
 */
export async function answerAllInFrame(frame, pick) {
  for (let i = 0; i < TOTAL; i++) {
    await frame.locator(`.progress-text:text-is("${progressText(i + 1)}"), .result`).first().waitFor();
    if (await frame.locator('.result').count()) break;
    await choose(frame, pick(i));
  }
  await frame.locator('.result').waitFor();
}
