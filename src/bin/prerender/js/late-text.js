// The words shown past the intro (the questions, the roles' facts) are a file of their own
// (src/quiz/late.rs), fetched once the app is up, so the first screen does not wait for them;
// an address past the intro fetches them at once, and the app starts when they are in. The app
// reads the text from `roleQuizLate` ('' when it could not be had: it then says so and offers a
// reload) and hears `role-quiz-late` when it arrives. The build fills in the file's address.
let lateFetch;
const lateText = () => (lateFetch ??= inflated('{{late_file}}', 'text/plain')
  .then((res) => (res.ok ? res.text() : ''))
  .catch(() => '')
  .then((text) => {
    window.roleQuizLate = text;
    dispatchEvent(new Event('role-quiz-late'));
  }));
const lateEarly = !/^(#\/?)?$/.test(location.hash) && lateText();
