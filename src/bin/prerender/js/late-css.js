// The result's stylesheet (styles/result.css) is in the page but disabled, so the first screen
// does not wait for it. It is enabled once the app is up (the line after Trunk's loader), or
// before the app starts when the address opens a result.
const lateCss = document.getElementById('result-css');
const enableLateCss = () => lateCss && lateCss.disabled && new Promise((done) => {
  lateCss.onload = lateCss.onerror = done;
  lateCss.disabled = false;
});
if (/^#\/(result|s\/)/.test(location.hash)) await enableLateCss();
