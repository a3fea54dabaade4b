// How a host page listens to the quiz: every event is a CustomEvent on the container.
document.getElementById('quiz').addEventListener('role-quiz:complete', function (e) {
  window.lastComplete = e.detail; // kept for the end-to-end test
  document.getElementById('quiz-outcome').textContent = e.detail.role
    ? 'Your best fit: ' + e.detail.roleTitle + '. Here are our open ' + e.detail.roleTitle + ' roles.'
    : 'Both roles could suit you. Here are all our open roles.';
});
['ready', 'start', 'step', 'resize'].forEach(function (name) {
  document.getElementById('quiz').addEventListener('role-quiz:' + name, function (e) {
    (window.quizEvents = window.quizEvents || []).push([name, e.detail]);
  });
});
