// The result's stylesheet (styles/result.css) is in the page but disabled, so the first screen
// does not wait for it. It is enabled once the app is up (the line after the app starts), or
// before the app starts when the address opens a result. Never a reason not to start: a sheet
// some browser fetched while disabled sends no second load event, and 3 s is the longest wait.
const lateCss = document.getElementById('result-css');
const enableLateCss = () => lateCss && lateCss.disabled && new Promise((done) => {
  lateCss.onload = lateCss.onerror = done;
  lateCss.disabled = false;
  if (lateCss.sheet) done();
  setTimeout(done, 3000);
});
if (/^#\/(result|s\/)/.test(location.hash)) await enableLateCss();
