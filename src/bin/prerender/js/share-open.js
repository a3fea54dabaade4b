// A role page opened from a share link goes straight to the app on that result (`open.html`, the
// app's page without the prerendered intro), before the role page is painted: this script runs
// in the page's head and hides it. The code stays in the fragment, so it never reaches a server.
(function () {
  var c = location.hash.slice(1);
  if (!c) return;
  document.documentElement.style.visibility = 'hidden';
  location.replace(new URL('../open.html#/s/' + encodeURIComponent(c), location.href).href);
})();
