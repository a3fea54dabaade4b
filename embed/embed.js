/* role-quiz embed loader: turns every [data-role-quiz] element into the quiz, inline or in a
 * popup dialog. No dependencies; options and messages are validated, bad ones are ignored with
 * one console warning. Docs: EMBEDDING.md. The build fills {{key}} from content/quiz.toml. */
(function () {
  'use strict';
  if (window.__roleQuiz) return; // the snippet pasted twice loads once
  window.__roleQuiz = 1;
  var me = document.currentScript;
  var base = new URL('./', me && me.src ? me.src : location.href);
  var ORIGIN = base.origin;
  var frames = [];
  var NAME = /^[\w .:/-]{1,64}$/;
  var OPTS = {
    accent: /^#[0-9a-fA-F]{6}$|^#[0-9a-fA-F]{3}$/,
    theme: /^(light|dark|auto)$/,
    compact: /^(true|false|)$/,
    mode: /^(inline|popup)$/,
    minHeight: /^\d{2,4}$/,
    maxHeight: /^\d{2,4}$/,
    buttonText: /^[^<>]{1,60}$/,
    source: NAME, utmSource: NAME, utmMedium: NAME, utmCampaign: NAME
  };

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

  function frame(el, o) {
    var f = document.createElement('iframe');
    var q = new URLSearchParams({ embed: '1', parent: location.origin });
    if (o.accent) q.set('accent', o.accent);
    if (o.theme) q.set('theme', o.theme);
    if (o.compact === 'true' || o.compact === '') q.set('compact', '1');
    f.src = base.href + '?' + q + '#/';
    f.title = '{{embed_frame_title}}';
    f.loading = 'lazy';
    // Only name features this browser knows: an unknown one is a console warning on the host.
    var known = document.featurePolicy ? document.featurePolicy.features() : ['web-share'];
    f.allow = 'clipboard-write' + (known.indexOf('web-share') < 0 ? '' : '; web-share');
    f.style.cssText = 'display:block;width:100%;border:0;overflow:hidden;height:' + (o.minHeight || 480) + 'px';
    frames.push({ frame: f, el: el, o: o });
    return f;
  }

  function fire(el, name, detail) {
    el.dispatchEvent(new CustomEvent('role-quiz:' + name, { detail: detail, bubbles: true }));
  }

  function num(v, lo, hi) { return typeof v === 'number' && isFinite(v) && v >= lo && v <= hi; }

  window.addEventListener('message', function (e) {
    if (e.origin !== ORIGIN) return;
    var it = frames.filter(function (x) { return x.frame.contentWindow === e.source; })[0];
    var d = e.data;
    if (!it || !d || typeof d !== 'object' || d.type !== 'role-quiz') return;
    var o = it.o, el = it.el, utm = { source: o.utmSource, medium: o.utmMedium, campaign: o.utmCampaign };
    if (d.event === 'resize' && num(d.height, 0, 100000)) {
      var h = Math.max(d.height, +(o.minHeight || 0));
      if (o.maxHeight) h = Math.min(h, +o.maxHeight);
      it.frame.style.height = Math.ceil(h) + 'px';
      // A capped frame must scroll, or the rest of the quiz would be unreachable.
      it.frame.scrolling = h < d.height ? 'yes' : 'no';
      fire(el, 'resize', { height: Math.ceil(h) });
    } else if (d.event === 'ready' || d.event === 'start') {
      fire(el, d.event, { source: o.source, utm: utm });
    } else if (d.event === 'step' && num(d.index, 0, 999) && num(d.total, 1, 999)) {
      fire(el, 'step', { index: d.index, total: d.total, source: o.source, utm: utm });
    } else if (d.event === 'complete' && LEVELS.indexOf(d.level) >= 0 &&
      (d.role === null || typeof d.role === 'string') && (d.roleTitle === null || typeof d.roleTitle === 'string') &&
      d.interest && typeof d.interest === 'object' && typeof d.shareUrl === 'string' &&
      d.shareUrl.indexOf(base.href) === 0) {
      var interest = {};
      Object.keys(d.interest).forEach(function (k) { if (num(d.interest[k], 0, 100)) interest[k] = d.interest[k]; });
      fire(el, 'complete', { level: d.level, role: d.role, roleTitle: d.roleTitle, interest: interest,
        shareUrl: d.shareUrl, source: o.source, utm: utm });
    }
  });

  function popup(el, o) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'role-quiz-open';
    b.textContent = o.buttonText || '{{embed_open_button}}';
    var dlg, f;
    b.addEventListener('click', function () {
      if (!dlg) {
        dlg = document.createElement('dialog');
        dlg.className = 'role-quiz-dialog';
        dlg.setAttribute('aria-label', '{{embed_dialog_label}}');
        dlg.style.cssText = 'width:min(44rem,96vw);max-height:92vh;padding:0;border:0;border-radius:12px;overflow:auto';
        var x = document.createElement('button');
        x.type = 'button';
        x.textContent = '{{embed_close}}';
        x.className = 'role-quiz-close';
        x.style.cssText = 'position:sticky;top:0;float:right;margin:8px;min-height:44px;min-width:44px;z-index:1';
        x.addEventListener('click', function () { dlg.close(); });
        f = frame(el, o);
        f.loading = 'eager';
        dlg.append(x, f);
        dlg.addEventListener('close', function () { b.focus(); });
        el.appendChild(dlg);
      }
      dlg.showModal();
    });
    el.appendChild(b);
  }

  function init() {
    document.querySelectorAll('[data-role-quiz]').forEach(function (el) {
      if (el.__roleQuiz) return;
      el.__roleQuiz = 1;
      var o = options(el);
      if (o.mode === 'popup') popup(el, o); else el.appendChild(frame(el, o));
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
})();
