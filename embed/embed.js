/* role-quiz embed loader: turns every [data-role-quiz] element into the quiz, inline or in a
 * popup dialog. No dependencies; options and messages are validated, bad ones are ignored with
 * one console warning. Docs: EMBEDDING.md. The build fills {{key}} from content/quiz.toml and
 * the themes' colours from src/embed.rs. */
(function () {
  'use strict';
  // the snippet pasted twice loads once
  if (window.__roleQuiz) return;
  window.__roleQuiz = 1;
  var me = document.currentScript;
  var base = new URL('./', me && me.src ? me.src : location.href);
  var ORIGIN = base.origin;
  var frames = [];
  var NAME = /^[\w .:/-]{1,64}$/;
  var OPTS = {
    accent: /^#[0-9a-fA-F]{6}$|^#[0-9a-fA-F]{3}$/,
    theme: /^(light|dark|auto|host)$/,
    compact: /^(true|false|)$/,
    title: /^(true|false)$/,
    mode: /^(inline|popup)$/,
    minHeight: /^\d{2,4}$/,
    maxHeight: /^\d{2,4}$/,
    offset: /^\d{1,3}$/,
    buttonText: /^[^<>]{1,60}$/,
    // The app's rule (is_link in src/embed/mod.rs), so a button the loader passes on is never
    // dropped by the app: http(s), at most 500 printable ASCII characters, no quotes or <>`\.
    // Stricter than the app: no placeholder in the host, which it could change, and no {role}
    // as a path segment of its own, which a result without a role leaves as //.
    ctaUrl: /^(?=.{0,500}$)(?!.*\/\{role\}\/)(?!https?:\/\/[^/?#]*\{)https?:\/\/[!#-&(-;=?-[\]-_a-~]*$/,
    source: NAME, utmSource: NAME, utmMedium: NAME, utmCampaign: NAME
  };
  // The themes' backgrounds, ink and lines (src/embed.rs): the popup's frame wears them.
  var THEMES = {
    light: { bg: '{{light_bg}}', ink: '{{light_ink}}', line: '{{light_line}}' },
    dark: { bg: '{{dark_bg}}', ink: '{{dark_ink}}', line: '{{dark_line}}' }
  };
  // The intro's height by the frame's width (at least, with title, without): the frame starts at
  // it and the quiz pads its intro to it, so the host's content does not move as the quiz loads.
  // Measured from the prerendered intro (tests/e2e/experience.test.mjs holds it to that).
  var FIRST = [[600, 368, 331], [480, 443, 409], [375, 469, 437], [360, 497, 465], [320, 545, 514], [300, 625, 567], [0, 680, 620]];

  // How sure a result is (see quiz::Level); role and roleTitle are null unless clear or leaning.
  var LEVELS = ['clear', 'leaning', 'both', 'open'];
  function warn(msg) { console.warn('[role-quiz] ' + msg); }

  function options(el) {
    var o = {};
    Object.keys(OPTS).forEach(function (k) {
      var v = el.dataset[k];
      if (v === undefined) return;
      if (OPTS[k].test(v)) o[k] = v;
      else warn('ignored data-' + k.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); }) + '="' + v + '"');
    });
    return o;
  }

  // The first opaque background behind `el`, as #rrggbb (white when the page has none).
  function background(el) {
    for (; el && el.nodeType === 1; el = el.parentElement) {
      var m = getComputedStyle(el).backgroundColor.match(/[\d.]+/g);
      if (m && (m.length < 4 || +m[3] > 0.5)) {
        return '#' + m.slice(0, 3).map(function (c) { return (256 | Math.round(+c)).toString(16).slice(1); }).join('');
      }
    }
    return '#ffffff';
  }

  // Light or dark, from the host's background: the quiz matches the page it sits on.
  function theme(el, o) {
    if (o.theme === 'light' || o.theme === 'dark' || o.theme === 'auto') return { name: o.theme };
    var bg = background(el);
    var lum = bg.match(/\w\w/g).reduce(function (s, h, i) {
      var c = parseInt(h, 16) / 255;
      return s + [0.2126, 0.7152, 0.0722][i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    }, 0);
    return { name: lum < 0.18 ? 'dark' : 'light', bg: bg };
  }

  function frame(el, o, popup) {
    var f = document.createElement('iframe');
    var t = theme(el, o);
    // The snippet reserves room (EMBEDDING.md: a min-height on the element): the frame starts at
    // least that tall, and the quiz pads its intro to it, so nothing on the host page moves.
    var w = el.clientWidth, first = +o.minHeight || Math.max(parseFloat(getComputedStyle(el).minHeight) || 0,
      FIRST.filter(function (r) { return w >= r[0]; })[0][o.title === 'false' ? 2 : 1]);
    var q = new URLSearchParams({ embed: '1', parent: location.origin });
    if (o.accent) q.set('accent', o.accent);
    if (t.name !== 'auto') q.set('theme', t.name);
    if (t.bg) q.set('bg', t.bg);
    if (o.compact === 'true' || o.compact === '') q.set('compact', '1');
    if (o.title === 'false') q.set('title', '0');
    if (o.ctaUrl) q.set('cta', o.ctaUrl);
    if (popup) q.set('popup', '1'); else q.set('h', first);
    // embed.html: the quiz's page without the recruiter's brand header (this page is theirs).
    f.src = base.href + 'embed.html?' + q + '#/';
    f.title = '{{embed_frame_title}}';
    f.loading = popup ? 'eager' : 'lazy';
    // Only name features this browser knows: an unknown one is a console warning on the host.
    var known = document.featurePolicy ? document.featurePolicy.features() : ['web-share'];
    f.allow = 'clipboard-write' + (known.indexOf('web-share') < 0 ? '' : '; web-share');
    f.style.cssText = 'display:block;width:100%;border:0;' + (popup ? 'flex:1;min-height:0' : 'overflow:hidden;height:' + first + 'px');
    frames.push({ frame: f, el: el, o: o, popup: popup });
    return f;
  }

  function fire(el, name, detail) {
    el.dispatchEvent(new CustomEvent('role-quiz:' + name, { detail: detail, bubbles: true }));
  }

  // The host's own header, when it is fixed or sticky at the top of the window: the quiz's top
  // goes below it. `data-offset` says it outright.
  function offset(o) {
    var b = 0;
    if (o.offset) return +o.offset;
    [0.1, 0.5, 0.9].forEach(function (x) {
      for (var e = document.elementFromPoint(innerWidth * x, 1); e && e !== document.body; e = e.parentElement) {
        var r = e.getBoundingClientRect();
        if (/fixed|sticky/.test(getComputedStyle(e).position) && r.top < 2 && r.bottom < innerHeight / 2) b = Math.max(b, r.bottom);
      }
    });
    return b;
  }

  // A new screen in the quiz: when its top is out of sight (scrolled past, or under the host's
  // header), bring it back just below the header. The quiz itself never scrolls the host page.
  function reveal(it) {
    var gap = offset(it.o) + 8;
    if (it.frame.getBoundingClientRect().top < gap - 1) {
      it.frame.style.scrollMarginTop = gap + 'px';
      it.frame.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    }
  }

  function num(v, lo, hi) { return typeof v === 'number' && isFinite(v) && v >= lo && v <= hi; }
  function url(v) { return typeof v === 'string' && v.length < 2000; }

  window.addEventListener('message', function (e) {
    if (e.origin !== ORIGIN) return;
    var it = frames.filter(function (x) { return x.frame.contentWindow === e.source; })[0];
    var d = e.data;
    if (!it || !d || typeof d !== 'object' || d.type !== 'role-quiz') return;
    var o = it.o, el = it.el, utm = { source: o.utmSource, medium: o.utmMedium, campaign: o.utmCampaign };
    if (d.event === 'resize' && num(d.height, 0, 100000)) {
      // the popup's frame fills the dialog and scrolls inside
      if (it.popup) return;
      var h = Math.max(d.height, +(o.minHeight || 0));
      // During the questions the frame never shrinks, so the host's text below stays put.
      if (it.question) h = it.keep = Math.max(h, it.keep);
      if (o.maxHeight) h = Math.min(h, +o.maxHeight);
      it.frame.style.height = Math.ceil(h) + 'px';
      // A capped frame must scroll, or the rest of the quiz would be unreachable.
      it.frame.scrolling = h < d.height ? 'yes' : 'no';
      fire(el, 'resize', { height: Math.ceil(h) });
    } else if (d.event === 'screen') {
      var question = d.kind === 'question';
      // From the intro into the questions, the frame keeps at least the height it had.
      if (question && !it.question) it.keep = it.frame.offsetHeight;
      it.question = question;
      if (it.shown && !it.popup) reveal(it);
      it.shown = 1;
    } else if (d.event === 'close' && it.close) {
      it.close();
    } else if (d.event === 'ready' || d.event === 'start') {
      fire(el, d.event, { source: o.source, utm: utm });
    } else if (d.event === 'step' && num(d.index, 0, 999) && num(d.total, 1, 999)) {
      fire(el, 'step', { index: d.index, total: d.total, source: o.source, utm: utm });
    } else if (d.event === 'complete' && LEVELS.indexOf(d.level) >= 0 &&
      (d.role === null || typeof d.role === 'string') && (d.roleTitle === null || typeof d.roleTitle === 'string') &&
      d.interest && typeof d.interest === 'object' && url(d.shareUrl)) {
      // Said, not dropped in silence: a deploy whose public address is not where embed.js lives.
      if (d.shareUrl.indexOf(base.href)) return warn('no complete event: share links are not under ' + base.href);
      if (!url(d.ctaUrl)) warn('complete without ctaUrl: too long');
      var interest = {};
      Object.keys(d.interest).forEach(function (k) { if (num(d.interest[k], 0, 100)) interest[k] = d.interest[k]; });
      fire(el, 'complete', { level: d.level, role: d.role, roleTitle: d.roleTitle, interest: interest,
        shareUrl: d.shareUrl, ctaUrl: url(d.ctaUrl) ? d.ctaUrl : null, source: o.source, utm: utm });
    }
  });

  function popup(el, o) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'role-quiz-open';
    b.textContent = o.buttonText || '{{embed_open_button}}';
    var dlg, it, overflow, look;
    function close() { if (dlg.open) dlg.close(); }
    b.addEventListener('click', function () {
      var small = matchMedia('(max-width: 40rem)').matches;
      if (!dlg) {
        var th = theme(el, o), c = THEMES[th.name] || THEMES.light;
        dlg = document.createElement('dialog');
        dlg.className = 'role-quiz-dialog';
        dlg.setAttribute('aria-label', '{{embed_dialog_label}}');
        var x = document.createElement('button');
        x.type = 'button';
        x.textContent = '\u00d7';
        x.setAttribute('aria-label', '{{embed_close}}');
        x.className = 'role-quiz-close';
        x.style.cssText = 'align-self:flex-end;flex:none;margin:8px 8px 0;width:44px;height:44px;border-radius:50%;font:28px/1 system-ui,sans-serif;cursor:pointer;background:' +
          c.bg + ';color:' + c.ink + ';border:2px solid ' + c.line;
        x.addEventListener('click', close);
        dlg.append(x, frame(el, o, true));
        it = frames[frames.length - 1];
        it.close = close;
        dlg.addEventListener('close', function () {
          // back to the browser's display:none for a closed dialog
          dlg.style.cssText = '';
          document.documentElement.style.overflow = overflow;
          b.focus();
        });
        el.appendChild(dlg);
        // The quiz's own background (the host's, when the quiz wears it), and a shade over the
        // page around the panel: a host's ::backdrop style is often missing or faint.
        look = 'display:flex;flex-direction:column;padding:0;border:0;overflow:hidden;background:' + (th.bg || c.bg) +
          ';box-shadow:0 0 0 100vmax rgb(0 0 0/.55);';
      }
      // Full screen on a phone; a centred panel on larger screens. One scroll area: the quiz.
      dlg.style.cssText = look + (small
        ? 'width:100%;height:100%;max-width:none;max-height:none;margin:0;border-radius:0'
        : 'width:min(44rem,96vw);height:min(50rem,92vh);border-radius:12px');
      overflow = document.documentElement.style.overflow;
      // the page stays put behind the popup
      document.documentElement.style.overflow = 'hidden';
      dlg.showModal();
    });
    el.appendChild(b);
  }

  function init() {
    document.querySelectorAll('[data-role-quiz]').forEach(function (el) {
      if (el.__roleQuiz) return;
      el.__roleQuiz = 1;
      var o = options(el);
      if (o.mode === 'popup') popup(el, o); else el.appendChild(frame(el, o, false));
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})();
