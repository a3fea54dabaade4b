// The app's start. The glue and the WebAssembly come over a network that can fail: a 404, a
// reset connection, a host that answers with its HTML page, a file cut short. Anything but a trap
// gets one more try with the plain .wasm, then the page's "could not load" panel with Reload
// (`html[data-load]`, styles/main.css) instead of a page that looks ready and does nothing. A trap
// while starting is thrown on, to the crash panel (js/crash.js).
const trap = (e) => {
  if (e instanceof WebAssembly.RuntimeError) throw e;
};
const start = (glue, wasm) => import(glue)
  .then(({ default: init }) => init({ module_or_path: wasmResponse(wasm) })
    .catch((e) => trap(e) || init({ module_or_path: fetch(wasm) })))
  .catch((e) => trap(e) || (document.documentElement.dataset.load = 1));
