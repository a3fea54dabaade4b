// The app's WebAssembly and its late words come pre-compressed: the build writes `<name>.gz`
// with Zopfli (src/bin/prerender/precompress.rs) and the browser inflates it. Browsers without
// DecompressionStream, and a missing .gz, get the plain file.
const inflated = async (url, type) => {
  const res = typeof DecompressionStream == 'function' && (await fetch(url + '.gz'));
  // A host that answers a missing file with its HTML page (`trunk serve`, single-page-app
  // fallbacks) has no .gz: the plain file then.
  if (!res || !res.ok || /html/.test(res.headers.get('content-type'))) return fetch(url);
  // A host that labels .gz files `Content-Encoding: gzip` has had the browser inflate it already.
  const bytes = new Uint8Array(await res.arrayBuffer());
  const gz = bytes[0] == 31 && bytes[1] == 139;
  return new Response(gz ? new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')) : bytes,
    { headers: { 'content-type': type } });
};
const wasmResponse = (url) => inflated(url, 'application/wasm');
