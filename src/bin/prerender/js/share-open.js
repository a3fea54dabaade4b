// A role page opened from a share link: show "Opening the shared result…" and go to the app on
// that result. The code stays in the fragment, so it never reaches a server.
(function () {
  var c = location.hash.slice(1);
  if (!c) return;
  var s = document.getElementById('opening');
  if (s) s.textContent = s.getAttribute('data-text');
  location.replace(new URL('../#/s/' + encodeURIComponent(c), location.href).href);
})();
