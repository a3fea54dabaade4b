// A small W3C WebDriver client for the engines Playwright cannot drive on this machine: Firefox
// (Debian's firefox-esr through geckodriver) and WebKit, the engine behind Safari (Debian's
// WebKitGTK MiniBrowser through WebKitWebDriver). Playwright drives only its own patched builds
// of those two, which cannot be downloaded here, and its WebDriver BiDi path for Firefox needs
// commands Firefox ESR 153 lacks. Classic WebDriver is what both drivers speak.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
/** WebDriver's codes for the keys the tests press. */
export const KEY = { Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', ArrowDown: '\uE015', ArrowUp: '\uE013', Shift: '\uE008' };

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** How each engine is started. WebKitGTK needs a display: it gets a virtual one (Xvfb). */
export const ENGINES = {
  firefox: {
    driver: 'geckodriver',
    args: (port) => ['--port', String(port), '--log', 'error'],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: process.env.FIREFOX || '/usr/bin/firefox-esr',
        args: ['-headless'],
        // Nothing phones home on a closed network; reduced motion as in the Chromium suite.
        prefs: {
          'ui.prefersReducedMotion': 1,
          'app.update.disabledForTesting': true,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.reportingpolicy.firstRun': false,
        },
      },
    },
  },
  webkit: {
    driver: 'WebKitWebDriver',
    args: (port) => [`--port=${port}`],
    display: true,
    capabilities: {
      'webkitgtk:browserOptions': { binary: process.env.MINIBROWSER || MINIBROWSER, args: ['--automation'] },
    },
  },
};

/** True when the engine's driver and browser are installed (scripts/setup.sh installs both). */
export function installed(name) {
  const e = ENGINES[name];
  if (!commandExists(e.driver)) return false;
  const bin = name === 'firefox' ? e.capabilities['moz:firefoxOptions'].binary : e.capabilities['webkitgtk:browserOptions'].binary;
  return fs.existsSync(bin) && (!e.display || commandExists('Xvfb'));
}

function commandExists(cmd) {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the engine's driver (and a virtual display when it needs one) and opens a browser
 * session. Returns a `Session`; `session.quit()` ends the browser, the driver and the display.
 */
export async function start(name) {
  const e = ENGINES[name];
  const children = [];
  const env = { ...process.env };
  if (e.display) {
    // Reduced motion, as the Chromium suite asks for: WebKitGTK takes it from GTK's animation
    // setting.
    const config = fs.mkdtempSync(path.join(os.tmpdir(), 'rq-gtk-'));
    fs.mkdirSync(path.join(config, 'gtk-3.0'));
    fs.writeFileSync(path.join(config, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=false\n');
    env.XDG_CONFIG_HOME = config;
    const display = 90 + Math.floor(Math.random() * 400);
    const x = spawn('Xvfb', [`:${display}`, '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    children.push(x);
    env.DISPLAY = `:${display}`;
    await sleep(300);
  }
  const port = await freePort();
  const driver = spawn(e.driver, e.args(port), { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  driver.stderr.on('data', (d) => { log = (log + d).slice(-4000); });
  children.push(driver);
  const kill = () => children.reverse().forEach((c) => c.kill('SIGKILL'));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      const r = await fetch(`${base}/status`, { signal: AbortSignal.timeout(1000) });
      if ((await r.json()).value.ready) break;
    } catch {
      // not listening yet
    }
    if (i > 100) {
      kill();
      throw new Error(`${e.driver} did not start: ${log}`);
    }
    await sleep(100);
  }
  try {
    const created = await call(base, 'POST', '/session', { capabilities: { alwaysMatch: e.capabilities } });
    return new Session(name, `${base}/session/${created.sessionId}`, created.capabilities, kill);
  } catch (err) {
    kill();
    throw new Error(`${name}: no session: ${err.message} ${log}`);
  }
}

async function call(base, method, path, body) {
  const r = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(90_000),
  });
  const json = await r.json();
  if (!r.ok || (json.value && json.value.error)) {
    const v = json.value || {};
    throw new Error(`${method} ${path}: ${v.error}: ${v.message}`);
  }
  return json.value;
}

/** One browser session: the commands the cross-engine suite needs, each a WebDriver call. */
export class Session {
  constructor(engine, base, capabilities, kill) {
    Object.assign(this, { engine, base, capabilities, kill });
  }

  cmd(method, path, body) {
    return call(this.base, method, path, body);
  }

  async quit() {
    try {
      await this.cmd('DELETE', '');
    } finally {
      this.kill();
    }
  }

  goto(url) {
    return this.cmd('POST', '/url', { url });
  }

  url() {
    return this.cmd('GET', '/url');
  }

  back() {
    return this.cmd('POST', '/back', {});
  }

  refresh() {
    return this.cmd('POST', '/refresh', {});
  }

  size(width, height) {
    return this.cmd('POST', '/window/rect', { width, height });
  }

  /** Runs `fn` in the page with `args` (JSON values) and returns its JSON result. */
  exec(fn, ...args) {
    return this.cmd('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args });
  }

  /** Polls `fn` in the page until it returns something truthy; fails with `what` after `ms`. */
  async waitFor(what, fn, args = [], ms = 20_000) {
    const end = Date.now() + ms;
    let last;
    for (;;) {
      try {
        last = await this.exec(fn, ...args);
        if (last) return last;
      } catch (err) {
        // A navigation can replace the page under the script; try again.
        last = err.message;
      }
      if (Date.now() > end) throw new Error(`${this.engine}: timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
      await sleep(50);
    }
  }

  async find(css) {
    const el = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return el[ELEMENT];
  }

  /** A real click (WebDriver moves the pointer to the element's centre and presses). */
  async click(css) {
    const id = await this.find(css);
    return this.cmd('POST', `/element/${id}/click`, {});
  }

  /** Presses keys one after another (`KEY` for special ones), at whatever has focus. */
  keys(...keys) {
    const actions = keys.flatMap((k) => [{ type: 'keyDown', value: k }, { type: 'keyUp', value: k }]);
    return this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'kbd', actions }] });
  }

  /** Moves into the iframe matched by `css`, or back to the top page with `null`. */
  async frame(css) {
    if (css === null) return this.cmd('POST', '/frame', { id: null });
    const id = await this.find(css);
    return this.cmd('POST', '/frame', { id: { [ELEMENT]: id } });
  }

  async screenshot(file) {
    const png = await this.cmd('GET', '/screenshot');
    fs.writeFileSync(file, Buffer.from(png, 'base64'));
  }

  /**
   * Records errors from now on: uncaught errors, rejected promises and console.error/warn.
   * Classic WebDriver cannot see the console, and a script can only start listening after the
   * page has loaded, so errors during loading show as a page that never becomes ready instead.
   */
  record() {
    return this.exec(() => {
      if (window.__problems) return;
      const p = (window.__problems = []);
      addEventListener('error', (e) => p.push(`error: ${e.message}`));
      addEventListener('unhandledrejection', (e) => p.push(`rejection: ${e.reason}`));
      for (const level of ['error', 'warn']) {
        const orig = console[level];
        console[level] = (...a) => { p.push(`${level}: ${a.join(' ')}`); orig.apply(console, a); };
      }
    });
  }

  problems() {
    return this.exec(() => window.__problems || []);
  }
}
