// Inside a frame the quiz follows only the history entries it made itself (web.rs marks them),
// Back and Forward among them: an address the framing page sets, such as `#/result` to see an
// earlier result, is put back before the app hears of it. It runs before the app listens, and
// stopping the event here keeps it from the app's own listener.
if (/[?&]embed=1(&|$)/.test(location.search)) {
  history.replaceState('role-quiz', '');
  addEventListener('hashchange', (e) => {
    if (history.state !== 'role-quiz') {
      e.stopImmediatePropagation();
      history.replaceState('role-quiz', '', e.oldURL);
    }
  });
}
